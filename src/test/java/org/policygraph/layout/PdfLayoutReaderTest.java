package org.policygraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.DiagnosticCollector;
import org.policygraph.diagnostic.DiagnosticListener;
import org.policygraph.text.PdfFixtures;
import org.policygraph.text.UnreadableInputException;
import org.policygraph.testing.Corpora;

class PdfLayoutReaderTest {

    private static final float LEFT = 56;
    private static final float BODY = 10;
    private static final float LEADING = 13;

    /** Running text of our own, wrapped as a column of about 90 characters would wrap it. */
    private static final String[] PARAGRAPH = {
            "De gemeente legde in 2024 samen met de provincie nieuwe fietspaden aan langs de gewestwegen",
            "tussen de deelgemeenten, zodat scholieren veilig naar school kunnen fietsen in elk seizoen.",
            "Het budget daarvoor werd over drie jaren gespreid en jaarlijks aan de gemeenteraad voorgelegd."};

    @TempDir
    Path tmp;

    private static Layout read(byte[] pdf, DiagnosticListener listener) {
        return PdfLayoutReader.read(pdf, listener);
    }

    private static Layout read(byte[] pdf) {
        return read(pdf, DiagnosticListener.NONE);
    }

    @Test
    void theLargestTypeAtTheTopOfTheFirstPageIsTheTitleOverItsLines() {
        PdfCanvas c = new PdfCanvas().page()
                .text(LEFT, 60, 9, false, "Stuk 47 (2025-2026) - Nr. 2")
                .text(LEFT, 160, 20, true, "Evaluatie van het")
                .text(LEFT, 186, 20, true, "fietsbeleid 2026")
                .text(LEFT, 240, 12, false, "Nota van de studiedienst");
        c.lines(LEFT, 300, BODY, LEADING, PARAGRAPH);
        c.page().lines(LEFT, 80, BODY, LEADING, PARAGRAPH);
        Layout layout = read(c.bytes());
        Block title = layout.first(BlockKind.TITLE).orElseThrow();
        assertEquals("Evaluatie van het fietsbeleid 2026", title.text());
        assertEquals(1, title.box().orElseThrow().page());
        assertEquals(1, layout.blocks(BlockKind.TITLE).size());
        assertTrue(layout.text().indexOf("Stuk 47") < title.span().start(), "what stands above the title stays before it");
    }

    @Test
    void aTitleInFakeBoldPrintedTwiceReadsOnce() {
        // a word processor's fake bold: every line printed again a hair to the right
        PdfCanvas c = new PdfCanvas().page()
                .text(LEFT, 160, 20, false, "Evaluatie van het")
                .text(LEFT + 0.4f, 160, 20, false, "Evaluatie van het")
                .text(LEFT, 186, 20, false, "fietsbeleid 2026")
                .text(LEFT + 0.4f, 186, 20, false, "fietsbeleid 2026");
        c.lines(LEFT, 300, BODY, LEADING, PARAGRAPH);
        c.lines(LEFT + 0.3f, 300, BODY, LEADING, PARAGRAPH);
        Layout layout = read(c.bytes());
        assertEquals("Evaluatie van het fietsbeleid 2026", layout.first(BlockKind.TITLE).orElseThrow().text());
        String text = layout.text();
        assertEquals(text.indexOf(PARAGRAPH[0]), text.lastIndexOf(PARAGRAPH[0]), text);
        assertEquals(text.indexOf(PARAGRAPH[PARAGRAPH.length - 1]), text.lastIndexOf(PARAGRAPH[PARAGRAPH.length - 1]), text);
    }

    @Test
    void aSubjectLineUnderTheKindOfDocumentIsTheTitle() {
        PdfCanvas c = new PdfCanvas().page()
                .text(LEFT, 150, 24, true, "NOTA AAN DE GEMEENTERAAD")
                .text(LEFT, 200, 13, false, "Betreft: Fietspaden langs de gewestwegen 2026-2028")
                .lines(LEFT, 260, BODY, LEADING, PARAGRAPH);
        Layout layout = read(c.bytes());
        assertEquals("Fietspaden langs de gewestwegen 2026-2028", layout.first(BlockKind.TITLE).orElseThrow().text());
        List<String> fields = layout.blocks(BlockKind.HEADER_FIELD).stream().map(Block::text).toList();
        assertEquals(List.of("NOTA AAN DE GEMEENTERAAD", "Betreft:"), fields);
    }

