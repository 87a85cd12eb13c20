package org.policygraph.parse.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policygraph.model.Located;
import org.policygraph.model.Answer;
import org.policygraph.model.Person;
import org.policygraph.model.WrittenQuestion;
import org.policygraph.text.DocumentReader;
import org.policygraph.testing.Corpora;

/** The header variants, on our own example documents and on focused fixtures. */
class WrittenQuestionParserTest {

    private final WrittenQuestionParser parser = new WrittenQuestionParser();

    private WrittenQuestion example(String relative) {
        String text = DocumentReader.read(Corpora.example(relative), relative).text();
        WrittenQuestion q = parser.parse(text).orElseThrow();
        assertSpansMatch(text, q);
        return q;
    }

    /** Every located text must be exactly what its span covers (titles and posts are joined). */
    static void assertSpansMatch(String text, WrittenQuestion q) {
        assertEquals(q.number().text(), q.number().span().of(text));
        q.body().ifPresent(b -> assertEquals(b.text(), b.span().of(text)));
        q.answer().ifPresent(a -> assertEquals(a.body().text(), a.body().span().of(text)));
        q.title().ifPresent(t -> assertEquals(t.text(), t.span().of(text).replace('\n', ' ')));
    }

    @Test
    void fullHeader() {
        WrittenQuestion q = example("vragen/sv-0312-fietspaden.txt");
        assertEquals("312", q.number().text());
        assertEquals(LocalDate.of(2024, 2, 14), q.date());
        assertEquals(Optional.of(new Person("Jana Peeters")), q.askedBy());
        assertEquals(Optional.of(new Person("Tom Verhaegen")), q.addressedTo());
        assertEquals("Vlaams minister van Mobiliteit en Openbare Werken", q.addresseeTitle().orElseThrow().text());
        assertEquals("Fietsinfrastructuur - Onderhoud van fietspaden langs gewestwegen", q.title().orElseThrow().text());
        assertTrue(q.body().orElseThrow().text().startsWith("In het Fietsbeleidsplan staat"));
        assertTrue(q.body().orElseThrow().text().endsWith("3. Welk budget is voorzien voor 2024?"));
        assertEquals(Optional.of(new Person("Tom Verhaegen")), q.answer().orElseThrow().answeredBy());
        assertTrue(q.answer().orElseThrow().body().text().startsWith("1. In 2023 werd 84,2 kilometer"));
        assertTrue(q.answer().orElseThrow().body().text().endsWith("€45.000.000 voorzien."));
    }

    @Test
    void markdownHeader() {
        WrittenQuestion q = example("vragen/sv-0088-leerlingenvervoer.md");
        assertEquals("88", q.number().text());
        assertEquals(LocalDate.of(2022, 11, 3), q.date());
        assertEquals("Pieter De Smedt-Van Aken", q.askedBy().orElseThrow().name());
        assertEquals("Annelies Van Damme", q.addressedTo().orElseThrow().name());
        assertEquals("Viceminister-president van de Vlaamse Regering, Vlaams minister van Onderwijs en Sport",
                q.addresseeTitle().orElseThrow().text());
        assertEquals("Leerlingenvervoer - Wachttijden in het buitengewoon onderwijs", q.title().orElseThrow().text());
        assertTrue(q.body().orElseThrow().text().endsWith("b) Wordt er overleg gepleegd met De Lijn?"));
        assertEquals("Annelies Van Damme", q.answer().orElseThrow().answeredBy().orElseThrow().name());
    }

    @Test
    void headerThatStartsAtVanTakesTheNumberFromTheAnswer() {
        WrittenQuestion q = example("vragen/sv-0604-kusttram.txt");
        assertEquals("604", q.number().text());
        assertEquals(LocalDate.of(2019, 6, 21), q.date());
        assertEquals("Greet Wouters", q.askedBy().orElseThrow().name());
        assertEquals("Tom Verhaegen", q.addressedTo().orElseThrow().name());
        assertEquals("De Lijn - Stiptheid van de kusttram", q.title().orElseThrow().text());
    }

    @Test
    void aSignatureWithTheNameInRunningTextAboveThePostInCapitals() {
        String text = """
                SCHRIFTELIJKE VRAAG

                nr. 214
                van Lotte Verbeeck
                datum: 9 februari 2024

                aan Pieter Claes
                VLAAMS MINISTER VAN WELZIJN EN ARMOEDEBESTRIJDING

                Dagopvang voor ouderen - Wachtlijsten

                1. Hoeveel personen stonden op een wachtlijst?

                Pieter Claes
                VLAAMS MINISTER VAN WELZIJN EN ARMOEDEBESTRIJDING

                ANTWOORD
                op vraag nr. 214 van 9 februari 2024
                van Lotte Verbeeck

                1. Er stonden 1.427 personen op een wachtlijst.
                """;
        WrittenQuestion q = parser.parse(text).orElseThrow();
        Answer a = q.answer().orElseThrow();
        // the post in capitals is not a person named "Vlaams Minister Van Welzijn ..."
        assertEquals(Optional.of(new Person("Pieter Claes")), a.answeredBy());
        assertEquals("Vlaams minister van Welzijn en Armoedebestrijding", a.answererTitle().orElseThrow().text());
        assertTrue(q.body().orElseThrow().text().endsWith("op een wachtlijst?"), q.body().orElseThrow().text());
    }

