package org.policygraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.DiagnosticCollector;
import org.policygraph.testing.Corpora;

/**
 * The three real PDFs in {@code ../shared/samples/real-pdf}, read by their geometry: titles, tables
 * with cells in the right row and column (checked by eye against {@code pdftotext -layout}), running
 * headers gone, footnotes. Skipped when the samples are not there.
 */
class RealPdfLayoutTest {

    private record Read(Layout layout, DiagnosticCollector diagnostics) {

        /** The table whose caption starts with {@code caption}. */
        Table table(String caption) {
            return layout.blocks(BlockKind.TABLE).stream().map(b -> b.table().orElseThrow())
                    .filter(t -> t.caption().map(c -> c.of(layout.text()).startsWith(caption)).orElse(false))
                    .findFirst().orElseThrow(() -> new AssertionError("no table captioned " + caption));
        }

        /** The cells of the row of {@code table} whose first cell is {@code label}, by column. */
        List<String> row(Table table, String label) {
            for (Table.Row row : table.rows())
                if (!row.cells().isEmpty() && row.cells().get(0).column() == 0 && row.cells().get(0).span().of(layout.text()).equals(label))
                    return cells(row);
            throw new AssertionError("no row " + label);
        }

        /** The cells of the first row of any table that has a cell {@code text}, by column. */
        List<String> rowWith(String text) {
            for (Block block : layout.blocks(BlockKind.TABLE))
                for (Table.Row row : block.table().orElseThrow().rows())
                    if (row.cells().stream().anyMatch(c -> c.span().of(layout.text()).equals(text)))
                        return cells(row);
            throw new AssertionError("no table row with a cell " + text);
        }

        List<String> cells(Table.Row row) {
            int columns = row.cells().stream().mapToInt(Table.Cell::column).max().orElse(-1) + 1;
            String[] out = new String[columns];
            java.util.Arrays.fill(out, "");
            for (Table.Cell c : row.cells())
                out[c.column()] = c.span().of(layout.text());
            return List.of(out);
        }
    }

    private static Read read(String name) {
        Path file = Corpora.shared().resolve("samples/real-pdf").resolve(name);
        assumeTrue(Files.isRegularFile(file), "no real PDF at " + file.toAbsolutePath());
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        return new Read(Layouts.read(file, name, diagnostics).layout(), diagnostics);
    }

    @Test
    void theNoteToTheGovernment() {
        Read r = read("vl_efro_themis_mededeling.pdf");
        Layout layout = r.layout();
        String title = layout.first(BlockKind.TITLE).orElseThrow().text();
        assertTrue(title.startsWith("EFRO Vlaanderen 2021-2027: Uitvoering van het Vlaamse EFRO"), title);
        assertTrue(title.endsWith("in het kader van het cohesiebeleid."), title);
        assertTrue(layout.blocks(BlockKind.HEADER_FIELD).stream().anyMatch(b -> b.text().equals("MEDEDELING AAN DE VLAAMSE REGERING")));
        Table budget = r.table("Dit geeft volgende budgetverdeling (in euro, lopende prijzen)");
        assertEquals(4, budget.columnXs().size());
        assertEquals(List.of("1. Slim Vlaanderen", "94.791.650,96", "65.253.700,21", "160.045.351,17"), r.row(budget, "1. Slim Vlaanderen"));
        assertEquals(List.of("2. Duurzaam Vlaanderen", "63.194.433,97", "43.502.466,81", "106.696.900,78"),
                r.row(budget, "2. Duurzaam Vlaanderen"));
        assertEquals(List.of("", "Meer ontwikkelde regio", "Transitieregio", "Totaal"), r.cells(budget.rows().get(0)));
        assertEquals(1, budget.headerRows());
        assertFalse(layout.text().contains("Pagina 3 van 8"));
        assertEquals(16, layout.blocks(BlockKind.FURNITURE).size());
        assertEquals(2, layout.blocks(BlockKind.TABLE).size());
    }

    @Test
    void theBudgetBrochure() {
        Read r = read("vl_bo2026.pdf");
        Layout layout = r.layout();
        assertEquals("2026 VLAAMSE BEGROTING", layout.first(BlockKind.TITLE).orElseThrow().text());
        Table totals = r.table("Tabel 3-1: Grote rubrieken van de ESR-gecorrigeerde middelen");
        assertEquals(List.of("", "BO 2025", "BA 2025", "BO 2026", "BO - BA"), r.cells(totals.rows().get(0)));
        assertEquals(1, totals.headerRows());
        assertEquals(List.of("Totaal", "60.310.051", "60.337.599", "60.870.065", "532.466"), r.row(totals, "Totaal"));
        assertEquals(List.of("Gewestelijke belastingen", "7.806.059", "7.763.105", "8.054.606", "291.501"),
                r.row(totals, "Gewestelijke belastingen"));
        Table opcentiemen = r.table("Tabel 3-3: Bruto-opcentiemen (in duizend euro)");
        assertEquals(List.of("", "BA 2025", "BO 2026", "BO 2026 – BA 2025"), r.cells(opcentiemen.rows().get(0)),
                "a header cell over two lines is one cell");
        Table room = r.table("Tabel 2-1: Netto-beleidsruimte (in duizend euro)");
        assertEquals(List.of("Vorderingensaldo BO 2026 (12=11-6)", "-2.882.396"), r.row(room, "Vorderingensaldo BO 2026 (12=11-6)"));
        assertTrue(layout.blocks(BlockKind.TABLE).size() >= 15, "a brochure of tables");
        assertFalse(layout.text().contains("pagina 5 van 21"));
        assertTrue(r.diagnostics().of(DiagnosticCode.OUTPUT_THIN).isEmpty());
    }

