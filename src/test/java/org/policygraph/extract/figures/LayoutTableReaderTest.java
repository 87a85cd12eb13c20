package org.policygraph.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policygraph.diagnostic.Diagnostic;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.DiagnosticCollector;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.diagnostic.Severity;
import org.policygraph.layout.Block;
import org.policygraph.layout.BlockKind;
import org.policygraph.layout.Box;
import org.policygraph.layout.Layout;
import org.policygraph.layout.Table;
import org.policygraph.layout.TextLayoutReader;
import org.policygraph.model.Figure;
import org.policygraph.model.Span;

/** Figures from the tables of a layout: row label, column header, unit and year from the table itself. */
class LayoutTableReaderTest {

    /** Writes a text the way the layout builder does (cells split by a space, rows by a line break) and keeps the table. */
    private static final class TableText {
        private final StringBuilder text = new StringBuilder();
        private final List<Block> blocks = new ArrayList<>();

        TableText line(String line) {
            if (text.length() > 0)
                text.append('\n');
            text.append(line);
            return this;
        }

        /** A table of rows of cells, {@code null} for an empty cell; the caption is the line before, if any. */
        TableText table(int headerRows, List<Float> xs, int page, Optional<Span> caption, String[]... rows) {
            if (text.length() > 0)
                text.append('\n');
            int start = text.length();
            List<Table.Row> out = new ArrayList<>();
            for (String[] row : rows) {
                if (text.length() > start)
                    text.append('\n');
                int rowStart = text.length();
                List<Table.Cell> cells = new ArrayList<>();
                for (int c = 0; c < row.length; c++) {
                    if (row[c] == null)
                        continue;
                    if (text.length() > rowStart)
                        text.append(' ');
                    cells.add(new Table.Cell(new Span(text.length(), text.length() + row[c].length()), c));
                    text.append(row[c]);
                }
                out.add(new Table.Row(new Span(rowStart, text.length()), cells));
            }
            Span span = new Span(start, text.length());
            blocks.add(new Block(BlockKind.TABLE, span, span.of(text.toString()), Optional.empty(),
                    Optional.of(new Table(out, headerRows, xs, caption)), Optional.of(new Box(page, 50, 100, 400, 200))));
            return this;
        }

        Span lastLine() {
            return new Span(text.lastIndexOf("\n") + 1, text.length());
        }

        String text() {
            return text.toString();
        }
    }

    private static FigureExtraction read(String text, List<Block> tables, DiagnosticCollector collector) {
        FigureExtraction x = new FigureExtractor().read(text, new Span(0, text.length()),
                FigureContext.none().withTables(tables), new Diagnostics(text, collector));
        for (Figure f : x.figures())
            assertEquals(f.quote().span().of(text), f.quote().text(), "quote is the covered text");
        return x;
    }

    @Test
    void yearsInTheHeaderAreReferenceYearsAndTheCaptionScalesTheCells() {
        TableText t = new TableText().line("De heffingen evolueren als volgt.").line("(in duizend euro)");
        Span caption = t.lastLine();
        t.table(1, List.of(60f, 300f, 380f), 3, Optional.of(caption),
                new String[] {"Heffing", "2025", "2026"},
                new String[] {"Parkeerheffing", "1.250", "1.300,5"},
                new String[] {"Hondenbelasting", "40", "\u221212"});
        DiagnosticCollector collector = new DiagnosticCollector();
        FigureExtraction x = read(t.text(), t.blocks, collector);
        assertEquals(List.of(
                "1250000 | EUR | 1.250 | Parkeerheffing | year=2025; row=Parkeerheffing",
                "1300500 | EUR | 1.300,5 | Parkeerheffing | year=2026; row=Parkeerheffing",
                "40000 | EUR | 40 | Hondenbelasting | year=2025; row=Hondenbelasting",
                "-12000 | EUR | \u221212 | Hondenbelasting | year=2026; row=Hondenbelasting"),
                FigureLines.of(x.figures()));
        assertEquals(List.of("2025", "2026", "2025", "2026"), x.figures().stream().map(f -> f.column().orElseThrow()).toList());
        assertEquals(1, x.tables().size());
        assertEquals(Optional.of("(in duizend euro)"), x.tables().get(0).caption());
        assertEquals("Heffing", x.tables().get(0).rowHeader().orElseThrow().text());
        assertEquals(List.of(), collector.diagnostics());
    }

