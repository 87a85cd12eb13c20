package org.policygraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policygraph.lang.ItemLabel;
import org.policygraph.model.Span;
import org.policygraph.text.Normaliser;

/**
 * Assembles the normalised text and its blocks as a reader hands them over, so that every reader,
 * whatever its format, writes the text by the same rules: lines of a block on lines of their own,
 * a blank line where the reader says a paragraph ends, table cells separated by a space and rows
 * by a line break, furniture kept out of the text.
 * <pre>{@code
 * LayoutBuilder b = new LayoutBuilder("HTML");
 * b.add(BlockKind.TITLE, List.of("Advies over ..."), Optional.empty(), Optional.empty());
 * b.paragraphBreak();
 * Layout layout = b.build();
 * }</pre>
 */
final class LayoutBuilder {

    private final String reader;
    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private boolean breakPending;

    LayoutBuilder(String reader) {
        this.reader = reader;
    }

    /** The next block starts after a blank line (a new paragraph) rather than on the next line. */
    void paragraphBreak() {
        breakPending = text.length() > 0;
    }

    /** Adds a block of lines; lines are cleaned, empty ones dropped; nothing is added when none is left. */
    Optional<Block> add(BlockKind kind, List<String> lines, Optional<ItemLabel> label, Optional<Box> box) {
        List<String> clean = cleaned(lines);
        if (clean.isEmpty())
            return Optional.empty();
        int start = startBlock();
        text.append(String.join("\n", clean));
        Span span = new Span(start, text.length());
        Block block = new Block(kind, span, text.substring(span.start(), span.end()), label, Optional.empty(), box);
        blocks.add(block);
        return Optional.of(block);
    }

    /**
     * Adds a table: each row one line, its cells separated by a space; empty cells keep their column
     * but add no text. Rows without any text are dropped.
     */
    Optional<Block> addTable(List<List<String>> rows, int headerRows, List<Float> columnXs, Optional<Box> box) {
        return addTable(rows, headerRows, columnXs, Optional.empty(), box);
    }

    /** Adds a table as {@link #addTable(List, int, List, Optional)} does, with its caption block's span. */
    Optional<Block> addTable(List<List<String>> rows, int headerRows, List<Float> columnXs, Optional<Span> caption,
                             Optional<Box> box) {
        int start = -1;
        List<Table.Row> tableRows = new ArrayList<>();
        int headers = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(c -> Normaliser.cleanInline(c).isEmpty()))
                continue;
            if (start < 0)
                start = startBlock();
            else
                text.append('\n');
            int rowStart = text.length();
            List<Table.Cell> tableCells = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                String cell = Normaliser.cleanInline(cells.get(c));
                if (cell.isEmpty())
                    continue;
                if (text.length() > rowStart)
                    text.append(' ');
                int cellStart = text.length();
                text.append(cell);
                tableCells.add(new Table.Cell(new Span(cellStart, text.length()), c));
            }
            tableRows.add(new Table.Row(new Span(rowStart, text.length()), tableCells));
            if (r < headerRows)
                headers++;
        }
        if (start < 0)
            return Optional.empty();
        Span span = new Span(start, text.length());
        Table table = new Table(tableRows, headers, columnXs, caption);
        Block block = new Block(BlockKind.TABLE, span, text.substring(span.start(), span.end()), Optional.empty(), Optional.of(table), box);
        blocks.add(block);
        return Optional.of(block);
    }

    /** Records furniture (a running header, a page number) that is kept out of the text. */
    void furniture(String removed, Optional<Box> box) {
        int at = text.length();
        blocks.add(new Block(BlockKind.FURNITURE, new Span(at, at), removed, Optional.empty(), Optional.empty(), box));
    }

    /** The length of the text so far: the offset the next block would start at, before any separator. */
    int length() {
        return text.length();
    }

    /** The layout built. */
    Layout build() {
        return new Layout(text.toString(), blocks, reader);
    }

    private int startBlock() {
        if (text.length() > 0)
            text.append(breakPending ? "\n\n" : "\n");
        breakPending = false;
        return text.length();
    }

    private static List<String> cleaned(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            String c = Normaliser.cleanInline(line);
            if (!c.isEmpty())
                out.add(c);
        }
        return out;
    }
}