    @Test
    void aPageInTwoColumnsIsReadColumnByColumn() {
        String[] left = {"Links staat het begin van een betoog", "over de fietspaden die de gemeente", "aanlegde langs de drukke wegen naar",
                "de scholen van de deelgemeenten.", "Dat werk liep over drie jaren en kostte", "meer dan eerst geraamd was door de",
                "dienst mobiliteit van de gemeente."};
        String[] right = {"Rechts gaat het over de bussen die", "de vervoermaatschappij inzette op de", "lijnen naar het station en naar het",
                "ziekenhuis in het centrum van de stad.", "Ook die lijnen werden in drie jaren", "vernieuwd en kregen nieuwe haltes",
                "met overdekte wachtruimtes."};
        PdfCanvas c = new PdfCanvas().page();
        c.lines(LEFT, 100, BODY, LEADING, left);
        c.lines(310, 100, BODY, LEADING, right);
        String text = read(c.bytes()).text();
        assertTrue(text.contains("over de fietspaden die de gemeente aanlegde langs de drukke wegen naar de scholen"), text);
        assertTrue(text.contains("Rechts gaat het over de bussen die de vervoermaatschappij inzette"), text);
        assertTrue(text.indexOf("dienst mobiliteit") < text.indexOf("Rechts gaat het"), text);
    }

    @Test
    void aTableAcrossATwoColumnPageStaysWhole() {
        String[] left = {"Links staat het begin van een betoog", "over de fietspaden die de gemeente", "aanlegde langs de drukke wegen naar",
                "de scholen van de deelgemeenten."};
        String[] right = {"Rechts gaat het over de bussen die", "de vervoermaatschappij inzette op de", "lijnen naar het station en naar het",
                "ziekenhuis in het centrum van de stad."};
        PdfCanvas c = new PdfCanvas().page();
        c.lines(LEFT, 100, BODY, LEADING, left).lines(310, 100, BODY, LEADING, right)
                .text(LEFT, 200, 9, false, "Fietspaden").right(400, 200, 9, "12,5").right(480, 200, 9, "14,0")
                .text(LEFT, 214, 9, false, "Busbanen").right(400, 214, 9, "3,1").right(480, 214, 9, "2,9")
                .text(LEFT, 228, 9, false, "Spoorwegen").right(400, 228, 9, "0,4").right(480, 228, 9, "0,6");
        Layout layout = read(c.bytes());
        Table table = layout.first(BlockKind.TABLE).orElseThrow().table().orElseThrow();
        assertEquals(List.of("Busbanen", "3,1", "2,9"),
                table.rows().get(1).cells().stream().map(cell -> cell.span().of(layout.text())).toList());
        assertTrue(layout.text().indexOf("ziekenhuis in het centrum") < layout.text().indexOf("Fietspaden"));
    }