    @Test
    void theBudgetAnnexIsOneTablePerPage() {
        Read r = read("vl_bo2026.pdf");
        // a ruled table of codes, labels and two columns of amounts over pages 17 to 20, whose labels
        // run long or over two lines, with the amounts level with the first line or between the two
        for (int page = 17; page <= 20; page++) {
            int p = page;
            assertEquals(1, r.layout().blocks(BlockKind.TABLE).stream().filter(b -> b.box().orElseThrow().page() == p).count(),
                    "tables on page " + page);
        }
        assertEquals(List.of("MI", "Kasreeks Nieuwe Sluis Terneuzen", "-54.357", "-54.357"), r.rowWith("Kasreeks Nieuwe Sluis Terneuzen"));
        assertEquals(List.of("VEB", "Actualisatie ESR-uitgaven (vnl. doorvertaling ESR-ontvangsten)", "-119.175", "-115.960"),
                r.rowWith("Actualisatie ESR-uitgaven (vnl. doorvertaling ESR-ontvangsten)"), "a label longer than a cell");
        String index = "Indexatie binnen systeem van loonprovisie (op kruissnelheid brengen overschrijding spilindex januari 2025)";
        assertEquals(List.of(index, "614.475", "609.647"), r.rowWith(index), "the label's first line alone, longer than a cell");
        String bijdrage = "Responsabiliseringsbijdrage Vlaanderen door toename statutaire weddenmassa en bijdragepercentage (van 6,202% naar 7,088%)";
        assertEquals(List.of("CC", bijdrage, "95.012", "95.012"), r.rowWith(bijdrage), "the code and the label's last line on a line below the values");
        assertEquals(List.of("", "Correcte inning (snelheidsboetes, fiscale regularisatie, familiale vennootschappen…)", "80.000", "80.000"),
                r.rowWith("Correcte inning (snelheidsboetes, fiscale regularisatie, familiale vennootschappen…)"));
        assertTrue(r.diagnostics().of(DiagnosticCode.TABLE_ROW_UNALIGNED).isEmpty(), r.diagnostics().of(DiagnosticCode.TABLE_ROW_UNALIGNED).toString());
    }

    @Test
    void theCouncilsEvaluation() {
        Read r = read("vl_eval_bo2026.pdf");
        Layout layout = r.layout();
        assertEquals("Evaluatie van de Sociaal-Economische Raad van Vlaanderen over het begrotingsbeleid 2026 van de Vlaamse Gemeenschap",
                layout.first(BlockKind.TITLE).orElseThrow().text());
        Table balance = r.table("Tabel 5: Vlaamse begroting, SERV-raming vorderingensaldo");
        assertEquals(List.of("ESR Uitgaven (1)", "66.092.416", "67.154.733", "69.233.051", "71.727.556", "73.321.956"),
                r.row(balance, "ESR Uitgaven (1)"));
        assertEquals(List.of("ESR-correcties [+] (5)", "-177.500", "0", "-100.000", "0", "0"), r.row(balance, "ESR-correcties [+] (5)"));
        Table evolution = r.table("Tabel 17: Vlaamse begroting, Evolutie vorderingensaldo");
        assertEquals(List.of("Saldo begrotingsdoelstelling na impact regeerakkoord", "", "", "-2.973.247", "-1.814.516", "-2.054.763",
                "-2.367.054", "-2.609.624"), r.row(evolution, "Saldo begrotingsdoelstelling na impact regeerakkoord"),
                "values set between the two lines of their label");
        // A landscape table turned on its page.
        Table initiatives = r.table("Tabel 13: Vlaamse begroting, Overzicht nieuwe beleidsinitiatieven");
        assertEquals(List.of("Totaal", "487.579", "269.000", "756.579", "200.000", "0", "200.000"), r.row(initiatives, "Totaal"));
        assertEquals(List.of("Werk, Economie, Wetenschap, Innovatie, Landbouw en Sociale Economie", "-200", "14.048", "13.848", "0", "0", "0"),
                r.row(initiatives, "Werk, Economie, Wetenschap, Innovatie, Landbouw en Sociale Economie"));
        List<String> notes = layout.blocks(BlockKind.FOOTNOTE).stream().map(Block::text).toList();
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("1 De SERV stelt vast dat het vorderingensaldo")), notes.toString());
        assertTrue(notes.size() >= 30, notes.size() + " footnotes");
        assertTrue(layout.blocks(BlockKind.PARAGRAPH).stream().noneMatch(b -> b.text().startsWith("1 De SERV stelt vast")));
        assertTrue(layout.blocks(BlockKind.FURNITURE).size() >= 130);
        assertTrue(layout.content().stream().noneMatch(b -> b.text().startsWith("12 (2025-2026) – Nr. 1") && b.box().orElseThrow().page() > 1));
        assertEquals(1, r.diagnostics().of(DiagnosticCode.FURNITURE_REMOVED).size());
    }
}
