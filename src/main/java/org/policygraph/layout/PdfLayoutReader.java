package org.policygraph.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.DiagnosticListener;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.diagnostic.Severity;
import org.policygraph.lang.ItemLabels;
import org.policygraph.text.Normaliser;
import org.policygraph.text.PdfLine;
import org.policygraph.text.PdfText;
import org.policygraph.text.RunningHeaders;

/**
 * Reads a PDF into a layout from the positions, sizes and weights of its words (PDFBox), page by
 * page:
 * <ul>
 * <li>running headers, footers and page numbers ({@link RunningHeaders}) become furniture, kept out
 * of the text;</li>
 * <li>a page in two columns is read column by column ({@link PageColumns});</li>
 * <li>the largest type at the top of the first page is the title ({@link PdfTitle});</li>
 * <li>rows whose cells line up in columns are tables ({@link PdfTables}), with the caption or unit
 * line just above or below put right before them ({@link TableCaptions});</li>
 * <li>small type at the foot of a page, starting with a number, is footnotes ({@link PdfFootnotes});</li>
 * <li>lines in larger type than the body, or in bold where the body is not, are headings;</li>
 * <li>the other lines are running text, laid out as the text of a text file would be (vertical space
 * as blank lines, a page break between pages) and cut into paragraphs, list items and header fields
 * by the same rules ({@link TextLayoutReader}, {@link BlockSegmenter}), so that a PDF made from a
 * text document reads as that document.</li>
 * </ul>
 * Encrypted, truncated, corrupt and image-only files, and files that are not PDF, are refused with
 * the reasons {@link PdfText} gives.
 * <pre>{@code
 * Layout layout = PdfLayoutReader.read(Files.readAllBytes(pdf), collector);
 * }</pre>
 */
public final class PdfLayoutReader {

    /** The name this reader gives its layouts. */
    public static final String NAME = "PDF geometry";
    /** A heading is set at least this many times the body size, or in bold where the body is not. */
    private static final float HEADING_LARGER = 1.15f;
    private static final int MAX_HEADING_CHARS = 160;
    private static final int MAX_HEADING_ROWS = 3;
    private static final int MAX_BOLD_HEADING_ROWS = 2;
    /** Lines of one heading follow each other within this many font sizes. */
    private static final float HEADING_CLOSE = 2f;
    /** A bold line at least this share of the text width is a full line of running text. */
    private static final float FULL_LINE = 0.75f;
    /** A caption stands within this many font sizes of its table. */
    private static final float CAPTION_CLOSE = 4f;
    /** Fewer letters than this a page on average, over {@value #THIN_MIN_PAGES} pages or more, is thin output. */
    private static final int THIN_LETTERS_PER_PAGE = 200;
    private static final int THIN_MIN_PAGES = 3;
    /** A page with this many letters has a body size of its own. */
    private static final int PAGE_OF_TEXT = 600;

    private final List<PdfPageText> pages;
    private final List<Piece> pieces = new ArrayList<>();
    private final List<Piece> footnotes = new ArrayList<>();
    private final StringBuilder raw = new StringBuilder();
    private final TextLayoutReader.Repairs repairs = new TextLayoutReader.Repairs();
    private final List<BlockBoxes.SourceLine> sourceLines = new ArrayList<>();
    private final List<BlockBoxes.Furniture> furniture = new ArrayList<>();
    private final List<PdfTables.Found> tables = new ArrayList<>();
    private final Set<PdfRow> titleRows = Collections.newSetFromMap(new IdentityHashMap<>());
    private float bodySize;
    /** The body size of the page being read: pages in larger type (a summary) have their own. */
    private float pageBodySize;
    private boolean bodyBold;
    private float lineDistance;
    private PdfLine previous;
    private float pageHeight;
    private Optional<PdfTitle.Found> title = Optional.empty();

    private PdfLayoutReader(List<PdfPageText> pages) {
        this.pages = pages;
    }

    /**
     * Lays out the PDF in {@code bytes}, reporting to {@code listener}.
     *
     * @throws IllegalArgumentException with a one-line reason when the bytes are not a readable PDF
     *                                  with a text layer
     */
    public static Layout read(byte[] bytes, DiagnosticListener listener) {
        List<PdfPageText> pages = PdfText.read(bytes, PdfWordStripper::read);
        return new PdfLayoutReader(pages).layout(listener);
    }