    @Test
    void aTableIsReadByTheXPositionsOfItsCellsWithItsUnitLineBeforeIt() {
        PdfCanvas c = new PdfCanvas().page().lines(LEFT, 80, BODY, LEADING, PARAGRAPH)
                .text(LEFT, 140, 9, false, "Uitgaven per domein (in duizend euro)")
                .text(LEFT, 160, 9, true, "Domein").right(380, 160, 9, "2025").right(460, 160, 9, "2026")
                .text(LEFT, 174, 9, false, "Onderwijs en Vorming").right(380, 174, 9, "19.545.147").right(460, 174, 9, "20.027.270")
                .text(LEFT, 188, 9, false, "Omgeving").right(380, 188, 9, "3.777.768").right(460, 188, 9, "-413.365")
                .text(LEFT, 202, 9, false, "Welzijn").right(380, 202, 9, "17.820").right(460, 202, 9, "18.304")
                .text(LEFT, 216, 9, false, "Totaal").right(420, 216, 9, "41.143.735");
        c.lines(LEFT, 260, BODY, LEADING, PARAGRAPH);
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        Layout layout = read(c.bytes(), diagnostics);
        Block block = layout.first(BlockKind.TABLE).orElseThrow();
        Table table = block.table().orElseThrow();
        assertEquals(3, table.columnXs().size());
        assertEquals(1, table.headerRows());
        assertEquals(5, table.rows().size());
        String text = layout.text();
        assertEquals(List.of("Omgeving", "3.777.768", "-413.365"),
                table.rows().get(2).cells().stream().map(cell -> cell.span().of(text)).toList());
        assertEquals(List.of(0, 1, 2), table.rows().get(2).cells().stream().map(Table.Cell::column).toList());
        assertEquals(List.of("Domein", "2025", "2026"), table.rows().get(0).cells().stream().map(cell -> cell.span().of(text)).toList());
        assertEquals("Uitgaven per domein (in duizend euro)", table.caption().orElseThrow().of(text));
        int at = layout.blocks().indexOf(block);
        assertEquals(table.caption().orElseThrow(), layout.blocks().get(at - 1).span(), "the unit line right before the table");
        assertEquals(1, diagnostics.of(DiagnosticCode.TABLE_ROW_UNALIGNED).size(), "the total stands between the columns");
        assertEquals("Totaal 41.143.735", diagnostics.of(DiagnosticCode.TABLE_ROW_UNALIGNED).get(0).span().orElseThrow().of(text));
    }

    @Test
    void aBudgetTableKeepsItsLongLabelsAndLabelsOverTwoLinesInItsRows() {
        PdfCanvas c = new PdfCanvas().page().lines(LEFT, 60, BODY, LEADING, PARAGRAPH);
        c.text(LEFT, 110, 9, true, "Code").text(100, 110, 9, true, "Omschrijving").right(500, 110, 9, "2025").right(560, 110, 9, "2026")
                // a label longer than a cell, before its values
                .text(LEFT, 124, 9, false, "WV").text(100, 124, 9, false, "Onderhoud van de gewestwegen en de fietspaden langs de kanalen in de provincie")
                .right(500, 124, 9, "12.500").right(560, 124, 9, "13.000")
                // the first line of a label alone, longer than a cell; its values stand with its last line
                .text(100, 136, 9, false, "Investeringsprogramma voor de sluizen en de stuwen (inclusief de voorbereidende")
                .text(LEFT, 148, 9, false, "SL").text(100, 148, 9, false, "studies)").right(500, 148, 9, "4.200").right(560, 148, 9, "5.100")
                // the values with the first line; the code with the last line, below them
                .text(100, 160, 9, false, "Bijdrage aan de vervoermaatschappij voor de nieuwe lijnen naar het ziekenhuis")
                .right(500, 160, 9, "8.000").right(560, 160, 9, "8.400")
                .text(LEFT, 172, 9, false, "VV").text(100, 172, 9, false, "en de bedrijventerreinen langs de ring")
                .text(LEFT, 184, 9, false, "HA").text(100, 184, 9, false, "Havens").right(500, 184, 9, "1.000").right(560, 184, 9, "1.100")
                // a caption close below, and a table right under it: never a label of this one
                .text(LEFT, 208, 9, false, "Tabel 2: Overzicht van de ontvangsten per bron, in duizend euro, lopende prijzen")
                .text(LEFT, 221, 9, false, "Belastingen").right(500, 221, 9, "5.000").right(560, 221, 9, "5.500")
                .text(LEFT, 233, 9, false, "Dotaties").right(500, 233, 9, "3.000").right(560, 233, 9, "3.200");
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        Layout layout = read(c.bytes(), diagnostics);
        String text = layout.text();
        List<Block> tables = layout.blocks(BlockKind.TABLE);
        assertEquals(2, tables.size(), layout.blocks().toString());
        List<List<String>> rows = tables.get(0).table().orElseThrow().rows().stream()
                .map(row -> row.cells().stream().map(cell -> cell.span().of(text)).toList()).toList();
        assertEquals(List.of(
                List.of("Code", "Omschrijving", "2025", "2026"),
                List.of("WV", "Onderhoud van de gewestwegen en de fietspaden langs de kanalen in de provincie", "12.500", "13.000"),
                List.of("SL", "Investeringsprogramma voor de sluizen en de stuwen (inclusief de voorbereidende studies)", "4.200", "5.100"),
                List.of("VV", "Bijdrage aan de vervoermaatschappij voor de nieuwe lijnen naar het ziekenhuis en de bedrijventerreinen langs de ring",
                        "8.000", "8.400"),
                List.of("HA", "Havens", "1.000", "1.100")), rows);
        assertEquals(List.of("Belastingen", "Dotaties"), tables.get(1).table().orElseThrow().rows().stream()
                .map(row -> row.cells().get(0).span().of(text)).toList());
        assertTrue(diagnostics.of(DiagnosticCode.TABLE_ROW_UNALIGNED).isEmpty(), diagnostics.diagnostics().toString());
    }