    @Test
    void aRowWithAValueUnderNoHeaderIsReportedAndYieldsNothing() {
        TableText t = new TableText().table(1, List.of(60f, 300f, 380f), 1, Optional.empty(),
                new String[] {"Gemeente", "Aanvragen", null},
                new String[] {"Aalter", "12", null},
                new String[] {"Zele", "7", "3"},
                new String[] {"Lede", "9", null});
        DiagnosticCollector collector = new DiagnosticCollector();
        FigureExtraction x = read(t.text(), t.blocks, collector);
        assertEquals(List.of("12 | COUNT | 12 | Aanvragen | row=Aalter", "9 | COUNT | 9 | Aanvragen | row=Lede"),
                FigureLines.of(x.figures()));
        List<Diagnostic> unaligned = collector.of(DiagnosticCode.TABLE_ROW_UNALIGNED);
        assertEquals(1, unaligned.size());
        assertEquals(Severity.WARNING, unaligned.get(0).severity());
        assertEquals("Zele 7 3", unaligned.get(0).span().orElseThrow().of(t.text()));
        assertEquals(List.of("Zele 7 3"), x.unaligned().stream().map(s -> s.of(t.text())).toList());
    }

    @Test
    void twoValuesRunTogetherInOneCellAreReported() {
        TableText t = new TableText().table(1, List.of(60f, 300f, 380f), 1, Optional.empty(),
                new String[] {"Raming", "2025", "2026"},
                new String[] {"Instituut A", "1,2% 1,3%", null},
                new String[] {"Instituut B", "1,1%", "1,0%"});
        DiagnosticCollector collector = new DiagnosticCollector();
        FigureExtraction x = read(t.text(), t.blocks, collector);
        assertEquals(List.of("1.1 | PERCENT | 1,1% | Instituut B | year=2025; row=Instituut B",
                "1.0 | PERCENT | 1,0% | Instituut B | year=2026; row=Instituut B"), FigureLines.of(x.figures()));
        assertEquals(1, collector.of(DiagnosticCode.TABLE_ROW_UNALIGNED).size());
    }

    @Test
    void aTableCarriedOnOnTheNextPageIsReadUnderItsHeader() {
        TableText t = new TableText().line("Tabel 4: Ontvangsten, in € dz");
        Span caption = t.lastLine();
        t.table(1, List.of(60f, 300f, 360f), 4, Optional.of(caption),
                new String[] {"Ontvangsten", "2027", "2028"},
                new String[] {"Heffingen", "1.000", "1.100"});
        t.line("Bron: eigen berekeningen");
        t.table(0, List.of(60f, 303f, 358f), 5, Optional.empty(),
                new String[] {"Retributies", "200", "-210"},
                new String[] {"Idem, in % ontvangsten", "2,5%", "2,6%"});
        FigureExtraction x = read(t.text(), t.blocks, new DiagnosticCollector());
        assertEquals(List.of(
                "1000000 | EUR | 1.000 | Heffingen | year=2027; row=Heffingen",
                "1100000 | EUR | 1.100 | Heffingen | year=2028; row=Heffingen",
                "200000 | EUR | 200 | Retributies | year=2027; row=Retributies",
                "-210000 | EUR | -210 | Retributies | year=2028; row=Retributies",
                "2.5 | PERCENT | 2,5% | Idem, in % ontvangsten | year=2027; row=Idem, in % ontvangsten",
                "2.6 | PERCENT | 2,6% | Idem, in % ontvangsten | year=2028; row=Idem, in % ontvangsten"),
                FigureLines.of(x.figures()));
        assertEquals(1, x.tables().size(), "one table over two pages");
        assertTrue(x.figures().stream().allMatch(f -> f.cell().orElseThrow().table() == x.tables().get(0)));
    }

