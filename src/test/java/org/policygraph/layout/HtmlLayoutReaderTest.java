package org.policygraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.DiagnosticCollector;
import org.policygraph.diagnostic.Severity;
import org.policygraph.lang.LabelStyle;
import org.policygraph.testing.Corpora;
import org.policygraph.text.UnreadableInputException;

class HtmlLayoutReaderTest {

    @Test
    void adviceSummaryPageOfTheExampleCorpus() throws IOException {
        Path page = Corpora.example("adviezen/advies-leerlingenvervoer-buitengewoon-onderwijs.html");
        Layout layout = Layouts.read(page, "advies.html", new DiagnosticCollector()).layout();
        String dump = LayoutDump.of(layout);
        assertEquals(List.of(BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
                BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH,
                BlockKind.PARAGRAPH, BlockKind.FURNITURE), kinds(layout), dump);
        assertEquals("Advies over het leerlingenvervoer in het buitengewoon onderwijs",
                layout.first(BlockKind.TITLE).orElseThrow().text(), "the title alone, its subtitle apart");
        assertEquals("Voorontwerp van decreet over de organisatie van het leerlingenvervoer", layout.blocks().get(1).text());
        assertEquals("Raad Basisonderwijs", layout.blocks().get(2).text());
        assertEquals("14 november 2024", layout.blocks().get(3).text());
        assertEquals("Download het advies (pdf, 412 kB)", layout.blocks().get(10).text(), "a download line stays text");
        assertEquals("Terug naar het overzicht", layout.blocks().get(11).text(), "a link to another page is furniture");
        for (Block item : layout.blocks(BlockKind.LIST_ITEM)) {
            assertTrue(item.text().startsWith("• "), item.text());
            assertEquals(LabelStyle.BULLET, item.label().orElseThrow().style());
        }
        for (String chrome : List.of("cookies", "Alles aanvaarden", "Raden", "Home", "hoofdinhoud", "Koning Albert", "dataLayer"))
            assertFalse(layout.text().contains(chrome), chrome + " is the site's, not the advice's");
        assertSpansHold(layout);
    }

    @Test
    void pageInADeclaredSingleByteCharsetWithListsTableAndFootnotes() throws IOException {
        DiagnosticCollector collector = new DiagnosticCollector();
        HtmlLayoutReader.Read page = HtmlLayoutReader.read(resource("advies-warmteplan.html"), collector);
        Layout layout = page.layout();
        String dump = LayoutDump.of(layout);
        assertEquals("windows-1252", page.charset());
        assertEquals("Advies Warmteplan 2035", layout.first(BlockKind.TITLE).orElseThrow().text(), dump);
        assertEquals("Ontwerp van besluit over de afbakening van warmtezones", layout.blocks().get(1).text(), dump);
        assertEquals(List.of("Adviesvrager: Vlaams minister van Energie", "Raad: SERV"),
                layout.blocks(BlockKind.HEADER_FIELD).stream().map(Block::text).toList(), dump);
        assertTrue(layout.text().contains("Adviesvrager: Vlaams minister van Energie\nRaad: SERV"), "fields on consecutive lines");
        assertTrue(layout.text().contains("te weinig ruimte.\nDaarom formuleert"), "a br breaks the line inside the paragraph");
        assertTrue(layout.text().contains("warmtenet aan te sluiten.1 Het ontwerp"), "the note reference stays where it stood");

        List<Block> items = layout.blocks(BlockKind.LIST_ITEM);
        assertEquals(List.of("a. Geef", "b. Voorzie", "• met", "• met", "c. Betrek"),
                items.stream().map(b -> b.text().substring(0, b.text().indexOf(' ', b.text().indexOf(' ') + 1))).toList(), dump);
        assertEquals(LabelStyle.LOWER_LETTER, items.get(0).label().orElseThrow().style());
        assertEquals(List.of("c"), items.get(4).label().orElseThrow().members());
        assertTrue(layout.text().contains("af te bakenen.\nb. Voorzie"), "items of one list on consecutive lines");

        Block table = layout.first(BlockKind.TABLE).orElseThrow();
        Table t = table.table().orElseThrow();
        assertEquals(2, t.headerRows());
        assertEquals(5, t.rows().size());
        assertEquals(3, t.columnCount());
        assertEquals(List.of("Stedelijk", "12,5", "14,0"), cells(layout, t.rows().get(2)));
        assertEquals(List.of(1, 2), t.rows().get(3).cells().stream().map(Table.Cell::column).toList(),
                "the row under a cell spanning two rows starts in the second column");
        assertEquals(List.of(0, 1), t.rows().get(0).cells().stream().map(Table.Cell::column).toList(),
                "a header spanning two columns takes the first");
        assertEquals("–1,5", cells(layout, t.rows().get(4)).get(2), "decoded in windows-1252");
        assertTrue(layout.text().contains("(in miljoen euro)\n\nZone Investering\n2026 2027"), layout.text());

        assertEquals(List.of("1 Zie het Energieplan 2030, p. 14."), layout.blocks(BlockKind.FOOTNOTE).stream().map(Block::text).toList());
        assertTrue(layout.blocks().stream().anyMatch(b -> b.kind() == BlockKind.PARAGRAPH && b.text().equals("Download het advies (pdf, 350 kB)")));
        for (String gone : List.of("verborgen", "Over ons", "Home", "console", "Wetstraat", "↩"))
            assertFalse(layout.text().contains(gone), gone);

        List<String> skipped = collector.of(DiagnosticCode.UNREADABLE_PART).stream().map(d -> d.message()).toList();
        assertEquals(2, skipped.size(), skipped.toString());
        assertTrue(skipped.get(0).contains("iframe") && skipped.get(0).contains("video.example"), skipped.toString());
        assertTrue(skipped.get(1).contains("Kaart van de warmtezones"), skipped.toString());
        assertTrue(collector.diagnostics().stream().allMatch(d -> d.severity() == Severity.WARNING && d.span().isPresent()));
        assertSpansHold(layout);
    }