    @Test
    void aShortCaptionBetweenTwoTablesJoinsNeither() {
        PdfCanvas c = new PdfCanvas().page().lines(LEFT, 60, BODY, LEADING, PARAGRAPH)
                .text(LEFT, 120, 9, false, "Onderwijs").right(400, 120, 9, "100").right(480, 120, 9, "110")
                .text(LEFT, 132, 9, false, "Welzijn").right(400, 132, 9, "200").right(480, 132, 9, "210")
                .text(LEFT, 156, 9, false, "Tabel 3: Ontvangsten")
                .text(LEFT, 169, 9, false, "Belastingen").right(400, 169, 9, "5.000").right(480, 169, 9, "5.500")
                .text(LEFT, 181, 9, false, "Dotaties").right(400, 181, 9, "3.000").right(480, 181, 9, "3.200");
        Layout layout = read(c.bytes());
        String text = layout.text();
        List<Block> tables = layout.blocks(BlockKind.TABLE);
        assertEquals(2, tables.size(), LayoutDump.of(layout));
        assertEquals(List.of("Belastingen", "Dotaties"), tables.get(1).table().orElseThrow().rows().stream()
                .map(row -> row.cells().get(0).span().of(text)).toList());
    }

    @Test
    void headerCellsOfTwoAndThreeLinesCentredInTheHeaderAllHeadTheTable() {
        // three-line cells at 129, 143, 157 and two-line cells at 136, 150: five rows, three lines high
        PdfCanvas c = new PdfCanvas().page().lines(LEFT, 60, BODY, LEADING, PARAGRAPH)
                .text(LEFT, 143, 9, true, "Domein")
                .text(200, 136, 9, true, "Besparing").text(200, 150, 9, true, "subsidies")
                .text(280, 129, 9, true, "Overige be-").text(280, 143, 9, true, "sparingen").text(280, 157, 9, true, "ronde 2026")
                .text(360, 136, 9, true, "Efficiëntie-").text(360, 150, 9, true, "winsten")
                .text(440, 129, 9, true, "Totale").text(440, 143, 9, true, "bespa-").text(440, 157, 9, true, "ringen")
                .text(LEFT, 171, 9, false, "Onderwijs").right(250, 171, 9, "9.271").right(330, 171, 9, "83.333")
                .right(410, 171, 9, "6.000").right(490, 171, 9, "98.604")
                .text(LEFT, 185, 9, false, "Omgeving").right(250, 185, 9, "32.131").right(330, 185, 9, "70.549")
                .right(410, 185, 9, "24.250").right(490, 185, 9, "126.930");
        Layout layout = read(c.bytes());
        String text = layout.text();
        Table table = layout.first(BlockKind.TABLE).orElseThrow(() -> new AssertionError(LayoutDump.of(layout))).table().orElseThrow();
        List<String> firstCells = table.rows().stream().map(row -> row.cells().get(0).span().of(text)).toList();
        assertEquals("Onderwijs", firstCells.get(table.headerRows()), LayoutDump.of(layout));
        assertEquals(table.headerRows() + 2, table.rows().size(), LayoutDump.of(layout));
        assertTrue(layout.blocks().stream().filter(b -> b.kind() != BlockKind.TABLE).noneMatch(b -> b.text().contains("Overige")),
                "the header's first line is the table's: " + LayoutDump.of(layout));
    }