    @Test
    void aCodeColumnLeftOfTheLabelsInTheCarriedOnPartJoinsTheLabel() {
        TableText t = new TableText().table(1, List.of(150f, 460f, 520f), 7, Optional.empty(),
                new String[] {"Programma", "VAK", "VEK"},
                new String[] {"Lonen", "100", "90"});
        t.table(0, List.of(60f, 150f, 463f, 518f), 8, Optional.empty(),
                new String[] {"QX", "Premies", "-50", "-40"},
                new String[] {"QY", "Premies", "-20", "-10"},
                new String[] {null, "Overige", "5", "4"},
                new String[] {"QZ", null, "7", "6"});
        FigureExtraction x = read(t.text(), t.blocks, new DiagnosticCollector());
        assertEquals(List.of("100 | COUNT | 100 | VAK | row=Lonen", "90 | COUNT | 90 | VEK | row=Lonen",
                "-50 | COUNT | -50 | VAK | row=QX Premies", "-40 | COUNT | -40 | VEK | row=QX Premies",
                "-20 | COUNT | -20 | VAK | row=QY Premies", "-10 | COUNT | -10 | VEK | row=QY Premies",
                "5 | COUNT | 5 | VAK | row=Overige", "4 | COUNT | 4 | VEK | row=Overige",
                "7 | COUNT | 7 | VAK | row=QZ", "6 | COUNT | 6 | VEK | row=QZ"), FigureLines.of(x.figures()),
                "the code tells the two rows of premiums apart, and names a row without a label");
    }

    @Test
    void aTableWithOtherColumnsOnTheNextPageIsNotCarriedOn() {
        TableText t = new TableText().table(1, List.of(150f, 460f, 520f), 7, Optional.empty(),
                new String[] {"Programma", "VAK", "VEK"},
                new String[] {"Lonen", "100", "90"});
        t.table(0, List.of(150f, 300f, 520f), 8, Optional.empty(),
                new String[] {"Premies", "-50", "-40"});
        FigureExtraction x = read(t.text(), t.blocks, new DiagnosticCollector());
        assertEquals(2, x.figures().size(), "only the first part's cells");
    }

    @Test
    void aHeaderRepeatedInsideATableStartsAnotherTable() {
        TableText t = new TableText().table(1, List.of(60f, 300f, 360f), 2, Optional.empty(),
                new String[] {"Prijsindex", "2025", "2026"},
                new String[] {"Raming A", "2,1%", "1,9%"},
                new String[] {"Loonindex", "2025", "2026"},
                new String[] {"Raming A", "2,4%", "2,0%"});
        FigureExtraction x = read(t.text(), t.blocks, new DiagnosticCollector());
        assertEquals(4, x.figures().size());
        assertEquals(List.of("Prijsindex", "Loonindex"), x.tables().stream().map(ft -> ft.rowHeader().orElseThrow().text()).toList());
        assertTrue(x.figures().stream().noneMatch(f -> f.quote().text().equals("2025") || f.quote().text().equals("2026")),
                "years in a header are never figures");
    }

    @Test
    void theCaptionHeadsTheOneValueColumnOfATableWithoutHeaderRow() {
        TableText t = new TableText().table(0, List.of(60f, 400f), 2, Optional.empty(),
                new String[] {"Saldo vorig jaar", "-1.250"},
                new String[] {"Bijsturing", "300"});
        t.line("Tabel 3-1: Beleidsruimte (in duizend euro)");
        Span caption = t.lastLine();
        Block b = t.blocks.get(0);
        Table table = b.table().orElseThrow();
        List<Block> blocks = List.of(new Block(b.kind(), b.span(), b.text(), b.label(),
                Optional.of(new Table(table.rows(), 0, table.columnXs(), Optional.of(caption))), b.box()));
        FigureExtraction x = read(t.text(), blocks, new DiagnosticCollector());
        assertEquals(List.of("-1250000 | EUR | -1.250 | Saldo vorig jaar | row=Saldo vorig jaar",
                "300000 | EUR | 300 | Bijsturing | row=Bijsturing"), FigureLines.of(x.figures()));
        assertEquals(Optional.of("Tabel 3-1: Beleidsruimte (in duizend euro)"), x.figures().get(0).column());
    }

    @Test
    void aTableWithoutHeaderRowsIsLeftToTheTextReader() {
        TableText t = new TableText().table(0, List.of(), 1, Optional.empty(),
                new String[] {"Aalter", "12"},
                new String[] {"Lede", "9"});
        FigureExtraction x = read(t.text(), t.blocks, new DiagnosticCollector());
        assertEquals(List.of(), x.figures(), "no header, no column: nothing, and the cells are not read as prose");
    }