    @Test
    void orderedListTypesStartsValuesAndOwnLabels() {
        Layout layout = html("<h1>Titel</h1><ol type='I' start='3'><li>derde</li><li>vierde</li></ol>"
                + "<ol><li value='7'>zeven</li><li>acht</li></ol>"
                + "<ol reversed><li>twee</li><li>een</li></ol>"
                + "<ul style='list-style: none'><li>1° eerst</li><li>2° dan</li></ul>");
        assertEquals(List.of("III. derde", "IV. vierde", "7. zeven", "8. acht", "2. twee", "1. een", "1° eerst", "2° dan"),
                layout.blocks(BlockKind.LIST_ITEM).stream().map(Block::text).toList(), LayoutDump.of(layout));
        assertEquals(LabelStyle.UPPER_ROMAN, layout.blocks(BlockKind.LIST_ITEM).get(0).label().orElseThrow().style());
        assertEquals(List.of("1"), layout.blocks(BlockKind.LIST_ITEM).get(6).label().orElseThrow().members());
    }

    @Test
    void pageWithoutH1IsTitledByItsTitleElement() {
        Layout layout = html("<html><head><title>Advies over de kinderbijslag | Gezinsraad</title></head>"
                + "<body><h2>Advies over de kinderbijslag</h2><p>De raad adviseert gunstig, onder voorwaarden die hieronder volgen.</p>"
                + "<h2>Voorwaarden</h2><p>Tekst.</p></body></html>");
        assertEquals(List.of(BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH), kinds(layout), LayoutDump.of(layout));
        assertEquals("Advies over de kinderbijslag", layout.first(BlockKind.TITLE).orElseThrow().text());
    }

    @Test
    void aHeadingBeforeTheH1DoesNotTakeItsPlace() {
        Layout layout = html("<article><header><h3>Adviezen 2025</h3><h1>Advies over de jeugdhulp</h1></header>"
                + "<p>De raad adviseert.</p></article>");
        assertEquals(List.of(BlockKind.HEADING, BlockKind.TITLE, BlockKind.PARAGRAPH), kinds(layout), LayoutDump.of(layout));
    }