    @Test
    void runningTextAboveATableInSmallerTypeIsNoHeading() {
        // the table's letters outnumber the paragraph's, so the page's body type is the table's
        PdfCanvas c = new PdfCanvas().page().lines(LEFT, 80, 11, 13.5f,
                "De gemeente legde in 2024 samen met de provincie nieuwe fietspaden aan langs de",
                "gewestwegen tussen de deelgemeenten, met een budget van 4,2 miljoen euro voor",
                "de eerste fase en een geraamde meerkost voor de tweede fase ten belope van 1,3 miljoen",
                "euro in 2025. Tot slot worden de eenmalige besparingen van vorig jaar teruggedraaid,",
                "met negatieve impact op de beleidsruimte.");
        String[] domains = {"Onderwijs en vorming", "Welzijn en gezondheid", "Mobiliteit en openbare werken", "Omgeving en natuur",
                "Cultuur, jeugd en media", "Werk en economie", "Financiën en begroting", "Kanselarij en bestuur", "Landbouw en visserij",
                "Wonen en stedenbeleid", "Justitie en handhaving", "Sport en recreatie"};
        c.text(LEFT, 170, 9, true, "Domein").right(420, 170, 9, "2025").right(500, 170, 9, "2026");
        for (int d = 0; d < domains.length; d++)
            c.text(LEFT, 184 + 14 * d, 9, false, domains[d]).right(420, 184 + 14 * d, 9, (100 + d) + ".000")
                    .right(500, 184 + 14 * d, 9, (200 + d) + ".000");
        Layout layout = read(c.bytes());
        assertTrue(layout.blocks(BlockKind.HEADING).isEmpty(), LayoutDump.of(layout));
        assertEquals(1, layout.blocks(BlockKind.PARAGRAPH).size(), LayoutDump.of(layout));
    }

    @Test
    void smallNumberedTypeAtTheFootOfAPageIsAFootnote() {
        PdfCanvas c = new PdfCanvas().page().lines(LEFT, 80, BODY, LEADING, PARAGRAPH)
                .lines(LEFT, 140, BODY, LEADING, PARAGRAPH)
                .text(LEFT, 760, 7.5f, false, "1 Zie het jaarverslag van de dienst mobiliteit over 2024.")
                .text(LEFT, 770, 7.5f, false, "2 De raming werd in juni bijgesteld.");
        c.page().lines(LEFT, 80, BODY, LEADING, PARAGRAPH);
        Layout layout = read(c.bytes());
        assertEquals(List.of("1 Zie het jaarverslag van de dienst mobiliteit over 2024.", "2 De raming werd in juni bijgesteld."),
                layout.blocks(BlockKind.FOOTNOTE).stream().map(Block::text).toList());
        assertTrue(layout.blocks(BlockKind.PARAGRAPH).stream().noneMatch(b -> b.text().contains("jaarverslag")));
    }

