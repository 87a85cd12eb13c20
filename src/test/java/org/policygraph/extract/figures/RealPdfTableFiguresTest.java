package org.policygraph.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.diagnostic.DiagnosticListener;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.extract.Extractor;
import org.policygraph.layout.Block;
import org.policygraph.layout.BlockKind;
import org.policygraph.layout.LaidOutDocument;
import org.policygraph.layout.Layouts;
import org.policygraph.layout.Table;
import org.policygraph.model.Figure;
import org.policygraph.model.FigureUnit;
import org.policygraph.parse.DocumentParser;
import org.policygraph.testing.Corpora;

/**
 * Table cells of the three real PDFs in {@code ../shared/samples/real-pdf} as figures: values, units,
 * row and column checked by eye against {@code pdftotext -layout}. Skipped when the samples are not there.
 */
class RealPdfTableFiguresTest {

    private record Read(LaidOutDocument document, List<Figure> figures) {
    }

    /** Each PDF is read once for all the tests over it. */
    private static final Map<String, Read> READ = new ConcurrentHashMap<>();

    private static Read read(String name) {
        return READ.computeIfAbsent(name, RealPdfTableFiguresTest::readFile);
    }

    private static Read readFile(String name) {
        Path file = Corpora.shared().resolve("samples/real-pdf").resolve(name);
        assumeTrue(Files.isRegularFile(file), "no real PDF at " + file.toAbsolutePath());
        LaidOutDocument doc = Layouts.read(file, name, DiagnosticListener.NONE);
        var parsed = new DocumentParser().parse(doc.layout(), DiagnosticListener.NONE);
        List<Figure> figures = new Extractor().extract(doc.layout(), parsed, Diagnostics.none(doc.layout().text())).figures();
        return new Read(doc, figures);
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            // Tabel 3-5, in duizend euro
            "vl_bo2026.pdf | Verkooprecht | BO 2026 | 2.855.380 | 2855380000 | EUR | 2026",
            // Tabel 3-1, in duizend euro, a negative difference
            "vl_bo2026.pdf | Bruto aanvullende belasting op de PB | BO - BA | -94.129 | -94129000 | EUR | ",
            // Tabel 2-1, one column of values headed by its caption, in duizend euro
            "vl_bo2026.pdf | Relanceplan Vlaamse Veerkracht | Tabel 2-1: Netto-beleidsruimte (in duizend euro) | 491.197 | 491197000 | EUR | ",
            // Tabel 3-2, two header rows
            "vl_bo2026.pdf | CPI | 2026 initieel | 1,4% | 1.4 | PERCENT | 2026",
            // Tabel 1, years in the header
            "vl_eval_bo2026.pdf | FPB (sep 2025, jun 2025) | 2027 | 0,9% | 0.9 | PERCENT | 2027",
            // Tabel 5, in € dz
            "vl_eval_bo2026.pdf | ESR Uitgaven (1) | SERV 2026 | 66.092.416 | 66092416000 | EUR | 2026",
            // Tabel 5 carried on over the page break, under the header of its first page
            "vl_eval_bo2026.pdf | Rente-uitgaven (7) | SERV 2028 | 1.861.038 | 1861038000 | EUR | 2028",
            // the budget split, in euro, with cents
            "vl_efro_themis_mededeling.pdf | Beschikbare EFROsteun | Transitieregio | 112.562.632,87 | 112562632.87 | EUR | ",
    })
    void cellsCheckedByEye(String pdf, String row, String column, String quote, String value, String unit, Integer year) {
        Read r = read(pdf);
        List<Figure> found = r.figures().stream()
                .filter(f -> f.row().equals(Optional.of(row)) && f.column().equals(Optional.of(column)) && f.quote().text().equals(quote))
                .toList();
        assertEquals(1, found.size(), "one cell " + row + " / " + column + " = " + quote);
        Figure f = found.get(0);
        assertEquals(0, new BigDecimal(value).compareTo(f.value()), "value");
        assertEquals(FigureUnit.valueOf(unit), f.unit());
        assertEquals(Optional.ofNullable(year), f.referenceYear());
        assertTrue(f.measure().isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vl_bo2026.pdf", "vl_eval_bo2026.pdf", "vl_efro_themis_mededeling.pdf"})
    void noHeaderCellIsAFigure(String pdf) {
        Read r = read(pdf);
        String text = r.document().layout().text();
        for (Block b : r.document().layout().blocks(BlockKind.TABLE)) {
            Table t = b.table().orElseThrow();
            for (int h = 0; h < t.headerRows(); h++) {
                Table.Row header = t.rows().get(h);
                assertTrue(r.figures().stream().noneMatch(f -> f.quote().span().start() >= header.span().start()
                        && f.quote().span().end() <= header.span().end()),
                        "a figure in the header " + header.span().of(text));
            }
        }
    }

    @ParameterizedTest(name = "{0}: at least {1} cells")
    @CsvSource({"vl_bo2026.pdf, 300", "vl_eval_bo2026.pdf, 1600", "vl_efro_themis_mededeling.pdf, 30"})
    void mostCellsOfTheTablesBecomeFiguresWithRowAndColumn(String pdf, int least) {
        Read r = read(pdf);
        long cells = r.figures().stream().filter(f -> f.row().isPresent() && f.column().isPresent() && f.measure().isPresent()).count();
        assertTrue(cells >= least, cells + " cells with row, column and measure");
    }
}