    @Test
    void aTableOfNumbersThatGivesNoFigureIsReported() {
        // no header row, no caption, and no header line above that the text reader could match
        String raw = """
                De cijfers:

                BO 2026 - constant beleid 67.045.740 66.475.112
                BO 2026 - na impact beleidsbeslissingen 68.100.000 67.200.000

                Dat is alles.
                """;
        Layout layout = TextLayoutReader.read(raw, d -> { });
        DiagnosticCollector collector = new DiagnosticCollector();
        FigureExtraction x = read(layout.text(), layout.blocks(BlockKind.TABLE), collector);
        assertEquals(List.of(), x.figures());
        assertEquals(1, collector.of(DiagnosticCode.TABLE_UNREAD).size(), collector.diagnostics().toString());
        assertEquals(layout.first(BlockKind.TABLE).orElseThrow().span(), collector.of(DiagnosticCode.TABLE_UNREAD).get(0).span().orElseThrow());
    }

    @Test
    void aHeaderLineWithAUnitInBracketsHeadsItsColumns() {
        String raw = """
                Het overzicht per gemeente:

                Gemeente Aanvragen Bedrag (euro)
                Aalter 3 10.000
                Lede 4 11.037

                Dat is alles.
                """;
        Layout layout = TextLayoutReader.read(raw, d -> { });
        DiagnosticCollector collector = new DiagnosticCollector();
        FigureExtraction x = read(layout.text(), layout.blocks(BlockKind.TABLE), collector);
        assertEquals(List.of(
                "3 | COUNT | 3 | Aanvragen | row=Aalter",
                "10000 | EUR | 10.000 | Bedrag (euro) | row=Aalter",
                "4 | COUNT | 4 | Aanvragen | row=Lede",
                "11037 | EUR | 11.037 | Bedrag (euro) | row=Lede"), FigureLines.of(x.figures()));
        assertEquals(List.of(), collector.of(DiagnosticCode.TABLE_UNREAD));
    }

    @Test
    void aTableOfWordsThatGivesNoFigureIsNotReported() {
        TableText t = new TableText().table(0, List.of(), 1, Optional.empty(),
                new String[] {"Aalter", "Lede"},
                new String[] {"Zele", "Hamme"});
        DiagnosticCollector collector = new DiagnosticCollector();
        read(t.text(), t.blocks, collector);
        assertEquals(List.of(), collector.of(DiagnosticCode.TABLE_UNREAD));
    }

    @Test
    void aTableWrittenWithPipesGivesFiguresWithRowColumnAndTheHeadersUnit() {
        String raw = """
                Per provincie:

                | Provincie | Controles | Boetes (euro) |
                |:---|---:|---:|
                | Antwerpen | 51 | 14.700 |
                | Limburg | 37 | 9.250,50 |

                Dat is meer dan vorig jaar.
                """;
        Layout layout = TextLayoutReader.read(raw, d -> { });
        FigureExtraction x = read(layout.text(), layout.blocks(BlockKind.TABLE), new DiagnosticCollector());
        assertEquals(List.of(
                "51 | COUNT | 51 | Controles | row=Antwerpen",
                "14700 | EUR | 14.700 | Boetes (euro) | row=Antwerpen",
                "37 | COUNT | 37 | Controles | row=Limburg",
                "9250.50 | EUR | 9.250,50 | Boetes (euro) | row=Limburg"), FigureLines.of(x.figures()));
    }

    @Test
    void aUnitInOneColumnsHeaderScalesThatColumnAndNotTheCountsBesideIt() {
        String raw = """
                Per provincie:

                | Provincie | Aanvragen | Toegekend (in duizend euro) | Gemiddeld per aanvraag |
                |:---|---:|---:|---:|
                | Antwerpen | 51 | 1.250 | 24.509 |
                | Limburg | 37 | 830,5 | 22.446 |

                Dat is meer dan vorig jaar.
                """;
        Layout layout = TextLayoutReader.read(raw, d -> { });
        FigureExtraction x = read(layout.text(), layout.blocks(BlockKind.TABLE), new DiagnosticCollector());
        assertEquals(List.of(
                "51 | COUNT | 51 | Aanvragen | row=Antwerpen",
                "1250000 | EUR | 1.250 | Toegekend (in duizend euro) | row=Antwerpen",
                "24509 | COUNT | 24.509 | Gemiddeld per aanvraag | row=Antwerpen",
                "37 | COUNT | 37 | Aanvragen | row=Limburg",
                "830500 | EUR | 830,5 | Toegekend (in duizend euro) | row=Limburg",
                "22446 | COUNT | 22.446 | Gemiddeld per aanvraag | row=Limburg"), FigureLines.of(x.figures()));
    }