    @Test
    void noteMarkersRaisedInSmallTypeAreNoPartOfTheirWords() {
        float y = 100;
        String first = "De kosten van de Vlaamse overheid";
        String second = "De oppervlakte is 1.000 m";
        String third = "Een groei van 10";
        String fourth = "De schuld stijgt tot 2030";
        float marker = 5.5f;
        PdfCanvas c = new PdfCanvas().page()
                .text(LEFT, y, BODY, false, first)
                .text(LEFT + PdfCanvas.width(first, BODY), y - 3.5f, marker, false, "22")
                .text(LEFT + PdfCanvas.width(first, BODY) + PdfCanvas.width("22", marker), y, BODY, false, ", zo blijkt uit de cijfers.")
                .text(LEFT, y + 40, BODY, false, second)
                .text(LEFT + PdfCanvas.width(second, BODY), y + 40 - 3.5f, marker, false, "2")
                .text(LEFT + PdfCanvas.width(second, BODY) + PdfCanvas.width("2", marker), y + 40, BODY, false, " en de groei 10")
                .text(LEFT + PdfCanvas.width(second + " en de groei 10", BODY), y + 40 - 3.5f, marker, false, "6")
                .text(LEFT, y + 80, BODY, false, third + " procent.")
                .text(LEFT + PdfCanvas.width(third + " procent.", BODY), y + 80 - 3.5f, marker, false, "3")
                .text(LEFT, y + 120, BODY, false, fourth)
                .text(LEFT + PdfCanvas.width(fourth, BODY), y + 120 - 3.5f, marker, false, "7")
                .text(LEFT + PdfCanvas.width(fourth, BODY) + PdfCanvas.width("7", marker), y + 120, BODY, false, " volgens de raming.")
                .text(LEFT, 760, 7.5f, false, "22 Zie het jaarverslag van de dienst over 2024.");
        // a marker of several notes, and a word ending in "m" that is no unit
        String fifth = "Het nieuwe systeem";
        String sixth = "Een snelheid van 9,8 m/s";
        String seventh = "Een schaal van 5x10";
        float x = LEFT + PdfCanvas.width(fifth, BODY);
        c.text(LEFT, y + 160, BODY, false, fifth).text(x, y + 160 - 3.5f, marker, false, "1,3-5")
                .text(x + PdfCanvas.width("1,3-5", marker), y + 160, BODY, false, " werkt.")
                .text(LEFT, y + 200, BODY, false, sixth).text(LEFT + PdfCanvas.width(sixth, BODY), y + 200 - 3.5f, marker, false, "2")
                .text(LEFT, y + 240, BODY, false, seventh).text(LEFT + PdfCanvas.width(seventh, BODY), y + 240 - 3.5f, marker, false, "6");
        Layout layout = read(c.bytes());
        String text = layout.text();
        assertTrue(text.contains("De kosten van de Vlaamse overheid, zo blijkt uit de cijfers."), text);
        // a unit's power and a number's power are no note markers
        assertTrue(text.contains("1.000 m2 en de groei 106"), text);
        assertTrue(text.contains("Een groei van 10 procent."), text);
        assertTrue(!text.contains("procent.3"), text);
        assertTrue(text.contains("Het nieuwe systeem werkt."), text);
        assertTrue(text.contains("9,8 m/s2") && text.contains("5x106"), text);
        // a marker after a year is no digit of the year
        assertTrue(text.contains("De schuld stijgt tot 2030 volgens de raming."), text);
        assertEquals(List.of("22 Zie het jaarverslag van de dienst over 2024."),
                layout.blocks(BlockKind.FOOTNOTE).stream().map(Block::text).toList());
    }

    @Test
    void runningHeadersAndPageNumbersAreFurnitureKeptOutOfTheText() {
        PdfCanvas c = new PdfCanvas();
        String[] openings = {"Eerst de fietspaden.", "Dan de bussen.", "Tot slot de treinen."};
        for (int n = 1; n <= 3; n++) {
            c.page().text(LEFT, 36, 8, false, "Gemeente Voorbeeld - nota fietsbeleid").text(LEFT, 90, BODY, false, openings[n - 1])
                    .lines(LEFT, 116 + 40 * n, BODY, LEADING, PARAGRAPH).text(280, 810, 8, false, "Pagina " + n + " van 3");
        }
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        Layout layout = read(c.bytes(), diagnostics);
        assertFalse(layout.text().contains("Gemeente Voorbeeld"), layout.text());
        assertFalse(layout.text().contains("Pagina"), layout.text());
        assertEquals(6, layout.blocks(BlockKind.FURNITURE).size());
        Block first = layout.blocks().get(0);
        assertEquals(BlockKind.FURNITURE, first.kind());
        assertEquals("Gemeente Voorbeeld - nota fietsbeleid", first.text());
        assertEquals(1, diagnostics.of(DiagnosticCode.FURNITURE_REMOVED).size());
        assertTrue(diagnostics.of(DiagnosticCode.FURNITURE_REMOVED).get(0).message().contains("6 lines"));
    }

