package org.policygraph.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentKind;
import org.policygraph.model.ParsedDocument;
import org.policygraph.model.WrittenQuestion;
import org.policygraph.text.DocumentReader;
import org.policygraph.testing.Corpora;

/** The header facts of each real seed document in {@code ../shared/seeds} (skipped where absent). */
class SeedDocumentsTest {

    private final DocumentParser parser = new DocumentParser();

    private ParsedDocument parse(Path file) {
        return parser.parse(DocumentReader.read(file, file.getFileName().toString()));
    }

    private WrittenQuestion question(String seedPrefix) {
        return assertInstanceOf(WrittenQuestion.class, parse(Corpora.seed(seedPrefix)));
    }

    @Test
    void markdownHeader() {
        WrittenQuestion q = question("000_");
        assertEquals("497", q.number().text());
        assertEquals(LocalDate.of(2023, 9, 5), q.date());
        assertEquals("Kurt De Loor", q.askedBy().orElseThrow().name());
        assertEquals("Bart Somers", q.addressedTo().orElseThrow().name());
        assertEquals("Viceminister-president van de Vlaamse Regering, Vlaams minister van Binnenlands Bestuur, "
                + "Bestuurszaken, Inburgering en Gelijke Kansen", q.addresseeTitle().orElseThrow().text());
        assertEquals("Vlaamse overheid - Stage- en leerwerkplaatsen", q.title().orElseThrow().text());
        assertTrue(q.body().orElseThrow().text().startsWith("Leerlingen en studenten die werkervaring zoeken"));
        assertEquals("Bart Somers", q.answer().orElseThrow().answeredBy().orElseThrow().name());
        assertTrue(q.answer().orElseThrow().body().text().startsWith("1. Entiteiten van de Vlaamse overheid"));
        assertTrue(q.answer().orElseThrow().body().text().endsWith("6. Zie vraag 1."));
    }

    @Test
    void headerStartingAtVan() {
        WrittenQuestion q = question("001_");
        assertEquals("521", q.number().text());
        assertEquals(LocalDate.of(2018, 8, 14), q.date());
        assertEquals("Vera Celis", q.askedBy().orElseThrow().name());
        assertEquals("Hilde Crevits", q.addressedTo().orElseThrow().name());
        assertEquals("Viceminister-president van de Vlaamse Regering, Vlaams minister van Onderwijs",
                q.addresseeTitle().orElseThrow().text());
        assertEquals("Lerarenopleiding - Vlaanderenbreed stageregistratiesysteem - Platform 'Lerarenstage.be' (2)",
                q.title().orElseThrow().text());
        assertTrue(q.body().orElseThrow().text().startsWith("Het initiatief lerarenstage.be"));
        assertTrue(q.body().orElseThrow().text().endsWith("nieuwe schooljaar/academiejaar?"));
        assertEquals("Hilde Crevits", q.answer().orElseThrow().answeredBy().orElseThrow().name());
        assertTrue(q.answer().orElseThrow().body().text().startsWith("1. Scholen secundair onderwijs"));
    }

    @Test
    void adviceIsNotAQuestion() {
        ParsedDocument d = parse(Corpora.seed("002_"));
        assertEquals(DocumentKind.ADVICE, d.kind());
        assertInstanceOf(org.policygraph.model.Advice.class, d);
    }

    @Test
    void noHeader() {
        WrittenQuestion q = question("003_");
        assertEquals("222", q.number().text());
        assertEquals(LocalDate.of(2023, 3, 3), q.date());
        assertEquals("Elisabeth Meuleman", q.askedBy().orElseThrow().name());
        assertTrue(q.addressedTo().isEmpty(), "the document names no addressee");
        assertTrue(q.answer().orElseThrow().answeredBy().isEmpty(), "the document names no minister");
        assertEquals("Plan Samenleven - Actie 6 ‘Begeleiding verkorte opleidingstrajecten’ en actie 7 "
                + "‘Begeleiding naar hogere studies’", q.title().orElseThrow().text());
        assertTrue(q.body().orElseThrow().text().startsWith("Het Plan Samenleven is een tool"));
        assertTrue(q.body().orElseThrow().text().endsWith("bevoegd voor Onderwijs?"));
        assertTrue(q.answer().orElseThrow().body().text().startsWith("1. a) Twee lokale besturen"));
    }

    @Test
    void fullHeader() {
        WrittenQuestion q = question("004_");
        assertEquals("461", q.number().text());
        assertEquals(LocalDate.of(2023, 3, 7), q.date());
        assertEquals("Lise Vandecasteele", q.askedBy().orElseThrow().name());
        assertEquals("Hilde Crevits", q.addressedTo().orElseThrow().name());
        assertEquals("Viceminister-president van de Vlaamse Regering, Vlaams minister van Welzijn, Volksgezondheid en Gezin",
                q.addresseeTitle().orElseThrow().text());
        assertEquals("Zorgsector - Zijinstroom", q.title().orElseThrow().text());
        assertTrue(q.body().orElseThrow().text().startsWith("Op vrijdag 1 juli 2022 sloot de minister"));
        assertTrue(q.body().orElseThrow().text().endsWith("opnieuw gedifferentieerd per actieplan."));
        assertEquals("Hilde Crevits", q.answer().orElseThrow().answeredBy().orElseThrow().name());
        assertTrue(q.answer().orElseThrow().body().text().startsWith("1. Het Besluit van de Vlaamse Regering"));
    }

    @Test
    void everySampleIngestsWithoutInventingFields() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Corpora.samples())) {
            files = s.filter(p -> p.toString().endsWith(".txt")).toList();
        }
        assertTrue(files.size() >= 2);
        for (Path f : files) {
            ParsedDocument d = parse(f);
            if (d instanceof WrittenQuestion q)
                assertTrue(q.addressedTo().isEmpty() || q.addresseeTitle().isPresent(), f.toString());
            else
                assertEquals(DocumentKind.OTHER, d.kind(), f.toString());
        }
    }
}