    @Test
    void aColumnHeadedByAYearAloneCarriesOnTheUnitOfTheColumnBeforeIt() {
        TableText t = new TableText().line("De middelen per domein.");
        t.table(1, List.of(60f, 300f, 380f, 460f), 3, Optional.empty(),
                new String[] {"Domein", "2025 (in mln euro)", "2026", "Aantal 2026"},
                new String[] {"Onderwijs", "12,5", "13", "40"},
                new String[] {"Welzijn", "8", "8,25", "31"});
        FigureExtraction x = read(t.text(), t.blocks, new DiagnosticCollector());
        assertEquals(List.of(
                "12500000 | EUR | 12,5 | Onderwijs | year=2025; row=Onderwijs",
                "13000000 | EUR | 13 | Onderwijs | year=2026; row=Onderwijs",
                "40 | COUNT | 40 | Onderwijs | year=2026; row=Onderwijs",
                "8000000 | EUR | 8 | Welzijn | year=2025; row=Welzijn",
                "8250000 | EUR | 8,25 | Welzijn | year=2026; row=Welzijn",
                "31 | COUNT | 31 | Welzijn | year=2026; row=Welzijn"), FigureLines.of(x.figures()));
    }

    @Test
    void aUnitInARowsLabelScalesThatRowUnderYearColumns() {
        TableText t = new TableText().line("De premies per jaar.");
        t.table(1, List.of(60f, 300f, 380f), 3, Optional.empty(),
                new String[] {"Premie", "2025", "2026"},
                new String[] {"Aanvragen", "1.204", "1.311"},
                new String[] {"Uitbetaald (in duizend euro)", "3.010", "3.277,5"});
        FigureExtraction x = read(t.text(), t.blocks, new DiagnosticCollector());
        assertEquals(List.of(
                "1204 | COUNT | 1.204 | Aanvragen | year=2025; row=Aanvragen",
                "1311 | COUNT | 1.311 | Aanvragen | year=2026; row=Aanvragen",
                "3010000 | EUR | 3.010 | Uitbetaald (in duizend euro) | year=2025; row=Uitbetaald (in duizend euro)",
                "3277500 | EUR | 3.277,5 | Uitbetaald (in duizend euro) | year=2026; row=Uitbetaald (in duizend euro)"),
                FigureLines.of(x.figures()));
    }

    @Test
    void aTableWrittenOneCellPerLineGivesFiguresWithRowAndColumn() {
        String raw = """
                In 2024 werden 230 controles uitgevoerd. Per provincie:
                Provincie
                Controles
                Inbreuken
                Antwerpen
                51
                8
                Limburg
                37
                5
                Oost-Vlaanderen
                64
                11

                Bij 24 controles werden inbreuken vastgesteld.
                """;
        Layout layout = TextLayoutReader.read(raw, d -> { });
        String text = layout.text();
        FigureExtraction x = read(text, layout.blocks(BlockKind.TABLE), new DiagnosticCollector());
        assertEquals(List.of(
                "230 | COUNT | 230 controles | controles | year=2024",
                "51 | COUNT | 51 | Controles | row=Antwerpen",
                "8 | COUNT | 8 | Inbreuken | row=Antwerpen",
                "37 | COUNT | 37 | Controles | row=Limburg",
                "5 | COUNT | 5 | Inbreuken | row=Limburg",
                "64 | COUNT | 64 | Controles | row=Oost-Vlaanderen",
                "11 | COUNT | 11 | Inbreuken | row=Oost-Vlaanderen",
                "24 | COUNT | 24 controles | controles | "),
                FigureLines.of(x.figures()));
        assertEquals("Provincie", x.tables().get(0).rowHeader().orElseThrow().text());
    }
}
