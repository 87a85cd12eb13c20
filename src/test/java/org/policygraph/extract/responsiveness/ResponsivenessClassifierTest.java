package org.policygraph.extract.responsiveness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.policygraph.text.TokenStream;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.DiagnosticCollector;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.extract.Extractor;
import org.policygraph.model.SourceDocument;
import org.policygraph.model.SubQuestionResponse;
import org.policygraph.model.WrittenQuestion;
import org.policygraph.parse.DocumentParser;
import org.policygraph.text.DocumentReader;

/** Each class on answers written to show it, and the near-misses that must not get it. */
class ResponsivenessClassifierTest {

    @TempDir
    Path tmp;

    private static final String HEADER = """
            SCHRIFTELIJKE VRAAG

            nr. 12
            van EVA DE BRUYNE
            datum: 4 maart 2025

            aan KOEN VERMEULEN
            VLAAMS MINISTER VAN CULTUUR, JEUGD EN MEDIA

            Erfgoed - Restauratie van kerken

            """;

    /** Path ("3a") to class id, with "?" for a sub-question left uncertain, and the evidence after ": ". */
    private record Result(Map<String, String> classes, List<String> doubts) {
        String of(String path) {
            return classes.getOrDefault(path, "(none)");
        }
    }

    private Result classify(String questionAndAnswer) throws IOException {
        Path file = tmp.resolve("vraag.txt");
        Files.writeString(file, HEADER + questionAndAnswer);
        SourceDocument s = DocumentReader.read(file, "vraag.txt");
        WrittenQuestion q = (WrittenQuestion) new DocumentParser().parse(s);
        var figures = new Extractor().extract(s.text(), q).figures();
        DiagnosticCollector collector = new DiagnosticCollector();
        List<SubQuestionResponse> responses = new ResponsivenessClassifier().classify(TokenStream.of(s.text()), q, figures,
                new Diagnostics(s.text(), collector));
        Map<String, String> classes = new TreeMap<>();
        for (SubQuestionResponse r : responses)
            classes.put(String.join("", r.path()), r.responsiveness().id()
                    + r.evidence().map(e -> ": " + e.text().strip()).orElse(""));
        List<String> doubts = new ArrayList<>();
        collector.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.RESPONSIVENESS_UNCERTAIN)
                .forEach(d -> {
                    doubts.add(d.message());
                    classes.put(d.message().replaceAll("^sub-question (\\S+):.*", "$1"), "?");
                });
        return new Result(classes, doubts);
    }

    @Test
    void eachClassWithItsEvidence() throws IOException {
        Result r = classify("""
                1. Hoeveel kerken werden in 2024 gerestaureerd?

                2. Wanneer start de restauratie van de Sint-Romboutskerk?

                3. Hoeveel vrijwilligers zetten zich in voor de kerkfabrieken?

                4. Hoeveel van die kerken zijn beschermd?

                5. Welke fiscale voordelen gelden voor giften aan kerkfabrieken?

                6. Is de minister bereid het budget te verhogen?

                ANTWOORD

                1. In 2024 werden 37 kerken gerestaureerd.

                2. De werken starten in het najaar van 2025.

                3. Die gegevens worden niet bijgehouden.

                4. Zie vraag 1.

                5. Het fiscale stelsel voor giften is een federale bevoegdheid.
                """);
        assertEquals("answered: In 2024 werden 37 kerken gerestaureerd.", r.of("1"), r.toString());
        assertEquals("answered: De werken starten in het najaar van 2025.", r.of("2"), r.toString());
        assertEquals("data-not-available: Die gegevens worden niet bijgehouden.", r.of("3"), r.toString());
        assertEquals("pointed-elsewhere: Zie vraag 1.", r.of("4"), r.toString());
        assertEquals("referred-elsewhere: Het fiscale stelsel voor giften is een federale bevoegdheid.", r.of("5"), r.toString());
        assertEquals("not-addressed", r.of("6"), r.toString());
        assertTrue(r.doubts().isEmpty(), r.doubts().toString());
    }

    @Test
    void aTableBelowAndAnUnavailableBuildingAreNoDeflection() throws IOException {
        Result r = classify("""
                1. Hoeveel kerken werden in 2024 gerestaureerd?

                2. Wanneer gaat de kerk van Lier weer open?

                ANTWOORD

                1. In 2024 werden 37 kerken gerestaureerd. Voor de verdeling per provincie verwijs ik naar de tabel hieronder.

                2. De kerk van Lier gaat open in mei 2026. Tot dan is het gebouw niet beschikbaar voor erediensten.
                """);
        assertEquals("answered: In 2024 werden 37 kerken gerestaureerd.", r.of("1"), r.toString());
        assertEquals("answered: De kerk van Lier gaat open in mei 2026.", r.of("2"), r.toString());
    }

    @Test
    void aCrossReferenceBesideTheAnswerIsAnAnswer() throws IOException {
        Result r = classify("""
                1. Hoeveel kerken werden in 2024 gerestaureerd?

                2. Welk bedrag werd daaraan besteed?

                ANTWOORD

                1. In 2024 werden 37 kerken gerestaureerd. Zie ook mijn antwoord op vraag 2.

                2. Daaraan werd 12,5 miljoen euro besteed.
                """);
        assertEquals("answered: In 2024 werden 37 kerken gerestaureerd.", r.of("1"), r.toString());
    }

    @Test
    void aFigureInAPartForSeveralQuestionsMustNameWhatIsAsked() throws IOException {
        Result r = classify("""
                1. Restauraties:

                a) Hoeveel kerken werden in 2024 gerestaureerd?

                b) Hoeveel vrijwilligers helpen bij de rondleidingen?

                ANTWOORD

                1. a-b) In 2024 werden 37 kerken gerestaureerd.
                """);
        assertEquals("answered: In 2024 werden 37 kerken gerestaureerd.", r.of("1a"), r.toString());
        assertEquals("?", r.of("1b"), "37 restored churches are no count of volunteers: " + r);
    }

    @Test
    void aYesNoQuestionIsNotAnsweredByTextOnAnotherSubject() throws IOException {
        Result r = classify("""
                1. Hoeveel kerken werden in 2024 gerestaureerd?

                2. Overweegt de minister een extra oproep voor herbestemming?

                ANTWOORD

                1. In 2024 werden 37 kerken gerestaureerd.

                2. Ik volg de restauraties van nabij op.
                """);
        assertEquals("?", r.of("2"), r.toString());
    }

    @Test
    void bothAnswerAndDeflectionIsUncertain() throws IOException {
        Result r = classify("""
                1. Hoeveel vrijwilligers zetten zich in voor de kerkfabrieken?

                ANTWOORD

                1. Die gegevens worden niet centraal bijgehouden. Uit een bevraging bij 40 kerkfabrieken blijkt dat er gemiddeld 12 vrijwilligers per kerkfabriek actief zijn.
                """);
        assertEquals("?", r.of("1"), r.toString());
        assertTrue(r.doubts().get(0).contains("no data"), r.doubts().toString());
    }

    @Test
    void aMissingPartIsNotAddressedOnlyWhenNoPartIsLeftUnaligned() throws IOException {
        Result r = classify("""
                1. Hoeveel kerken werden in 2024 gerestaureerd?

                2. Hoeveel kerken kregen een nieuwe bestemming?

                ANTWOORD

                1. In 2024 werden 37 kerken gerestaureerd.

                7. Voor herbestemming werden 9 projecten goedgekeurd.
                """);
        assertEquals("?", r.of("2"), "part 7 names no sub-question and may be the answer: " + r);
    }

    @Test
    void oneProseAnswerIsClassedOnlyWhereItsSentencesNameTheSubQuestion() throws IOException {
        Result r = classify("""
                1. Hoeveel kerken werden in 2024 gerestaureerd?

                2. Hoeveel vrijwilligers zetten zich in voor de kerkfabrieken?

                3. Hoe ziet de minister de toekomst van het religieus erfgoed?

                ANTWOORD

                In 2024 werden 37 kerken gerestaureerd. Het aantal vrijwilligers wordt niet centraal bijgehouden. Ik dank de vraagsteller voor haar interesse.
                """);
        assertEquals("answered: In 2024 werden 37 kerken gerestaureerd.", r.of("1"), r.toString());
        assertEquals("data-not-available: Het aantal vrijwilligers wordt niet centraal bijgehouden.", r.of("2"), r.toString());
        assertEquals("?", r.of("3"), "a thank-you bears on no question: " + r);
    }

    @Test
    void aWholeAnswerThatDeclinesInOneWayDeclinesForEverySubQuestion() throws IOException {
        Result pointed = classify("""
                1. Hoeveel kerken werden in 2024 gerestaureerd?

                2. Welk bedrag werd daaraan besteed?

                ANTWOORD

                Ik verwijs naar mijn antwoord op schriftelijke vraag nr. 88 van 3 februari 2025.
                """);
        assertEquals("pointed-elsewhere: Ik verwijs naar mijn antwoord op schriftelijke vraag nr. 88 van 3 februari 2025.",
                pointed.of("2"), pointed.toString());
        Result mixed = classify("""
                1. Hoeveel kerken werden in 2024 gerestaureerd?

                2. Welk bedrag werd daaraan besteed?

                ANTWOORD

                Die gegevens worden niet bijgehouden. De lokale besturen zijn autonoom in het beheer van hun kerken.
                """);
        assertEquals("?", mixed.of("1"), "two ways of declining: which one holds for which question is not said: " + mixed);
        assertEquals("?", mixed.of("2"), mixed.toString());
    }

    @Test
    void aNestedSubQuestionWithoutItsPartIsNotAddressed() throws IOException {
        Result r = classify("""
                1. Restauraties:

                a) Hoeveel kerken werden in 2024 gerestaureerd?

                b) Welke kerken kregen een nieuwe bestemming?

                ANTWOORD

                1. a) In 2024 werden 37 kerken gerestaureerd.
                """);
        assertEquals("answered: In 2024 werden 37 kerken gerestaureerd.", r.of("1a"), r.toString());
        assertEquals("not-addressed", r.of("1b"), "part 1 holds only a): " + r);
    }

    @Test
    void aQuestionWithoutAnswerGetsNoClass() throws IOException {
        Result r = classify("""
                1. Hoeveel kerken werden in 2024 gerestaureerd?
                """);
        assertTrue(r.classes().isEmpty(), r.toString());
    }
}