    private Layout layout(DiagnosticListener listener) {
        List<List<PdfRow>> body = withoutFurniture();
        PdfText.checkTextLayer(body.stream().flatMap(List::stream).mapToLong(r -> PdfText.letters(r.text())).sum(),
                pages.size());
        measureBody(body);
        for (int p = 0; p < pages.size(); p++) {
            PdfPageText page = pages.get(p);
            pageHeight = page.height();
            List<PdfRow> ordered = PageColumns.order(body.get(p), page.width());
            if (p == 0) {
                title = PdfTitle.find(ordered, page.height(), bodySize);
                title.ifPresent(t -> {
                    titleRows.addAll(t.documentType());
                    t.subjectKey().ifPresent(titleRows::add);
                    titleRows.addAll(t.title());
                });
            }
            if (p > 0)
                raw.append('\f');
            previous = null;
            readPage(ordered);
        }
        flush();
        LayoutBuilder builder = new LayoutBuilder(NAME);
        BlockSegmenter.segment(pieces, builder, title.isPresent());
        Layout layout = BlockBoxes.place(builder.build(), sourceLines, furniture);
        TextLayoutReader.report(layout, repairs, listener);
        report(layout, new Diagnostics(layout.text(), listener));
        return layout;
    }

    /** Each page's rows without its running header, footer and page number, which go to {@link #furniture}. */
    private List<List<PdfRow>> withoutFurniture() {
        List<List<PdfLine>> lines = new ArrayList<>();
        for (PdfPageText page : pages)
            lines.add(page.rows().stream().map(r -> line(r, page.height())).toList());
        List<int[]> ranges = RunningHeaders.bodyRanges(lines);
        List<List<PdfRow>> body = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<PdfRow> rows = pages.get(p).rows();
            int from = ranges.get(p)[0];
            int to = ranges.get(p)[1];
            for (int i = 0; i < from; i++)
                furniture.add(new BlockBoxes.Furniture(rows.get(i).text(), rows.get(i).box(), true));
            for (int i = to; i < rows.size(); i++)
                furniture.add(new BlockBoxes.Furniture(rows.get(i).text(), rows.get(i).box(), false));
            body.add(rows.subList(from, to));
        }
        return body;
    }

    /** The body's font size and weight (those of most letters) and its distance between lines. */
    private void measureBody(List<List<PdfRow>> body) {
        Map<Float, Long> sizes = new HashMap<>();
        long bold = 0;
        long all = 0;
        for (List<PdfRow> page : body)
            for (PdfRow row : page)
                for (PdfWord w : row.words()) {
                    sizes.merge(Math.round(w.size() * 2) / 2f, (long) w.text().length(), Long::sum);
                    all += w.text().length();
                    if (w.bold())
                        bold += w.text().length();
                }
        bodySize = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
        bodyBold = bold * 2 > all;
        List<List<PdfLine>> lines = new ArrayList<>();
        for (int p = 0; p < body.size(); p++) {
            float height = pages.get(p).height();
            lines.add(body.get(p).stream().map(r -> line(r, height)).toList());
        }
        lineDistance = PdfText.lineDistance(lines);
    }

    private void readPage(List<PdfRow> rows) {
        pageBodySize = pageBodySize(rows);
        int zone = PdfFootnotes.zoneStart(rows, pageBodySize);
        List<PdfRow> text = rows.subList(0, zone);
        int i = 0;
        while (i < text.size()) {
            PdfRow row = text.get(i);
            if (titleRows.contains(row)) {
                if (title.isPresent() && row == firstTitleRow())
                    placeTitle(title.get());
                i++;
                continue;
            }
            Optional<PdfTables.Found> table = PdfTables.at(text, i);
            if (table.isEmpty() && TableCaptions.isCaption(row.text()) && i + 1 < text.size()
                    && text.get(i + 1).baseline() - row.baseline() <= CAPTION_CLOSE * row.maxSize()) {
                Optional<PdfTables.Found> below = PdfTables.at(text, i + 1);
                if (below.isPresent()) {
                    placeTable(below.get(), List.of(row));
                    i = below.get().end();
                    continue;
                }
            }
            if (table.isPresent()) {
                int end = table.get().end();
                List<PdfRow> caption = List.of();
                if (end < text.size() && TableCaptions.isCaption(text.get(end).text())
                        && text.get(end).baseline() - text.get(end - 1).baseline() <= CAPTION_CLOSE * text.get(end).maxSize()) {
                    caption = List.of(text.get(end));
                    end++;
                }
                placeTable(table.get(), caption);
                i = end;
                continue;
            }
            int heading = headingRows(text, i);
            if (heading > 0) {
                List<PdfRow> group = text.subList(i, i + heading);
                flush();
                pieces.add(Piece.placed(BlockKind.HEADING, List.of(joined(group)), Optional.empty(), box(group)));
                i += heading;
                continue;
            }
            addRunning(row);
            i++;
        }
        for (List<PdfRow> note : PdfFootnotes.notes(rows.subList(zone, rows.size())))
            footnotes.add(Piece.placed(BlockKind.FOOTNOTE, List.of(joined(note)), Optional.empty(), box(note)));
    }

    /** The size of most letters on a page that has enough text to tell, else the document's. */
    private float pageBodySize(List<PdfRow> rows) {
        Map<Float, Long> sizes = new HashMap<>();
        long all = 0;
        for (PdfRow row : rows)
            for (PdfWord w : row.words()) {
                sizes.merge(Math.round(w.size() * 2) / 2f, (long) w.text().length(), Long::sum);
                all += w.text().length();
            }
        if (all < PAGE_OF_TEXT)
            return bodySize;
        return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(bodySize);
    }

    private PdfRow firstTitleRow() {
        PdfTitle.Found t = title.orElseThrow();
        if (!t.documentType().isEmpty())
            return t.documentType().get(0);
        return t.title().get(0);
    }

    private void placeTitle(PdfTitle.Found found) {
        flush();
        if (!found.documentType().isEmpty())
            pieces.add(Piece.placed(BlockKind.HEADER_FIELD, List.of(joined(found.documentType())), Optional.empty(),
                    box(found.documentType())));
        String text = joined(found.title());
        if (found.subjectKey().isPresent()) {
            String[] split = PdfTitle.splitSubject(text);
            Box keyBox = found.subjectKey().get().box();
            pieces.add(Piece.placed(BlockKind.HEADER_FIELD, List.of(split[0]), Optional.empty(), keyBox));
            text = split[1];
        }
        pieces.add(Piece.placed(BlockKind.TITLE, List.of(text), Optional.empty(), box(found.title())));
    }

    private void placeTable(PdfTables.Found table, List<PdfRow> caption) {
        flush();
        tables.add(table);
        List<String> captionLines = caption.stream().map(PdfRow::text).toList();
        Box box = caption.isEmpty() ? table.box() : table.box().union(caption.get(0).box());
        pieces.add(Piece.table(table.rows(), table.headerRows(), table.columnXs(), captionLines, box));
    }

    /**
     * How many rows from {@code i} on make a heading: rows in larger type than the body, or in bold
     * where the body is not, short, close together; 0 when row {@code i} does not open one.
     */
    private int headingRows(List<PdfRow> rows, int i) {
        PdfRow first = rows.get(i);
        if (!headingStyle(first))
            return 0;
        int n = 1;
        while (i + n < rows.size() && n < MAX_HEADING_ROWS) {
            PdfRow next = rows.get(i + n);
            PdfRow last = rows.get(i + n - 1);
            if (!sameStyle(next) || Math.abs(next.size() - first.size()) > 0.5f || next.bold() != first.bold()
                    || next.baseline() - last.baseline() > HEADING_CLOSE * first.maxSize() || next.baseline() < last.baseline())
                break;
            n++;
        }
        List<PdfRow> group = rows.subList(i, i + n);
        String text = joined(group);
        if (text.length() > MAX_HEADING_CHARS)
            return 0;
        if (i + n < rows.size()) {
            // A sentence that runs on in the next line is not a heading, whatever its type.
            PdfRow after = rows.get(i + n);
            boolean close = PdfText.blanksBetween(line(group.get(n - 1), pageHeight), line(after, pageHeight), lineDistance) == 0;
            if (close && (Character.isLowerCase(after.text().codePointAt(0)) || group.get(n - 1).text().endsWith("-")))
                return 0;
        }
        // right under the last running line, not at the top of the next column, where a heading may stand
        boolean underRunning = previous != null && first.baseline() > previous.baseline()
                && PdfText.blanksBetween(previous, line(first, pageHeight), lineDistance) == 0;
        // Running text of a page whose tables hold most of its letters in smaller type looks larger than
        // the body: a line of it under the last, in lower case or after no sentence end, carries it on.
        if (underRunning && Math.abs(previous.fontSize() - first.maxSize()) < 0.5f
                && (Character.isLowerCase(first.text().codePointAt(0)) || !Normaliser.endsSentence(previous.text())))
            return 0;
        if (first.size() >= HEADING_LARGER * pageBodySize)
            return n;
        // Bold at body size: a heading only when it stands apart, not a bold lead-in of a paragraph.
        String lastLine = group.get(n - 1).text();
        if (n > MAX_BOLD_HEADING_ROWS || lastLine.endsWith("-") || lastLine.endsWith(",") || lastLine.endsWith(";"))
            return 0;
        if (underRunning)
            return 0;
        // A full line of bold followed by text without space is a lead-in, not a heading.
        if (i + n < rows.size() && PdfText.blanksBetween(line(group.get(n - 1), pageHeight), line(rows.get(i + n), pageHeight),
                lineDistance) == 0 && group.get(n - 1).x1() - group.get(n - 1).x0() > FULL_LINE * textWidth(rows))
            return 0;
        return n;
    }

    /** The type of a heading, on a line that may be its last word or number ("2030"). */
    private boolean sameStyle(PdfRow row) {
        return row.size() >= HEADING_LARGER * pageBodySize || (!bodyBold && row.bold());
    }

    private static float textWidth(List<PdfRow> rows) {
        float left = Float.MAX_VALUE;
        float right = 0;
        for (PdfRow r : rows) {
            left = Math.min(left, r.x0());
            right = Math.max(right, r.x1());
        }
        return right - left;
    }

    private boolean headingStyle(PdfRow row) {
        String text = row.text();
        if (text.length() > MAX_HEADING_CHARS || text.codePoints().filter(Character::isLetter).count() < 2)
            return false;
        return row.size() >= HEADING_LARGER * pageBodySize || (!bodyBold && row.bold() && ItemLabels.atStart(text)
                .map(l -> l.length() < text.length()).orElse(true));
    }

    /** A running line: into the text as a text file would have it. */
    private void addRunning(PdfRow row) {
        PdfLine line = line(row, pageHeight);
        if (previous != null && !footnotes.isEmpty() && PdfText.blanksBetween(previous, line, lineDistance) > 0)
            flush(); // the footnotes of the page before go after the paragraph that ran over the page break
        if (previous != null)
            raw.append("\n".repeat(1 + PdfText.blanksBetween(previous, line, lineDistance)));
        raw.append(line.text());
        sourceLines.add(new BlockBoxes.SourceLine(line.text(), row.box()));
        previous = line;
    }

    /** Hands the running text gathered so far to the text path, then the footnotes waiting. */
    private void flush() {
        if (!raw.isEmpty() && !raw.toString().isBlank())
            pieces.addAll(TextLayoutReader.pieces(raw.toString(), repairs));
        raw.setLength(0);
        previous = null;
        pieces.addAll(footnotes);
        footnotes.clear();
    }

    private void report(Layout layout, Diagnostics report) {
        long furnitureLines = layout.blocks(BlockKind.FURNITURE).size();
        if (furnitureLines > 0)
            report.document(Severity.INFO, DiagnosticCode.FURNITURE_REMOVED, "left out " + furnitureLines
                    + " lines of running headers, footers and page numbers on " + pages.size() + " pages");
        List<Block> tableBlocks = layout.blocks(BlockKind.TABLE).stream().filter(b -> b.table().orElseThrow().columnXs().size() > 0).toList();
        for (int t = 0; t < Math.min(tableBlocks.size(), tables.size()); t++) {
            Table table = tableBlocks.get(t).table().orElseThrow();
            for (int r : tables.get(t).unalignedRows())
                if (r < table.rows().size())
                    report.warning(DiagnosticCode.TABLE_ROW_UNALIGNED, table.rows().get(r).span(),
                            "a cell of this row stands between the table's columns");
        }
        long letters = layout.text().codePoints().filter(Character::isLetter).count();
        long blocks = layout.content().stream().filter(b -> b.kind() != BlockKind.FOOTNOTE).count();
        if (pages.size() >= THIN_MIN_PAGES && (letters < (long) THIN_LETTERS_PER_PAGE * pages.size() || blocks * 2 < pages.size()))
            report.document(Severity.WARNING, DiagnosticCode.OUTPUT_THIN, pages.size() + " pages gave " + letters
                    + " letters in " + blocks + " blocks: text may have been lost (outlined fonts, text as images?)");
    }

    private static PdfLine line(PdfRow row, float pageHeight) {
        return new PdfLine(PdfText.lineText(row.text()), row.baseline(), pageHeight - row.baseline(), row.maxSize());
    }

    /** Rows of one block as one line: broken lines joined, hyphens at line ends repaired. */
    private static String joined(List<PdfRow> rows) {
        List<String> lines = rows.stream().map(r -> Normaliser.cleanInline(PdfText.lineText(r.text()))).toList();
        return String.join(" ", Normaliser.joinBrokenLines(lines).stream().filter(l -> !l.isEmpty()).toList());
    }

    private static Box box(List<PdfRow> rows) {
        Box box = rows.get(0).box();
        for (PdfRow r : rows)
            box = box.union(r.box());
        return box;
    }
}
