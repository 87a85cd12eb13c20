package org.policygraph.parse.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.diagnostic.DiagnosticCollector;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.layout.Layout;
import org.policygraph.layout.TextLayoutReader;
import org.policygraph.model.AnswerPart;
import org.policygraph.model.SubQuestion;
import org.policygraph.model.WrittenQuestion;

/** The layouts of written questions met in practice, from our own example documents. */
class QuestionLayoutsTest {

    private static WrittenQuestion read(String resource) throws IOException {
        String raw;
        try (InputStream in = QuestionLayoutsTest.class.getResourceAsStream("/cases/" + resource)) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        DiagnosticCollector collector = new DiagnosticCollector();
        Layout layout = TextLayoutReader.read(raw, collector);
        return new WrittenQuestionParser().parse(layout, new Diagnostics(layout.text(), collector)).orElseThrow();
    }

    private static List<String> labels(List<SubQuestion> qs) {
        return qs.stream().map(q -> q.label() + (q.children().isEmpty() ? "" : labels(q.children()).toString())).toList();
    }

    @Test
    void parliamentPdfTextHeaderTitleAndItems() throws IOException {
        WrittenQuestion q = read("layout-parlement-2025-pdf-tekst/input.txt");
        assertEquals("123", q.number().text());
        assertEquals(LocalDate.of(2025, 10, 15), q.date());
        assertEquals("Johan Verstraeten", q.askedBy().orElseThrow().name());
        assertEquals("Ben Weyts", q.addressedTo().orElseThrow().name());
        assertTrue(q.addresseeTitle().orElseThrow().text().endsWith("Dierenwelzijn"), q.addresseeTitle().orElseThrow().text());
        assertEquals("Dierenwelzijn - Controles bij hondenkwekers", q.title().orElseThrow().text());
        assertTrue(q.context().orElseThrow().text().startsWith("In 2024 voerde"), "the introduction, without the title");
        assertEquals(List.of("1", "2[a, b]", "3"), labels(q.subQuestions()));
        assertEquals("Hoeveel controles werden in 2024 uitgevoerd bij erkende hondenkwekers?", q.subQuestions().get(0).text().text());
    }

    @Test
    void parliamentPdfTextAnswerPartsAlign() throws IOException {
        WrittenQuestion q = read("layout-parlement-2025-pdf-tekst/input.txt");
        List<AnswerPart> parts = q.answer().orElseThrow().parts();
        assertEquals(List.of("1", "2", "3"), parts.stream().map(AnswerPart::label).toList());
        assertEquals(List.of(List.of("2", "a")), parts.get(1).children().get(0).respondsTo());
        assertEquals("Ben Weyts", q.answer().orElseThrow().answeredBy().orElseThrow().name());
        assertTrue(parts.get(2).text().text().contains("De Dienst Dierenwelzijn zet in 2026 de gerichte controles voort."));
    }

    @Test
    void oneLineHeaderOfOlderQuestions() throws IOException {
        WrittenQuestion q = read("layout-vraag-2003-eenregelige-kop/input.txt");
        assertEquals("12", q.number().text());
        assertEquals(LocalDate.of(2003, 3, 3), q.date());
        assertEquals("Marc Dewaele", q.askedBy().orElseThrow().name());
        assertEquals("Paul Van Grembergen", q.addressedTo().orElseThrow().name());
        assertTrue(q.addresseeTitle().orElseThrow().text().startsWith("Vlaams minister van Binnenlandse"));
        assertEquals("Gemeentelijke sporthallen - Toegankelijkheid", q.title().orElseThrow().text());
        assertTrue(q.answer().isPresent(), "'Antwoord' alone on its line starts the answer");
    }

    @Test
    void olderLabelStylesNumberSubQuestions() throws IOException {
        WrittenQuestion q = read("layout-vraag-2003-eenregelige-kop/input.txt");
        assertEquals(List.of("1", "2[a, b]", "3"), labels(q.subQuestions()));
        List<AnswerPart> parts = q.answer().orElseThrow().parts();
        assertEquals(List.of(List.of("2", "a")), parts.get(1).children().get(0).respondsTo());
    }

    @Test
    void capitalLettersAndRomanNumerals() throws IOException {
        WrittenQuestion q = read("layout-vraag-labelstijlen/input.txt");
        assertEquals("Leerlingenbegeleiding - Centra voor leerlingenbegeleiding", q.title().orElseThrow().text());
        assertEquals(List.of("A[I, II]", "B[I, II]"), labels(q.subQuestions()));
        List<AnswerPart> parts = q.answer().orElseThrow().parts();
        assertEquals(List.of("A", "B"), parts.stream().map(AnswerPart::label).toList());
        assertEquals(List.of(List.of("A", "I")), parts.get(0).children().get(0).respondsTo());
        assertEquals(List.of(List.of("B", "I"), List.of("B", "II")), parts.get(1).children().get(0).respondsTo());
    }
}
