package org.policygraph.parse.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.layout.BlockKind;
import org.policygraph.layout.Layout;
import org.policygraph.layout.Layouts;
import org.policygraph.model.Advice;
import org.policygraph.model.CitedAdvice;
import org.policygraph.text.DocumentReader;
import org.policygraph.text.Normaliser;
import org.policygraph.testing.Corpora;

class AdviceParserTest {

    private final AdviceParser parser = new AdviceParser();

    private Advice read(Path file) {
        String text = DocumentReader.read(file, file.getFileName().toString()).text();
        Advice a = parser.parse(text);
        a.sections().forEach(s -> assertEquals(s.text().text(), s.text().span().of(text)));
        a.recommendations().forEach(r -> assertEquals(r.sentence().text(), r.sentence().span().of(text)));
        a.citations().forEach(c -> assertEquals(c.quote().text(), c.quote().span().of(text)));
        return a;
    }

    @Test
    void seedAdvice() {
        Advice a = read(Corpora.seed("002_"));
        assertEquals(Optional.of("Vlor"), a.council());
        assertEquals(Optional.of("Raad Secundair Onderwijs"), a.subCouncil(), "the council's own earlier advices are all by this sub-council");
        assertTrue(a.title().isEmpty(), "the text gives no title: none invented");
        assertTrue(a.date().isEmpty(), "the text gives no date of its own: none invented");
        assertEquals(List.of("1 Situering", "2 Advies"),
                a.sections().stream().map(s -> s.number() + " " + s.heading().text()).toList());
        assertTrue(a.sections().get(0).text().text().startsWith("Op 12 februari 2021 keurde"));
        assertTrue(a.sections().get(1).text().text().endsWith("toekomstgericht advies over geven."));
        assertEquals("voorontwerp van besluit tot wijziging van het besluit van de Vlaamse Regering van 13 juli 2018 "
                + "betreffende de start- en stagebonus", a.subject().orElseThrow().title());
        assertEquals(Optional.of(LocalDate.of(2021, 2, 12)), a.subject().orElseThrow().date());
        assertEquals(List.of(
                "We stellen dan ook voor om de maatregel uit te breiden naar schooljaar 2021-2022.",
                "Daarom vragen we minimaal een differentiatie naar grootte van de bonus, rekening houdend met de grootte van de onderneming.",
                "Het zou beter zijn om de bonus voor een eerste werkplek te verhogen en gradueel te verminderen naarmate een "
                        + "onderneming meer werkplekken aanbiedt, ervan uitgaande dat de kosten per werkplek dan ook verminderen."),
                a.recommendations().stream().map(r -> r.sentence().text()).toList());
        assertEquals(List.of(
                "Vlor|Raad Secundair Onderwijs|Bezorgdheden over de omzetting van leren en werken naar duaal leren en aanloopfase. "
                        + "Advies over de mededeling aan de Vlaamse Regering ‘Van leren en werken naar duaal leren: een veilige haven "
                        + "voor elke leerling’|2021-01-21",
                "Vlor|Raad Secundair Onderwijs|Laat leren en werken niet zomaar inkantelen in duaal leren|2019-10-10",
                "Vlor|Raad Secundair Onderwijs|Drempels wegwerken in duaal leren. Toekomstperspectief voor huidige doelgroep "
                        + "leren en werken|2019-06-13",
                "Vlor|Raad Secundair Onderwijs|Advies over het voorontwerp van decreet duaal leren|2017-10-12"),
                a.citations().stream().map(AdviceParserTest::citation).toList());
    }