    @Test
    void aPostWithoutANameAboveItGivesNoAnswerer() {
        String text = """
                SCHRIFTELIJKE VRAAG

                nr. 215
                van Lotte Verbeeck
                datum: 9 februari 2024

                Dagopvang voor ouderen - Vervoer

                1. Hoeveel ritten werden gereden?

                VLAAMS MINISTER VAN WELZIJN EN ARMOEDEBESTRIJDING

                ANTWOORD
                op vraag nr. 215 van 9 februari 2024
                van Lotte Verbeeck

                1. Er werden 12.000 ritten gereden.
                """;
        Answer a = parser.parse(text).orElseThrow().answer().orElseThrow();
        assertTrue(a.answeredBy().isEmpty(), a.answeredBy().toString());
        assertEquals("Vlaams minister van Welzijn en Armoedebestrijding", a.answererTitle().orElseThrow().text());
    }

    @Test
    void noHeaderTakesNumberDateAndAskerFromTheAnswerHeadingAndInventsNoMinister() {
        WrittenQuestion q = example("vragen/sv-0045-bibliotheken.txt");
        assertEquals("45", q.number().text());
        assertEquals(LocalDate.of(2024, 1, 9), q.date());
        assertEquals("Ruben Claes", q.askedBy().orElseThrow().name());
        assertTrue(q.addressedTo().isEmpty());
        assertTrue(q.addresseeTitle().isEmpty());
        assertTrue(q.answer().orElseThrow().answeredBy().isEmpty());
        assertEquals("Lokale bibliotheken - Openingsuren op zondag en de rol van ‘Bibliotheek van de toekomst’",
                q.title().orElseThrow().text());
        assertTrue(q.body().orElseThrow().text().startsWith("Steeds meer gemeenten"));
        assertTrue(q.body().orElseThrow().text().endsWith("Plant de minister een evaluatie van het project?"));
    }

    @Test
    void windows1252Document() {
        WrittenQuestion q = example("vragen/sv-0150-buurtsportvelden.txt");
        assertEquals("Sara D’Haese", q.askedBy().orElseThrow().name());
        assertEquals("Sportinfrastructuur – Subsidies voor ‘buurtsportvelden’", q.title().orElseThrow().text());
        assertTrue(q.answer().orElseThrow().body().text().contains("€ 2.950.000"));
    }

    @Test
    void answerHeadingOnOneLine() {
        String text = "Titel van de vraag\n\nIntroductie.\n\n1. Vraag?\n\nANTWOORD op vraag nr. 222 van 3 maart 2023 van ELISABETH MEULEMAN\n\n1. Antwoord.";
        WrittenQuestion q = parser.parse(text).orElseThrow();
        assertEquals("222", q.number().text());
        assertEquals(LocalDate.of(2023, 3, 3), q.date());
        assertEquals("Elisabeth Meuleman", q.askedBy().orElseThrow().name());
        assertEquals("1. Antwoord.", q.answer().orElseThrow().body().text());
        assertEquals("Introductie.\n\n1. Vraag?", q.body().orElseThrow().text());
    }

    @Test
    void questionWithoutAnswer() {
        String text = "SCHRIFTELIJKE VRAAG\n\nnr. 12\nvan AN JANSSENS\ndatum: 2 januari 2024\n\naan BERT PEETERS\nVLAAMS MINISTER VAN CULTUUR\n\nMusea - Toegankelijkheid\n\n1. Hoeveel musea zijn rolstoeltoegankelijk?";
        WrittenQuestion q = parser.parse(text).orElseThrow();
        assertEquals("12", q.number().text());
        assertEquals("Musea - Toegankelijkheid", q.title().orElseThrow().text());
        assertTrue(q.answer().isEmpty());
        assertEquals("1. Hoeveel musea zijn rolstoeltoegankelijk?", q.body().orElseThrow().text());
    }

    @Test
    void noNumberOrDateIsNoQuestion() {
        assertTrue(parser.parse("SCHRIFTELIJKE VRAAG\n\nvan AN JANSSENS\n\nTekst zonder datum.").isEmpty());
    }

    @Test
    void locatedTextsCarryTheirSpans() {
        String text = "SCHRIFTELIJKE VRAAG\n\nnr. 7\nvan AN JANSSENS\ndatum: 2 januari 2024\n\nTitel\n\nDe vraag.";
        WrittenQuestion q = parser.parse(text).orElseThrow();
        Located body = q.body().orElseThrow();
        assertEquals("De vraag.", body.text());
        assertEquals(text.indexOf("De vraag."), body.span().start());
        assertEquals(text.length(), body.span().end());
    }
}