    @Test
    void largerOrBoldShortLinesAreHeadingsAndLabelledLinesListItems() {
        PdfCanvas c = new PdfCanvas().page()
                .text(LEFT, 50, 22, true, "Fietsbeleid")
                .text(LEFT, 80, 14, true, "1. Inleiding")
                .lines(LEFT, 110, BODY, LEADING, PARAGRAPH)
                .text(LEFT, 170, BODY, true, "Aanpak van de werken")
                .lines(LEFT, 190, BODY, LEADING, PARAGRAPH)
                .text(LEFT, 250, BODY, false, "1. Hoeveel kilometer fietspad werd aangelegd?")
                .text(LEFT, 263, BODY, false, "2. Welk budget is voorzien voor 2026?");
        Layout layout = read(c.bytes());
        assertEquals(List.of("1. Inleiding", "Aanpak van de werken"), layout.blocks(BlockKind.HEADING).stream().map(Block::text).toList());
        List<Block> items = layout.blocks(BlockKind.LIST_ITEM);
        assertEquals(2, items.size());
        assertEquals("1", items.get(0).label().orElseThrow().core());
        assertTrue(layout.content().stream().allMatch(b -> b.box().isPresent()));
    }

    @Test
    void aBoldLeadInOfAParagraphIsNoHeading() {
        PdfCanvas c = new PdfCanvas().page()
                .text(LEFT, 80, BODY, true, "De gemeente legde in 2024 samen met de provincie nieuwe fietspaden aan langs de")
                .lines(LEFT, 93, BODY, LEADING, "gewestwegen tussen de deelgemeenten, zodat scholieren veilig kunnen fietsen.")
                .lines(LEFT, 130, BODY, LEADING, PARAGRAPH);
        Layout layout = read(c.bytes());
        assertEquals(List.of(), layout.blocks(BlockKind.HEADING));
        assertTrue(layout.text().startsWith("De gemeente legde in 2024 samen met de provincie nieuwe fietspaden aan langs de gewestwegen"));
    }

    @Test
    void manyPagesWithLittleTextAreReportedAsThin() {
        PdfCanvas c = new PdfCanvas();
        String[] lines = {"Zie de bijlage voor de cijfers van dit jaar.", "Hier volgt een grafiek van de uitgaven.",
                "Deze pagina bleef leeg in de gedrukte versie.", "Een kaart van de regio met de nieuwe wegen.",
                "Foto van de nieuwe brug over het kanaal.", "Einde van het verslag over de werken."};
        for (String line : lines)
            c.page().text(LEFT, 100, BODY, false, line);
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        read(c.bytes(), diagnostics);
        assertEquals(1, diagnostics.of(DiagnosticCode.OUTPUT_THIN).size(), diagnostics.diagnostics().toString());
    }

    @Test
    void aFullPageIsNotThin() {
        PdfCanvas c = new PdfCanvas();
        for (int n = 1; n <= 3; n++) {
            c.page().text(LEFT, 60, BODY, false, "Deel " + "ABC".charAt(n - 1) + " van het verslag");
            for (int p = 0; p < 8; p++)
                c.lines(LEFT, 80 + p * 60, BODY, LEADING, PARAGRAPH);
        }
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        read(c.bytes(), diagnostics);
        assertEquals(List.of(), diagnostics.of(DiagnosticCode.OUTPUT_THIN));
    }

    @Test
    void unreadablePdfsAreRefusedWithTheSameReasons() throws Exception {
        byte[] good = PdfFixtures.pdfOf(Corpora.example("vragen/sv-0312-fietspaden.txt"));
        assertEquals("encrypted PDF: it cannot be opened without a password", reason(PdfFixtures.encrypted(good, "geheim")));
        assertEquals("no text layer (3 pages with 0 letters or digits of text): a scan without OCR?", reason(PdfFixtures.imageOnly(3)));
        assertEquals("truncated PDF (no %%EOF marker at the end)", reason(java.util.Arrays.copyOf(good, good.length / 2)));
        assertEquals("not a PDF: the file holds plain text (no %PDF- header)", reason("SCHRIFTELIJKE VRAAG\n".getBytes()));
    }

    private String reason(byte[] bytes) throws Exception {
        Path file = tmp.resolve("x" + System.nanoTime() + ".pdf");
        Files.write(file, bytes);
        return assertThrows(UnreadableInputException.class, () -> Layouts.read(file, "x.pdf", DiagnosticListener.NONE)).reason();
    }
}
