package org.policygraph.extract.counting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.DiagnosticCollector;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.extract.Extractor;
import org.policygraph.layout.Layouts;
import org.policygraph.model.Extraction;
import org.policygraph.model.SourceDocument;
import org.policygraph.parse.DocumentParser;
import org.policygraph.text.DocumentReader;

/** Which place each figure is about, and which figures restate an earlier one, on answers written for the purpose. */
class FigureCountingExtractorTest {

    @TempDir
    Path tmp;

    private record Read(String text, Extraction extraction, DiagnosticCollector diagnostics) {
        /** Each figure's quote (with its offset when the quote repeats) and the place it is about, "-" for none. */
        Map<String, String> places() {
            Map<String, String> out = new TreeMap<>();
            for (var f : extraction.figures()) {
                String place = extraction.figureCounting().places().stream().filter(p -> p.figure().equals(f.quote().span()))
                        .map(p -> p.place().label() + " " + p.basis()).findFirst().orElse("-");
                out.put(f.quote().text() + "@" + f.quote().span().start(), place);
            }
            return out;
        }

        /** Each restatement as "quote@offset -> quote@offset". */
        List<String> restatements() {
            return extraction.figureCounting().restatements().stream()
                    .map(r -> r.figure().of(text) + "@" + r.figure().start() + " -> " + r.first().of(text) + "@" + r.first().start())
                    .toList();
        }

        String place(String quote) {
            return places().entrySet().stream().filter(e -> e.getKey().startsWith(quote + "@")).map(Map.Entry::getValue)
                    .findFirst().orElseThrow(() -> new AssertionError("no figure " + quote + " in " + places()));
        }
    }

    private Read read(String question, String answer) throws IOException {
        String text = """
                SCHRIFTELIJKE VRAAG

                nr. 77
                van LOTTE CLAES
                datum: 6 februari 2025

                aan BRAM DE WINTER
                VLAAMS MINISTER VAN SPORT EN JEUGD

                Sport - Een vraag

                %s

                1. Hoeveel?

                BRAM DE WINTER
                VLAAMS MINISTER VAN SPORT EN JEUGD

                ANTWOORD
                op vraag nr. 77 van 6 februari 2025
                van LOTTE CLAES

                %s
                """.formatted(question, answer);
        Path file = tmp.resolve("vraag.txt");
        Files.writeString(file, text);
        SourceDocument s = DocumentReader.read(file, "vraag.txt");
        DiagnosticCollector c = new DiagnosticCollector();
        Extraction e = new Extractor().extract(Layouts.ofText(s.text()), new DocumentParser().parse(s), new Diagnostics(s.text(), c));
        return new Read(s.text(), e, c);
    }

    @Test
    void aTableRowGivesItsPlaceAndEqualCellsAreTwoFigures() throws IOException {
        Read r = read("Graag een overzicht.", """
                1. De verdeling per provincie:

                Provincie          Jeugdhuizen
                Antwerpen          45
                Limburg            45
                """);
        assertEquals("Antwerpen TABLE_ROW", r.place("45"));
        assertTrue(r.places().containsValue("Limburg TABLE_ROW"), r.places().toString());
        assertEquals(List.of(), r.restatements());
    }

    @Test
    void eachClauseGivesItsOwnPlace() throws IOException {
        Read r = read("Graag cijfers.", "1. In de stad Gent waren er 45 deelnemers, in de stad Antwerpen waren het er 30 deelnemers.");
        assertEquals("Gent CLAUSE", r.place("45 deelnemers"));
        assertEquals("Antwerpen CLAUSE", r.place("30 deelnemers"));
    }

    @Test
    void theSentencesOnePlaceCarriesOnUnlessTheScopeWidens() throws IOException {
        Read r = read("Graag cijfers.",
                "1. In de stad Genk werden 12 jeugdhuizen erkend, een stijging met 15 jeugdhuizen, in heel Vlaanderen waren het er 96 jeugdhuizen.");
        assertEquals("Genk CLAUSE", r.place("12 jeugdhuizen"));
        assertEquals("Genk SENTENCE", r.place("15 jeugdhuizen"));
        assertEquals("-", r.place("96 jeugdhuizen"));
    }

    @Test
    void aPlaceAfterTheFigureInAnotherClauseIsNotItsPlace() throws IOException {
        Read r = read("Graag cijfers.", "1. Er waren in totaal 500 deelnemers, waarvan 120 deelnemers in de stad Gent.");
        assertEquals("-", r.place("500 deelnemers"));
        assertEquals("Gent CLAUSE", r.place("120 deelnemers"));
    }

    @Test
    void aListOfPlacesGivesTheFigureToNoneOfThem() throws IOException {
        Read r = read("Graag cijfers.", "1. De gemeenten, met name Genk, Hasselt en Bree, ontvingen samen 1,8 miljoen euro.");
        assertEquals("-", r.place("1,8 miljoen euro"));
    }

