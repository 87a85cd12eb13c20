package org.policygraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.DiagnosticCollector;
import org.policygraph.diagnostic.DiagnosticListener;
import org.policygraph.testing.Corpora;
import org.policygraph.text.TextDecoder;

class TextLayoutReaderTest {

    private static Layout read(String raw, DiagnosticCollector collector) {
        return TextLayoutReader.read(raw, collector);
    }

    private static List<BlockKind> kinds(Layout layout) {
        return layout.blocks().stream().map(Block::kind).toList();
    }

    @Test
    void everyBlockSpanCoversItsTextInTheNormalisedText() throws IOException {
        Layout layout = read(resource("layout-parlement-2025-pdf-tekst/input.txt"), new DiagnosticCollector());
        for (Block b : layout.blocks())
            assertEquals(b.text(), b.span().of(layout.text()), b.kind().name());
        for (Block b : layout.blocks(BlockKind.TABLE))
            for (Table.Row row : b.table().orElseThrow().rows())
                for (Table.Cell cell : row.cells())
                    assertFalse(cell.span().of(layout.text()).isBlank());
    }

    @Test
    void parliamentHeaderFieldsTitleAndIntroductionWithoutBlankLines() throws IOException {
        Layout layout = read(resource("layout-parlement-2025-pdf-tekst/input.txt"), new DiagnosticCollector());
        List<String> fields = layout.blocks(BlockKind.HEADER_FIELD).stream().map(Block::text).toList();
        assertEquals("SCHRIFTELIJKE VRAAG", fields.get(0));
        assertEquals("nr. 123", fields.get(1));
        assertEquals("aan BEN WEYTS", fields.get(4));
        assertTrue(fields.get(5).startsWith("VICEMINISTER-PRESIDENT") && fields.get(5).contains("DIERENWELZIJN"),
                "the post over two lines is one field: " + fields.get(5));
        assertEquals("Dierenwelzijn - Controles bij hondenkwekers", layout.first(BlockKind.TITLE).orElseThrow().text());
        Block afterTitle = layout.blocks().get(layout.blocks().indexOf(layout.first(BlockKind.TITLE).orElseThrow()) + 1);
        assertEquals(BlockKind.PARAGRAPH, afterTitle.kind());
        assertTrue(afterTitle.text().startsWith("In 2024 voerde"));
    }

    @Test
    void loneLabelsStandBeforeTheirText() throws IOException {
        Layout layout = read(resource("layout-parlement-2025-pdf-tekst/input.txt"), new DiagnosticCollector());
        List<String> labels = layout.blocks(BlockKind.LIST_ITEM).stream().map(b -> b.label().orElseThrow().written()).toList();
        assertEquals(List.of("1.", "2.", "a)", "b)", "3.", "1.", "2.", "a)", "b)", "3.", "•", "•"), labels);
        assertTrue(layout.text().contains("\n1. Hoeveel controles werden in 2024"));
        assertTrue(layout.text().contains("\n• een opleiding voor de inspecteurs;"), "private-use bullet glyph read as a bullet");
    }

    @Test
    void singleWordLinesAreReflowedAndReported() throws IOException {
        DiagnosticCollector collector = new DiagnosticCollector();
        Layout layout = read(resource("layout-parlement-2025-pdf-tekst/input.txt"), collector);
        assertTrue(layout.text().contains("3. De Dienst Dierenwelzijn zet in 2026 de gerichte controles voort."));
        assertEquals(1, collector.of(DiagnosticCode.LINES_REFLOWED).size());
    }

    @Test
    void documentOfSingleWordLinesIsNotEmptied() {
        String words = "De Vlaamse Regering keurde op 12 maart het ontwerp van decreet goed. Het decreet regelt de subsidies.";
        DiagnosticCollector collector = new DiagnosticCollector();
        Layout layout = read(String.join("\n", words.split(" ")), collector);
        assertEquals(words, layout.text());
        assertEquals(List.of(BlockKind.PARAGRAPH), kinds(layout));
        assertFalse(collector.of(DiagnosticCode.LINES_REFLOWED).isEmpty());
    }

    @Test
    void tableWrittenOneCellPerLineBecomesRowsAndColumns() throws IOException {
        DiagnosticCollector collector = new DiagnosticCollector();
        Layout layout = read(resource("layout-parlement-2025-pdf-tekst/input.txt"), collector);
        Block block = layout.first(BlockKind.TABLE).orElseThrow();
        Table table = block.table().orElseThrow();
        assertEquals(6, table.rows().size());
        assertEquals(1, table.headerRows());
        assertEquals(3, table.columnCount());
        assertEquals("Limburg 58 9", table.rows().get(2).span().of(layout.text()));
        Table.Cell cell = table.rows().get(3).cells().get(2);
        assertEquals("27", cell.span().of(layout.text()));
        assertEquals(2, cell.column());
        assertEquals(1, collector.of(DiagnosticCode.TABLE_FROM_CELL_LINES).size());
    }

    @Test
    void shortListOfSingleWordsIsNoTableAndNoReflow() {
        Layout layout = read("Deelnemers:\n\nGenk\nLeuven\nGent\n", new DiagnosticCollector());
        assertTrue(layout.blocks(BlockKind.TABLE).isEmpty());
        assertEquals("Deelnemers:\n\nGenk\nLeuven\nGent", layout.text());
    }