    @Test
    void definitionsDivsAndBreaks() {
        Layout layout = html("<h1>T</h1><p>" + "Een lange inleiding die als lopende tekst geldt en dus het hoofd van de pagina afsluit, "
                + "want ze is heel wat langer dan een veld ooit zou mogen zijn.</p>"
                + "<dl><dt>Datum</dt><dd>4 april 2025</dd><dt>Toelichting</dt><dd>Een toelichting die veel langer is dan een veld "
                + "mag zijn, zodat ze als alinea onder haar eigen kop komt te staan in de tekst.</dd></dl>"
                + "<div>losse tekst in een div<div>en een geneste div</div></div>");
        assertEquals(List.of(BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH), kinds(layout), LayoutDump.of(layout));
        assertEquals("Datum: 4 april 2025", layout.blocks().get(2).text(), "after running text a pair is a paragraph");
        assertEquals("Toelichting", layout.blocks().get(3).text());
        assertEquals("en een geneste div", layout.blocks().get(6).text());
    }

    @Test
    void deeplyNestedMarkupIsReadWithoutOverflowingTheStack() {
        Layout layout = html("<h1>Diep</h1>" + "<div><span>".repeat(5_000) + "de kern" + "</span></div>".repeat(5_000)
                + "<ul>" + "<li>punt<ul>".repeat(3_000) + "</ul></li>".repeat(3_000) + "</ul>");
        assertTrue(layout.text().contains("de kern"), LayoutDump.of(layout));
    }

    @Test
    void undeclaredBytesThatAreNotUtf8AreReadAsWindows1252() {
        byte[] bytes = "<html><body><h1>Advies</h1><p>Een café kost € 5.</p></body></html>".getBytes(Charset.forName("windows-1252"));
        HtmlLayoutReader.Read page = HtmlLayoutReader.read(bytes, new DiagnosticCollector());
        assertEquals("windows-1252", page.charset());
        assertTrue(page.layout().text().contains("Een café kost € 5."), page.layout().text());
    }

    @Test
    void unreadablePagesAreRefusedNamingFileAndReason(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("scan.html");
        Files.write(binary, new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, 0, 0, 5});
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> Layouts.read(binary, "scan.html", new DiagnosticCollector()));
        assertEquals(binary, e.file());
        assertTrue(e.reason().contains("binary"), e.reason());
        assertTrue(e.getMessage().startsWith(binary.toString()), e.getMessage());

        Path chrome = dir.resolve("menu.htm");
        Files.writeString(chrome, "<html><body><nav><a href='/'>Home</a></nav><script>var x = 1;</script>"
                + "<div class='cookie-banner'>Cookies?</div></body></html>");
        e = assertThrows(UnreadableInputException.class, () -> Layouts.read(chrome, "menu.htm", new DiagnosticCollector()));
        assertTrue(e.reason().contains("no readable text"), e.reason());

        Path lying = dir.resolve("lying.html");
        byte[] latin = "<html><head><meta charset='utf-8'></head><body><p>ééééé àààà ççç</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(lying, latin);
        e = assertThrows(UnreadableInputException.class, () -> Layouts.read(lying, "lying.html", new DiagnosticCollector()));
        assertTrue(e.reason().contains("not valid UTF-8"), e.reason());
    }

    @Test
    void readThroughLayoutsAsAnHtmlSource(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("advies.htm");
        Files.writeString(page, "<html><body><h1>Advies</h1><p>Tekst van het advies.</p></body></html>");
        LaidOutDocument doc = Layouts.read(page, "advies.htm", new DiagnosticCollector());
        assertEquals("text/html", doc.source().mediaType());
        assertEquals("UTF-8", doc.source().encoding());
        assertEquals("Advies\n\nTekst van het advies.", doc.source().text());
        assertEquals(doc.layout().text(), doc.source().text());
    }

    static List<BlockKind> kinds(Layout layout) {
        return layout.blocks().stream().map(Block::kind).toList();
    }

    static List<String> cells(Layout layout, Table.Row row) {
        return row.cells().stream().map(c -> c.span().of(layout.text())).toList();
    }

    /** Every block's text is its span's text; table cells lie inside their table. */
    static void assertSpansHold(Layout layout) {
        for (Block b : layout.content()) {
            assertEquals(b.text(), b.span().of(layout.text()), b.toString());
            b.table().ifPresent(t -> t.rows().forEach(r -> r.cells().forEach(c ->
                    assertTrue(c.span().start() >= b.span().start() && c.span().end() <= b.span().end(), c.toString()))));
        }
    }

    private static Layout html(String html) {
        return HtmlLayoutReader.read(html.getBytes(StandardCharsets.UTF_8), new DiagnosticCollector()).layout();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = HtmlLayoutReaderTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
