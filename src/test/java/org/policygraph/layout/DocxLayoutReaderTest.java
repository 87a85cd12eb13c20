package org.policygraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.DiagnosticCollector;
import org.policygraph.diagnostic.Severity;
import org.policygraph.lang.LabelStyle;
import org.policygraph.text.UnreadableInputException;

class DocxLayoutReaderTest {

    /** An advice of the Council of State, as a word processor would save it (invented text). */
    private static byte[] advice() {
        DocxBuilder b = new DocxBuilder();
        BigInteger list = b.list("decimal:%1.", "lowerLetter:%2)", "lowerRoman:%3.");
        BigInteger bullets = b.list("bullet:\uF0B7");
        b.headerAndFooter("Raad van State - advies 77.123", "Pagina 1");
        b.styled("Title", "Advies over het ontwerp van decreet over de jeugdhulp");
        b.paragraph("Brussel, 12 mei 2025\nAdvies 77.123/3");
        b.styled("Heading1", "Onderzoek van het ontwerp");
        b.withFootnote("De Raad van State heeft het ontwerp onderzocht.", "Zie advies 71.000/3 van 4 juni 2022.");
        b.item(list, 0, "Het ontwerp moet de termijnen vermelden.");
        b.item(list, 1, "voor de aanvraag;");
        b.item(list, 1, "voor het beroep.");
        b.item(list, 2, "in eerste aanleg.");
        b.item(list, 0, "De bevoegdheid moet worden verduidelijkt.");
        b.item(list, 1, "voor de gemeenten.");
        b.item(bullets, 0, "een punt zonder nummer");
        b.item(b.restart(list, 1), 0, "Een nieuwe lijst begint opnieuw bij een.");
        b.styled("Heading2", "Begroting");
        XWPFTable t = b.table(true, new String[] {"Jaar", "Budget", ""}, new String[] {"2026", "12,5", "13,0"},
                new String[] {"", "4,1", "4,3"});
        DocxBuilder.spanColumns(t, 0, 1, 2);
        DocxBuilder.spanRows(t, 1, 0);
        b.picture("Figuur 1: verdeling van de middelen");
        b.withFootnote("De griffier ondertekent het advies.", "Artikel 84 van de gecoördineerde wetten.");
        return b.bytes();
    }

    @Test
    void blocksInBodyOrderWithTitleHeadingsItemsTableAndNotes() {
        DiagnosticCollector collector = new DiagnosticCollector();
        Layout layout = DocxLayoutReader.read(advice(), collector);
        String dump = LayoutDump.of(layout);
        assertEquals(List.of(BlockKind.FURNITURE, BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH,
                BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
                BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.HEADING, BlockKind.TABLE,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.FOOTNOTE, BlockKind.FOOTNOTE, BlockKind.FURNITURE),
                HtmlLayoutReaderTest.kinds(layout), dump);
        assertEquals("Advies over het ontwerp van decreet over de jeugdhulp", layout.first(BlockKind.TITLE).orElseThrow().text());
        assertEquals("Brussel, 12 mei 2025\nAdvies 77.123/3", layout.blocks().get(2).text(), "a line break stays a line break");

        List<Block> items = layout.blocks(BlockKind.LIST_ITEM);
        assertEquals(List.of("1.", "a)", "b)", "i.", "2.", "a)", "•", "1."),
                items.stream().map(b -> b.text().substring(0, b.text().indexOf(' '))).toList(), dump);
        assertEquals(List.of(LabelStyle.ARABIC, LabelStyle.LOWER_LETTER, LabelStyle.LOWER_LETTER, LabelStyle.LOWER_ROMAN,
                LabelStyle.ARABIC, LabelStyle.LOWER_LETTER, LabelStyle.BULLET, LabelStyle.ARABIC),
                items.stream().map(b -> b.label().orElseThrow().style()).toList());
        assertEquals(List.of("b"), items.get(2).label().orElseThrow().members());
        assertTrue(layout.text().contains("onderzocht.1\n\n1. Het ontwerp moet de termijnen vermelden.\na) voor de aanvraag;\n"),
                layout.text());

        Table table = layout.first(BlockKind.TABLE).orElseThrow().table().orElseThrow();
        assertEquals(1, table.headerRows());
        assertEquals(List.of("Jaar", "Budget"), HtmlLayoutReaderTest.cells(layout, table.rows().get(0)));
        assertEquals(List.of(1, 2), table.rows().get(2).cells().stream().map(Table.Cell::column).toList(),
                "the cell merged with the one above stays empty; the others keep their columns");
        assertEquals(3, table.columnCount());

        assertEquals(List.of("1 Zie advies 71.000/3 van 4 juni 2022.", "2 Artikel 84 van de gecoördineerde wetten."),
                layout.blocks(BlockKind.FOOTNOTE).stream().map(Block::text).toList());
        assertTrue(layout.text().contains("het advies.2\n\n1 Zie advies"), "references numbered as Word shows them, notes at the end");
        assertFalse(layout.text().contains("Pagina 1") || layout.text().contains("77.123 "), "headers and footers stay out of the text");
        assertEquals(List.of("Raad van State - advies 77.123", "Pagina 1"),
                layout.blocks(BlockKind.FURNITURE).stream().map(Block::text).toList());

        List<String> skipped = collector.of(DiagnosticCode.UNREADABLE_PART).stream().map(d -> d.message()).toList();
        assertEquals(1, skipped.size(), skipped.toString());
        assertTrue(skipped.get(0).startsWith("image not read"), skipped.toString());
        assertEquals(Severity.WARNING, collector.diagnostics().get(0).severity());
        assertEquals(layout.text().indexOf("Figuur 1") - 2, collector.diagnostics().get(0).span().orElseThrow().start(),
                "the warning stands where the picture stood");
        HtmlLayoutReaderTest.assertSpansHold(layout);
    }

