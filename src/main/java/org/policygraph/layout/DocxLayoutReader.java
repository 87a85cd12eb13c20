package org.policygraph.layout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.policygraph.deadline.WorkDeadline;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.DiagnosticListener;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.lang.ItemLabel;
import org.policygraph.lang.ItemLabels;
import org.policygraph.lang.LabelStyle;
import org.policygraph.model.Span;

/**
 * Reads a DOCX file into a layout (Apache POI): paragraphs and tables in body order, the Title
 * style (or a leading Heading 1) the title, heading styles headings, numbered and bulleted
 * paragraphs list items with the label Word displays written into the text ({@link DocxNumbering}),
 * tables rows and cells with merged cells kept in their columns, footnotes and endnotes at the end,
 * headers and footers furniture. Images, charts, embedded objects and text boxes are skipped with a
 * warning.
 * <pre>{@code
 * Layout layout = DocxLayoutReader.read(bytes, collector);
 * }</pre>
 */
public final class DocxLayoutReader {

    /** The name this reader gives its layouts. */
    public static final String NAME = "DOCX";
    /** What the source record names as encoding: the parts of a DOCX are XML, read as Unicode. */
    public static final String ENCODING = "DOCX (XML)";

    /** The largest part (document.xml, an image) unpacked; a real document's text part is a few MB. */
    private static final long MAX_PART_BYTES = 48L * 1024 * 1024;
    /** Smallest compressed-to-unpacked ratio accepted: below it a part is taken for a zip bomb. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    /** POI writes a note reference into the run's text; it becomes the number Word shows. */
    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(footnoteRef|endnoteRef):(-?\\d+)]");
    private static final Pattern HEADING_STYLE = Pattern.compile("(?:heading|kop) ?([1-9])");

    static {
        // POI's zip limits are global; these are the ones every DOCX of this application is read under.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private final XWPFDocument doc;
    private final LayoutBuilder out = new LayoutBuilder(NAME);
    private final DocxNumbering numbering;
    private final XWPFStyles styles;
    private final boolean titleStyled;
    /** Note id -> number shown, in order of first reference. */
    private final Map<BigInteger, Integer> footnotes = new LinkedHashMap<>();
    private final Map<BigInteger, Integer> endnotes = new LinkedHashMap<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private boolean titled;
    private boolean content;
    private BlockKind last;

    private record Skipped(int at, String what) {
    }

    private DocxLayoutReader(XWPFDocument doc) {
        this.doc = doc;
        this.numbering = new DocxNumbering(doc.getNumbering());
        this.styles = doc.getStyles();
        this.titleStyled = doc.getParagraphs().stream().anyMatch(p -> "title".equals(styleRole(p)));
    }

    /**
     * Reads a DOCX file's bytes.
     *
     * @throws IllegalArgumentException with the reason when the bytes are not a readable DOCX file
     */
    public static Layout read(byte[] bytes, DiagnosticListener listener) {
        if (bytes.length == 0)
            throw new IllegalArgumentException("empty file");
        DocxLayoutReader reader;
        Layout layout;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            reader = new DocxLayoutReader(doc);
            reader.readAll();
            layout = reader.out.build();
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new IllegalArgumentException("an old Word (.doc) file, not DOCX: save it as .docx", e);
        } catch (IOException | RuntimeException e) {
            // POI reports corrupt packages as checked and unchecked exceptions of many kinds.
            throw new IllegalArgumentException(reason(e), e);
        }
        if (layout.text().isEmpty())
            throw new IllegalArgumentException("no text in the document");
        Diagnostics report = new Diagnostics(layout.text(), listener);
        for (Skipped s : reader.skipped)
            report.warning(DiagnosticCode.UNREADABLE_PART, new Span(s.at(), s.at()), s.what());
        return layout;
    }

    private static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t)
            t = t.getCause();
        String message = String.valueOf(t.getMessage() == null ? e.getMessage() : t.getMessage());
        if (message.toLowerCase(Locale.ROOT).contains("zip bomb"))
            return "refused as a zip bomb (a part unpacks to far more than its size)";
        String first = message.lines().findFirst().orElse("").strip();
        return "not a readable DOCX file: " + (first.length() > 200 ? first.substring(0, 200) + "..." : first);
    }

    private void readAll() {
        for (String header : furnitureTexts(doc.getHeaderList()))
            out.furniture(header, Optional.empty());
        if (!doc.getDocument().getBody().getAltChunkList().isEmpty())
            skipped.add(new Skipped(0, doc.getDocument().getBody().getAltChunkList().size()
                    + " embedded document part(s) (altChunk) not read"));
        for (IBodyElement element : doc.getBodyElements())
            body(element);
        notes(footnotes, true);
        notes(endnotes, false);
        for (String footer : furnitureTexts(doc.getFooterList()))
            out.furniture(footer, Optional.empty());
    }

    private void body(IBodyElement element) {
        if (element instanceof XWPFParagraph p)
            paragraph(p);
        else if (element instanceof XWPFTable t)
            table(t);
        else if (element instanceof XWPFSDT sdt)
            add(BlockKind.PARAGRAPH, List.of(sdt.getContent().getText().split("\n")), Optional.empty(), false);
    }

    private void paragraph(XWPFParagraph p) {
        List<String> lines = new ArrayList<>(List.of(text(p).split("\n", -1)));
        lines.removeIf(String::isBlank);
        String role = styleRole(p);
        Optional<DocxNumbering.Label> label = numbered(p);
        if (lines.isEmpty())
            return;
        String written = label.map(DocxNumbering.Label::text).orElse("");
        if (!written.isEmpty())
            lines.set(0, written + " " + lines.get(0));
        if (role.equals("title") && !titled || role.equals("heading1") && !titleStyled && !titled && !content
                && written.isEmpty()) {
            add(BlockKind.TITLE, lines, Optional.empty(), false);
            titled = true;
        } else if (role.startsWith("heading") || role.equals("title")) {
            add(BlockKind.HEADING, lines, Optional.empty(), false);
        } else if (!written.isEmpty()) {
            LabelStyle style = label.get().style();
            Optional<ItemLabel> parsed = ItemLabels.atStart(lines.get(0)).flatMap(l -> ItemLabels.as(l, style));
            add(BlockKind.LIST_ITEM, lines, parsed, true);
        } else {
            add(BlockKind.PARAGRAPH, lines, Optional.empty(), false);
        }
    }

    /** The paragraph's text as Word shows it: runs, fields and content controls, note references as numbers. */
    private String text(XWPFParagraph p) {
        StringBuilder text = new StringBuilder();
        for (IRunElement run : p.getIRuns()) {
            if (run instanceof XWPFRun r) {
                text.append(r.text());
                media(r);
            } else if (run instanceof XWPFSDT sdt) {
                text.append(sdt.getContent().getText());
            }
        }
        Matcher m = NOTE_REFERENCE.matcher(WorkDeadline.watch(text));
        StringBuilder shown = new StringBuilder();
        while (m.find()) {
            Map<BigInteger, Integer> notes = m.group(1).equals("footnoteRef") ? footnotes : endnotes;
            int number = notes.computeIfAbsent(new BigInteger(m.group(2)), id -> notes.size() + 1);
            m.appendReplacement(shown, Integer.toString(number));
        }
        m.appendTail(shown);
        return shown.toString();
    }

    private void media(XWPFRun r) {
        for (XWPFPicture picture : r.getEmbeddedPictures()) {
            String description = picture.getDescription();
            skipped.add(new Skipped(out.length(), "image not read"
                    + (description == null || description.isBlank() ? "" : ": \"" + description.strip() + "\"")));
        }
        if (r.getEmbeddedPictures().isEmpty() && r.getCTR().sizeOfDrawingArray() > 0)
            skipped.add(new Skipped(out.length(), "drawing not read (a chart, shape or text box)"));
        if (r.getCTR().sizeOfPictArray() > 0)
            skipped.add(new Skipped(out.length(), "picture or text box (VML) not read"));
        if (r.getCTR().sizeOfObjectArray() > 0)
            skipped.add(new Skipped(out.length(), "embedded object not read"));
    }

    /** The numbering of a paragraph, its own or its style's, counted on. */
    private Optional<DocxNumbering.Label> numbered(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().getPPr();
        CTNumPr numPr = ppr != null ? ppr.getNumPr() : null;
        BigInteger numId = numPr != null && numPr.getNumId() != null ? numPr.getNumId().getVal() : null;
        BigInteger ilvl = numPr != null && numPr.getIlvl() != null ? numPr.getIlvl().getVal() : null;
        XWPFStyle style = styles == null || p.getStyleID() == null ? null : styles.getStyle(p.getStyleID());
        for (int depth = 0; style != null && depth < 10 && (numId == null || ilvl == null); depth++) {
            CTPPrGeneral spr = style.getCTStyle().getPPr();
            if (spr != null && spr.getNumPr() != null) {
                if (numId == null && spr.getNumPr().getNumId() != null)
                    numId = spr.getNumPr().getNumId().getVal();
                if (ilvl == null && spr.getNumPr().getIlvl() != null)
                    ilvl = spr.getNumPr().getIlvl().getVal();
            }
            style = style.getBasisStyleID() == null ? null : styles.getStyle(style.getBasisStyleID());
        }
        return numbering.next(numId, ilvl == null ? 0 : ilvl.intValue());
    }

    /** "title", "subtitle", "heading1".."heading9" or "" from the paragraph's style and the styles it is based on. */
    private String styleRole(XWPFParagraph p) {
        if (styles == null || p.getStyleID() == null)
            return "";
        XWPFStyle style = styles.getStyle(p.getStyleID());
        for (int depth = 0; style != null && depth < 10; depth++) {
            for (String name : new String[] {style.getName(), style.getStyleId()}) {
                if (name == null)
                    continue;
                String n = name.toLowerCase(Locale.ROOT).strip();
                if (n.equals("title") || n.equals("titel"))
                    return "title";
                if (n.equals("subtitle") || n.equals("ondertitel"))
                    return "subtitle";
                Matcher m = HEADING_STYLE.matcher(WorkDeadline.watch(n));
                if (m.matches())
                    return "heading" + m.group(1);
            }
            style = style.getBasisStyleID() == null ? null : styles.getStyle(style.getBasisStyleID());
        }
        return "";
    }

    private void table(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        int headerRows = 0;
        boolean leading = true;
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                // A cell merged with the one above holds nothing of its own: its column stays empty.
                boolean continued = pr != null && pr.getVMerge() != null
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                cells.add(continued ? "" : cellText(cell));
                int span = pr != null && pr.getGridSpan() != null ? pr.getGridSpan().getVal().intValue() : 1;
                for (int k = 1; k < Math.min(span, 64); k++)
                    cells.add("");
            }
            if (leading && row.isRepeatHeader())
                headerRows++;
            else
                leading = false;
            rows.add(cells);
        }
        if (headerRows == 0 && rows.size() > 1 && allBold(table.getRows().get(0)) && !allBold(table.getRows().get(1)))
            headerRows = 1;
        out.paragraphBreak();
        if (out.addTable(rows, headerRows, List.of(), Optional.empty()).isPresent())
            added(BlockKind.TABLE);
    }

    private String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement e : cell.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                Optional<DocxNumbering.Label> label = numbered(p);
                String t = text(p).replace('\n', ' ');
                parts.add(label.map(l -> l.text().isEmpty() ? t : l.text() + " " + t).orElse(t));
            } else if (e instanceof XWPFTable inner) {
                for (XWPFTableRow row : inner.getRows())
                    for (XWPFTableCell c : row.getTableCells())
                        parts.add(cellText(c));
            }
        }
        parts.removeIf(String::isBlank);
        return String.join(" ", parts);
    }

    private static boolean allBold(XWPFTableRow row) {
        boolean any = false;
        for (XWPFTableCell cell : row.getTableCells())
            for (XWPFParagraph p : cell.getParagraphs())
                for (XWPFRun r : p.getRuns()) {
                    if (r.text().isBlank())
                        continue;
                    if (!r.isBold())
                        return false;
                    any = true;
                }
        return any;
    }

    /** The notes referenced in the text, in the order of their numbers, each "n text". */
    private void notes(Map<BigInteger, Integer> numbers, boolean foot) {
        boolean first = true;
        for (Map.Entry<BigInteger, Integer> n : numbers.entrySet()) {
            XWPFAbstractFootnoteEndnote note = foot ? doc.getFootnoteByID(n.getKey().intValue()) : doc.getEndnoteByID(n.getKey().intValue());
            if (note == null)
                continue;
            List<String> lines = new ArrayList<>();
            for (XWPFParagraph p : note.getParagraphs())
                lines.addAll(List.of(text(p).split("\n")));
            lines.removeIf(String::isBlank);
            if (lines.isEmpty())
                continue;
            lines.set(0, n.getValue() + " " + lines.get(0).strip());
            add(BlockKind.FOOTNOTE, lines, Optional.empty(), !first);
            first = false;
        }
    }

    private static Set<String> furnitureTexts(List<? extends XWPFHeaderFooter> parts) {
        Set<String> texts = new LinkedHashSet<>();
        for (XWPFHeaderFooter part : parts) {
            String t = part.getText().replaceAll("\\s+", " ").strip();
            if (!t.isEmpty())
                texts.add(t);
        }
        return texts;
    }

    /** Adds a block; a blank line before it unless it {@code continues} a block of the same kind (the next item, note). */
    private void add(BlockKind kind, List<String> lines, Optional<ItemLabel> label, boolean continues) {
        if (!(continues && last == kind))
            out.paragraphBreak();
        if (out.add(kind, lines, label, Optional.empty()).isPresent())
            added(kind);
    }

    private void added(BlockKind kind) {
        last = kind;
        if (kind == BlockKind.PARAGRAPH || kind == BlockKind.LIST_ITEM || kind == BlockKind.TABLE)
            content = true;
    }
}