    @Test
    void rowsOnOneLineWithTheSameNumberOfValuesAreATable() {
        String raw = "Provincie Aantal Aandeel\nAntwerpen 162 60,67%\nVlaams-Brabant 89 51,15%\nLimburg 41 26,45%\n\nDat is meer dan vorig jaar.";
        Layout layout = read(raw, new DiagnosticCollector());
        Table table = layout.first(BlockKind.TABLE).orElseThrow().table().orElseThrow();
        assertEquals(3, table.rows().size());
        assertEquals("Vlaams-Brabant", table.rows().get(1).cells().get(0).span().of(layout.text()));
        assertEquals("51,15%", table.rows().get(1).cells().get(2).span().of(layout.text()));
    }

    @Test
    void aTableWrittenWithPipesIsATableUnderItsHeaderRow() {
        String raw = "Het overzicht:\n\n| Provincie | Aantal | Bedrag (euro) |\n|---|---:|---:|\n| Antwerpen | 162 | 14.700 |\n"
                + "| Vlaams-Brabant | 89 | |\n\nDat is meer dan vorig jaar.";
        Layout layout = read(raw, new DiagnosticCollector());
        Table table = layout.first(BlockKind.TABLE).orElseThrow().table().orElseThrow();
        assertEquals(1, table.headerRows());
        assertEquals(3, table.rows().size());
        assertEquals("Bedrag (euro)", table.rows().get(0).cells().get(2).span().of(layout.text()));
        assertEquals("14.700", table.rows().get(1).cells().get(2).span().of(layout.text()));
        assertEquals(2, table.rows().get(2).cells().size(), "the empty cell is no cell");
        assertTrue(layout.text().endsWith("Dat is meer dan vorig jaar."), layout.text());
        assertTrue(layout.text().indexOf('|') < 0, layout.text());
    }

    @Test
    void numberedAnswersEndingInANumberAreNoTable() {
        Layout layout = read("2. Zie vraag 1.\n3. a-d) Zie vraag 1.\n4. Zie vraag 2.", new DiagnosticCollector());
        assertTrue(layout.blocks(BlockKind.TABLE).isEmpty());
        assertEquals(3, layout.blocks(BlockKind.LIST_ITEM).size());
    }

    @Test
    void markdownHeadingIsATitleOrAHeaderField() {
        Layout layout = read("## **SCHRIFTELIJKE VRAAG**\n\nnr. 5\n\n### *Zwembaden - Sluiting*\n\nTekst van de vraag.", new DiagnosticCollector());
        assertEquals(List.of(BlockKind.HEADER_FIELD, BlockKind.HEADER_FIELD, BlockKind.TITLE, BlockKind.PARAGRAPH), kinds(layout));
        assertEquals("Zwembaden - Sluiting", layout.first(BlockKind.TITLE).orElseThrow().text());
    }

    @Test
    void numberedSectionIsAHeadingNotATitle() {
        Layout layout = read("1 Situering\n\nOp 12 februari keurde de regering het ontwerp goed.\n\n2 Advies\n\nDe raad vindt dit goed.", new DiagnosticCollector());
        assertTrue(layout.first(BlockKind.TITLE).isEmpty());
        assertEquals(2, layout.blocks(BlockKind.HEADING).size());
    }

    @Test
    void answerHeaderUnderTheSignatureIsReadAsFields() throws IOException {
        Layout layout = read(resource("layout-parlement-2025-pdf-tekst/input.txt"), new DiagnosticCollector());
        List<String> fields = layout.blocks(BlockKind.HEADER_FIELD).stream().map(Block::text).toList();
        assertTrue(fields.contains("ANTWOORD"), fields.toString());
        assertTrue(fields.contains("op vraag nr. 123 van 15 oktober 2025"), fields.toString());
        assertTrue(fields.contains("BEN WEYTS"), fields.toString());
    }

    static Stream<Path> ownExamples() throws IOException {
        try (Stream<Path> files = Files.walk(Corpora.examples())) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                    .toList().stream();
        }
    }

    /** A layout's text laid out again is the same text: a stored document re-parsed gives the same spans. */
    @ParameterizedTest
    @MethodSource("ownExamples")
    void layingOutTheNormalisedTextAgainChangesNothing(Path file) throws IOException {
        Layout once = read(TextDecoder.decode(Files.readAllBytes(file)).text(), new DiagnosticCollector());
        Layout twice = TextLayoutReader.read(once.text(), DiagnosticListener.NONE);
        assertEquals(once.text(), twice.text());
        assertEquals(kinds(once), kinds(twice));
    }

    @Test
    void identifierLineAboveTheTitleIsAFieldNotPartOfTheTitle() {
        Layout layout = read("2024Z04711\nAntwoord van minister Jansen op vragen over de veerdienst\n\nVraag 1\nKent u het bericht?", new DiagnosticCollector());
        assertEquals("2024Z04711", layout.first(BlockKind.HEADER_FIELD).orElseThrow().text());
        assertEquals("Antwoord van minister Jansen op vragen over de veerdienst", layout.first(BlockKind.TITLE).orElseThrow().text());
    }

    @Test
    void titleRunsOverLinesThatCarryItsPhraseOnButNotOverANewStatement() {
        Layout layout = read("Plan Samenleven - Actie 6 en actie 7\n‘Begeleiding naar hogere studies’\nZie ook de vorige vraag, nr. 12\n\nTekst.", new DiagnosticCollector());
        assertEquals("Plan Samenleven - Actie 6 en actie 7\n‘Begeleiding naar hogere studies’", layout.first(BlockKind.TITLE).orElseThrow().text());
        assertEquals("Zie ook de vorige vraag, nr. 12", layout.blocks(BlockKind.PARAGRAPH).get(0).text());
    }

    static String resource(String name) throws IOException {
        try (var in = TextLayoutReaderTest.class.getResourceAsStream("/cases/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