    @Test
    void leadingHeadingOneIsTheTitleWhenNoParagraphHasTheTitleStyle() {
        Layout layout = DocxLayoutReader.read(new DocxBuilder().styled("Heading1", "Advies over de kinderopvang")
                .paragraph("De raad adviseert gunstig.").styled("Heading1", "Situering").paragraph("Tekst.").bytes(),
                new DiagnosticCollector());
        assertEquals(List.of(BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH),
                HtmlLayoutReaderTest.kinds(layout), LayoutDump.of(layout));

        layout = DocxLayoutReader.read(new DocxBuilder().paragraph("Vlor").styled("Adviestitel", "Advies over de zij-instroom")
                .styled("Heading1", "Situering").bytes(), new DiagnosticCollector());
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.TITLE, BlockKind.HEADING), HtmlLayoutReaderTest.kinds(layout),
                "a style based on Title is a title style");
    }

    @Test
    void numberedHeadingsAndMultiLevelLabels() {
        DocxBuilder b = new DocxBuilder();
        BigInteger outline = b.list("decimal:%1.", "decimal:%1.%2", "upperLetter:(%3)");
        Layout layout = DocxLayoutReader.read(b.styled("Title", "T").item(outline, 0, "Eerste").item(outline, 1, "Deel")
                .item(outline, 1, "Deel").item(outline, 2, "Punt").item(outline, 0, "Tweede").item(outline, 1, "Deel").bytes(),
                new DiagnosticCollector());
        assertEquals(List.of("1. Eerste", "1.1 Deel", "1.2 Deel", "(A) Punt", "2. Tweede", "2.1 Deel"),
                layout.blocks(BlockKind.LIST_ITEM).stream().map(Block::text).toList());
    }

    @Test
    void readThroughLayoutsAsADocxSource(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("advies.docx");
        Files.write(file, advice());
        LaidOutDocument doc = Layouts.read(file, "advies.docx", new DiagnosticCollector());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc.source().mediaType());
        assertEquals(doc.layout().text(), doc.source().text());
        assertTrue(doc.source().text().startsWith("Advies over het ontwerp van decreet over de jeugdhulp\n\nBrussel"));
    }

    @Test
    void corruptFilesAreRefusedNamingFileAndReason(@TempDir Path dir) throws IOException {
        Path random = dir.resolve("random.docx");
        Files.write(random, "dit is geen zip maar gewone tekst".getBytes(StandardCharsets.UTF_8));
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> Layouts.read(random, "random.docx", new DiagnosticCollector()));
        assertEquals(random, e.file());
        assertTrue(e.reason().startsWith("not a readable DOCX file"), e.reason());

        Path truncated = dir.resolve("truncated.docx");
        byte[] whole = advice();
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        e = assertThrows(UnreadableInputException.class, () -> Layouts.read(truncated, "truncated.docx", new DiagnosticCollector()));
        assertTrue(e.getMessage().startsWith(truncated.toString()), e.getMessage());

        Path old = dir.resolve("old.docx");
        byte[] ole = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole, 0, magic.length);
        Files.write(old, ole);
        e = assertThrows(UnreadableInputException.class, () -> Layouts.read(old, "old.docx", new DiagnosticCollector()));
        assertTrue(e.reason().contains(".doc"), e.reason());
    }

    @Test
    void zipBombIsRefusedQuicklyWithoutUnpackingIt(@TempDir Path dir) throws IOException {
        Path bomb = dir.resolve("bomb.docx");
        Files.write(bomb, zipBomb());
        assertTrue(Files.size(bomb) < 2_000_000, "small on disk: " + Files.size(bomb));
        UnreadableInputException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(UnreadableInputException.class, () -> Layouts.read(bomb, "bomb.docx", new DiagnosticCollector())));
        assertTrue(e.reason().contains("zip bomb"), e.reason());
    }

    /** A package whose document part is 64 MB of one repeated element: tiny compressed, huge unpacked. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "<w:p><w:r><w:t>a</w:t></w:r></w:p>".repeat(30_000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 64L * 1024 * 1024; written += chunk.length)
                zip.write(chunk);
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