    @Test
    void aClauseNamingTwoPlacesGivesNoneAndSaysSo() throws IOException {
        Read r = read("Graag cijfers.", "1. In de gemeente Genk en de gemeente Bree samen waren er 45 deelnemers.");
        assertEquals("-", r.place("45 deelnemers"));
        assertEquals(1, r.diagnostics().of(DiagnosticCode.FIGURE_PLACE_UNCERTAIN).size());
    }

    @Test
    void aFigureWithoutAPlaceInItsSentenceHasNone() throws IOException {
        Read r = read("In de stad Gent is het druk.", "1. Er waren 45 deelnemers.");
        assertEquals("-", r.place("45 deelnemers"));
    }

    @Test
    void theSameFigureWithTheSameMeasureTwiceInOneAnswerIsOneFigure() throws IOException {
        Read r = read("Graag cijfers.", """
                1. Er werden 612 kampen erkend.

                2. Van de 612 kampen vonden er veel in de zomer plaats.
                """);
        assertEquals(1, r.restatements().size(), r.restatements().toString());
        assertTrue(r.restatements().get(0).startsWith("612 kampen@"), r.restatements().toString());
    }

    @Test
    void aCueSaysAnAmountWithoutMeasureWasGivenBefore() throws IOException {
        Read r = read("Graag cijfers.", """
                1. In 2024 werd 2,5 miljoen euro toegekend.

                2. Voor de erkende kampen werd, zoals gezegd, 2,5 miljoen euro toegekend.
                """);
        assertEquals(1, r.restatements().size(), r.restatements().toString());
    }

    @Test
    void aPassageRepeatedWordForWordRestatesItsFigures() throws IOException {
        Read r = read("Graag cijfers.", """
                1. In het eerste jaar maakten we meer dan 14 miljoen vrij om te investeren.

                2. In het eerste jaar maakten we meer dan 14 miljoen vrij om te investeren.
                """);
        assertEquals(1, r.restatements().size(), r.restatements().toString());
    }

    @Test
    void twoAmountsWithoutMeasureOrCueAreTwoAndSaidToBeUncertain() throws IOException {
        Read r = read("Graag cijfers.", """
                1. Project A kreeg 50.000 euro.

                2. Project B kreeg 50.000 euro.
                """);
        assertEquals(List.of(), r.restatements());
        assertEquals(1, r.diagnostics().of(DiagnosticCode.RESTATEMENT_UNCERTAIN).size());
    }

    @Test
    void anAmountRepeatedInEveryParagraphIsReportedOncePerFigureNotOncePerPair() throws IOException {
        StringBuilder answer = new StringBuilder();
        int paragraphs = 60;
        for (int i = 1; i <= paragraphs; i++)
            answer.append("Project ").append(i).append(" in de gemeente kreeg 50.000 euro.\n\n");
        Read r = read("Graag cijfers.", answer.toString());
        assertEquals(List.of(), r.restatements());
        // each later amount against the first it may restate: 59 reports, where every pair made 1,770
        assertEquals(paragraphs - 1, r.diagnostics().of(DiagnosticCode.RESTATEMENT_UNCERTAIN).size());
    }

    @Test
    void aFigureThatRestatesAnotherIsNotReportedAsCountedTwice() throws IOException {
        Read r = read("Graag cijfers.", """
                1. Project A kreeg 50.000 euro.

                2. In het eerste jaar ging 50.000 euro naar de scholen van de stad.

                3. In het eerste jaar ging 50.000 euro naar de scholen van de stad.
                """);
        // the third says the second again word for word: one amount, so not "counted twice" against the first
        assertEquals(1, r.restatements().size(), r.restatements().toString());
        assertEquals(1, r.diagnostics().of(DiagnosticCode.RESTATEMENT_UNCERTAIN).size(),
                r.diagnostics().of(DiagnosticCode.RESTATEMENT_UNCERTAIN).toString());
    }

    @Test
    void nearMissesAreNotRestatements() throws IOException {
        Read r = read("Volgens de pers waren er 612 kampen.", """
                1. Er werden 2 kampen geweigerd en 612 kampen erkend. Bij de herkeuring werden 2 kampen geweigerd.

                2. Er waren 45 jongens en 45 meisjes.

                3. In de stad Gent vonden 48 kampen plaats, in de stad Antwerpen waren het er 48 kampen.
                """);
        // 612 in the question and in the answer: the member's figure and the minister's, two sides.
        // "2 kampen" twice: a small count; 45 jongens, 45 meisjes: other measures; 48 in two places.
        assertEquals(List.of(), r.restatements());
    }
}