    @Test
    void exampleAdviceWithItsOwnTitleAndDate() {
        Advice a = read(Corpora.example("adviezen/advies-zij-instroom-kinderopvang.txt"));
        assertEquals("Advies over het voorontwerp van besluit over de zij-instroom in de kinderopvang", a.title().orElseThrow().text());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 21)), a.date());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 8)), a.subject().orElseThrow().date(),
                "the draft as dated in the sentence that names it, not the undated mention in the title");
        assertEquals(2, a.recommendations().size());
        assertEquals(List.of("Vlor|Raad Secundair Onderwijs|Advies over zij-instroom in knelpuntberoepen|2023-05-04",
                        "Vlor|Raad Secundair Onderwijs|Advies over het voorontwerp van decreet duaal leren|2017-10-12"),
                a.citations().stream().map(AdviceParserTest::citation).toList());
    }

    @Test
    void footnoteNumbersAreNotSections() {
        String text = Normaliser.normalise("1 Situering\n\nTekst met een voetnoot.1\n\n2 Advies\n\nWe vragen meer steun.\n\n"
                + "1 Vlor, Algemene Raad. Advies over steun, 3 mei 2022.");
        Advice a = parser.parse(text);
        assertEquals(List.of("1", "2"), a.sections().stream().map(s -> s.number()).toList());
        assertEquals(1, a.citations().size());
        assertEquals(Optional.of("Algemene Raad"), a.citations().get(0).subCouncil());
        assertEquals(List.of("We vragen meer steun."), a.recommendations().stream().map(r -> r.sentence().text()).toList());
    }

    @Test
    void sectionNumbersMustFollowOn() {
        String text = Normaliser.normalise("1 Inleiding\n\nTekst.\n\n3 Niet een sectie\n\nMeer.\n\n2 Advies\n\nSlot.");
        assertEquals(List.of("1", "2"), parser.parse(text).sections().stream().map(s -> s.number()).toList());
    }

    private static String citation(CitedAdvice c) {
        return c.council() + "|" + c.subCouncil().orElse("-") + "|" + c.title() + "|" + c.date();
    }

    @Test
    void anyCouncilRecommendsAndSectionHeadingsMayHoldYears() {
        String text = "Evaluatie van het begrotingsbeleid\n\nSERV\n\n1. Macro-economische omgeving\n\nDe groei vertraagt.\n\n"
                + "2. Overzicht begrotingsopmaak 2026 en het verdere traject\n\nDe SERV vraagt een meerjarenplan. De uitgaven stijgen.\n\n"
                + "2.1 Begrotingsopmaak 2026\n\nHet tekort daalt.";
        Advice a = new AdviceParser().parse(text);
        assertEquals(List.of("1", "2", "2.1"), a.sections().stream().map(org.policygraph.model.Section::number).toList());
        assertEquals(1, a.recommendations().size());
        assertTrue(a.recommendations().get(0).sentence().text().startsWith("De SERV vraagt een meerjarenplan."));
    }

    @Test
    void aTableOfContentsHeadsNoSection() {
        String text = "Advies over de schoolfinanciering\n\nVlor\n\nInhoud\n\n1 Situering 2\n2 Advies 3\n2.1 Financiering 3\n\n"
                + "1 Situering\n\nHet voorontwerp regelt de financiering.\n\n2 Advies\n\nDe Vlor vraagt meer middelen.\n\n"
                + "2.1 Financiering\n\nDe middelen volstaan niet.";
        Advice a = parser.parse(text);
        assertEquals(List.of("1 Situering", "2 Advies", "2.1 Financiering"),
                a.sections().stream().map(s -> s.number() + " " + s.heading().text()).toList());
        assertEquals("Het voorontwerp regelt de financiering.", a.sections().get(0).text().text());
    }

    @Test
    void footnotesAtTheFootOfTheirPagesStandBetweenTheSections() {
        String text = "1 Situering\n\nHet voorontwerp regelt de steun.1\n\n"
                + "1 Vlor, Algemene Raad. Advies over steun, 3 mei 2022. We vragen hier niets.\n\n"
                + "2 Advies\n\nWe vragen meer steun.";
        Layout plain = Layouts.ofText(text);
        // the layout of a PDF places the note at the foot of its page: a block of its own
        Layout laid = new Layout(text, plain.blocks().stream()
                .map(b -> b.text().startsWith("1 Vlor") ? b.as(BlockKind.FOOTNOTE) : b).toList(), plain.reader());
        Advice a = parser.parse(laid, Diagnostics.none(text));
        assertEquals(List.of("1", "2"), a.sections().stream().map(s -> s.number()).toList());
        assertEquals(List.of("Advies over steun"), a.citations().stream().map(CitedAdvice::title).toList());
        assertEquals(List.of("We vragen meer steun."), a.recommendations().stream().map(r -> r.sentence().text()).toList(),
                "a footnote recommends nothing");
        assertEquals(List.of("1"), parser.parse(text).sections().stream().map(s -> s.number()).toList(),
                "in plain text the notes follow the body: the sections end where they begin");
    }

    @Test
    void theApprovalAfterTheDraftIsNotPartOfItsTitle() {
        String text = "1 Situering\n\nOp 18 oktober 2024 keurde de Vlaamse Regering het voorontwerp van decreet over de "
                + "leerlingenbegeleiding principieel goed. Het regelt ook het ontwerp van besluit over het goed bestuur.";
        assertEquals("voorontwerp van decreet over de leerlingenbegeleiding", parser.parse(text).subject().orElseThrow().title());
        String other = "1 Situering\n\nDe Vlor las het ontwerp van besluit over het goed bestuur van de scholen.";
        assertEquals("ontwerp van besluit over het goed bestuur van de scholen", parser.parse(other).subject().orElseThrow().title());
    }

    @Test
    void aDraftNamedAfterTheFirstSectionIsNotTheSubject() {
        String text = "1 Situering\n\nDe SERV evalueert de begroting.\n\n2 Analyse\n\nDe ontvangsten dalen.\n\n"
                + "3 Bijlage\n\nDe raming volgt de nota over het ontwerp van decreet tot wijziging van de Vlaamse Codex Fiscaliteit.";
        assertTrue(parser.parse(text).subject().isEmpty(), "discussed further on, not advised on: none invented");
    }

    @Test
    void theLastSectionEndsWhereTheBackMatterBegins() {
        String text = "1 Situering\n\nDe SERV evalueert de begroting.\n\n2 Advies\n\nDe SERV vraagt een meerjarenplan.\n\n"
                + "Referentielijst\n\nFPB (2025). Economische vooruitzichten.\n\nBijlage 1: Tabellen\n\nTabel 1 toont 12 ramingen.";
        Advice a = parser.parse(text);
        assertEquals("De SERV vraagt een meerjarenplan.", a.sections().get(1).text().text());
        assertTrue(BackMatter.heads("Lijst met figuren en tabellen"));
        assertTrue(BackMatter.heads("Bijlagen"));
        assertTrue(BackMatter.heads("Bijlage A: Overzicht per provincie"));
        assertTrue(BackMatter.heads("Afkortingen:"));
        assertTrue(BackMatter.heads("Bijlage 3 – Begrippen"));
        assertTrue(!BackMatter.heads("Bijlage 2 toont de cijfers per provincie."), "a sentence about an annex heads nothing");
        assertTrue(!BackMatter.heads("Referenties naar eerdere adviezen zijn schaars."));
    }

    @Test
    void theDayTheCouncilApprovedOrTookNoteIsTheAdvicesDate() {
        for (String line : List.of("Kennisname raad 30 januari 2026", "Goedgekeurd door de raad op 30 januari 2026", "Kennisname op 30 januari 2026")) {
            String text = "Evaluatie van het begrotingsbeleid\n\n" + line + "\n\n1 Situering\n\nDe SERV evalueert de begroting.";
            assertEquals(Optional.of(LocalDate.of(2026, 1, 30)), parser.parse(text).date(), line);
        }
        String text = "Evaluatie van het begrotingsbeleid\n\nDe raad nam kennis op 30 januari 2026 van de cijfers.\n\n1 Situering\n\nTekst.";
        assertTrue(parser.parse(text).date().isEmpty(), "a date inside a sentence is not the advice's own");
    }

    @Test
    void aRecommendationSummedUpBeforeItIsArguedIsOneRecommendation() {
        String text = "Krachtlijnen\n\nDe SERV vraagt een concrete schulddoelstelling.\n\n"
                + "De SERV vraagt dan ook blijvende aandacht voor de impact van federale beslissingen\n\n"
                + "1 Analyse\n\nDe schuld stijgt snel. "
                + "De SERV vraagt een concrete schulddoelstelling.6 De SERV vraagt ook een meerjarenplan. "
                + "De SERV vraagt dan ook blijvende aandacht voor de impact van federale beslissingen op de begroting.\n\n"
                + "6 Zie het rapport van het Rekenhof.";
        assertEquals(List.of("De SERV vraagt een concrete schulddoelstelling.", "De SERV vraagt ook een meerjarenplan.",
                "De SERV vraagt dan ook blijvende aandacht voor de impact van federale beslissingen op de begroting."),
                parser.parse(text).recommendations().stream().map(r -> r.sentence().text()).toList());
        assertEquals("een schulddoelstelling voorop, zie artikel 5", Footnotes.withoutMarkers("een schulddoelstelling6 voorop, zie artikel 5"));
    }
}
