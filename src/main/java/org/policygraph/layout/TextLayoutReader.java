package org.policygraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.diagnostic.DiagnosticListener;
import org.policygraph.model.Span;
import org.policygraph.text.Normaliser;

/**
 * Reads plain text, with or without markdown residue, into a layout: lines cleaned by the
 * {@link Normaliser}, justified lines broken one word per line joined back, tables written with
 * pipes (Markdown) or one cell per line recognised, sentences broken over lines joined, lone labels put before their text, and
 * the result cut into blocks by {@link BlockSegmenter}.
 * <pre>{@code
 * Layout layout = TextLayoutReader.read(decodedText, diagnostics);
 * }</pre>
 */
public final class TextLayoutReader {

    /** The name this reader gives its layouts. */
    public static final String NAME = "plain text";

    private TextLayoutReader() {
    }

    /** Lays out decoded text, reporting what it repaired to {@code listener}. */
    public static Layout read(String raw, DiagnosticListener listener) {
        return read(raw, NAME, listener);
    }

    /** Lays out text that another reader extracted (a PDF's text layer), under that reader's name. */
    static Layout read(String raw, String readerName, DiagnosticListener listener) {
        Repairs repairs = new Repairs();
        List<Piece> pieces = pieces(raw, repairs);
        LayoutBuilder builder = new LayoutBuilder(readerName);
        BlockSegmenter.segment(pieces, builder);
        Layout layout = builder.build();
        report(layout, repairs, listener);
        return layout;
    }

    /** What the repairs of one document did, for its diagnostics. */
    static final class Repairs {
        private final List<String> reflowed = new ArrayList<>();
        private final int[] counts = new int[3];
    }

    /** Raw text as pieces for {@link BlockSegmenter}: lines cleaned and repaired, tables recognised. */
    static List<Piece> pieces(String raw, Repairs repairs) {
        // a markdown heading holds a "#": without one, the raw lines need not be split again to look for them
        String[] rawLines = raw.indexOf('#') < 0 ? new String[0]
                : Normaliser.unifyLineEnds(raw).split("\n", -1);
        WorkDeadline.check();
        List<String> cleaned = Normaliser.cleanLines(raw);
        List<Piece> pieces = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i < cleaned.size(); i++) {
            WorkDeadline.check();
            boolean marked = i < rawLines.length && Normaliser.isMarkdownHeading(rawLines[i]) && !cleaned.get(i).isEmpty();
            if (marked) {
                flushRun(run, pieces, repairs.reflowed, repairs.counts);
                pieces.add(Piece.heading(cleaned.get(i)));
            } else {
                run.add(cleaned.get(i));
            }
        }
        flushRun(run, pieces, repairs.reflowed, repairs.counts);
        return pieces;
    }

    /** Repairs a run of lines between marked headings and adds it as pieces. */
    private static void flushRun(List<String> run, List<Piece> pieces, List<String> reflowed, int[] counts) {
        if (run.isEmpty())
            return;
        SingleWordReflow.Result reflow = SingleWordReflow.apply(run);
        if (reflow.runs() > 0) {
            counts[0] += reflow.linesJoined();
            counts[1] += reflow.runs();
            java.util.Set<String> before = new java.util.HashSet<>(run);
            for (String line : reflow.lines())
                if (!before.contains(line))
                    reflowed.add(line);
        }
        List<String> text = new ArrayList<>();
        List<String> lines = reflow.lines();
        int i = 0;
        while (i < lines.size()) {
            WorkDeadline.check();
            Optional<PipeTables.Found> piped = lines.get(i).startsWith("|") ? PipeTables.at(lines, i) : Optional.empty();
            if (piped.isPresent()) {
                addText(text, pieces);
                pieces.add(Piece.table(piped.get().rows(), piped.get().headerRows()));
                i = piped.get().end();
                continue;
            }
            Optional<CellPerLineTables.Found> table = lines.get(i).isEmpty() ? Optional.empty() : CellPerLineTables.at(lines, i);
            if (table.isPresent()) {
                addText(text, pieces);
                pieces.add(Piece.table(table.get().rows(), table.get().headerRows()));
                counts[2]++;
                i = table.get().end();
            } else {
                text.add(lines.get(i));
                i++;
            }
        }
        addText(text, pieces);
        run.clear();
    }

    private static void addText(List<String> text, List<Piece> pieces) {
        if (text.isEmpty())
            return;
        List<String> lines = LabelLines.join(Normaliser.joinBrokenLines(text));
        int i = 0;
        while (i < lines.size()) {
            WorkDeadline.check();
            Optional<ColumnTables.Found> table = ColumnTables.at(lines, i);
            if (table.isPresent()) {
                pieces.add(Piece.table(table.get().rows(), 0));
                i = table.get().end();
            } else {
                pieces.add(Piece.line(lines.get(i)));
                i++;
            }
        }
        text.clear();
    }

    /** Reports the repairs made on the way to {@code layout}. */
    static void report(Layout layout, Repairs repairs, DiagnosticListener listener) {
        List<String> reflowed = repairs.reflowed;
        int[] counts = repairs.counts;
        Diagnostics report = new Diagnostics(layout.text(), listener);
        for (String line : reflowed) {
            String probe = line.substring(0, Math.min(40, line.length()));
            int at = layout.text().indexOf(probe);
            if (at >= 0)
                report.info(DiagnosticCode.LINES_REFLOWED, new Span(at, at + probe.length()),
                        "joined " + line.split(" ").length + " lines of one word each back into one line");
        }
        int cellTables = counts[2];
        for (Block table : layout.blocks(BlockKind.TABLE))
            if (cellTables-- > 0)
                report.info(DiagnosticCode.TABLE_FROM_CELL_LINES, table.span(), "read " + table.table().orElseThrow().rows().size()
                        + " rows of " + table.table().orElseThrow().columnCount() + " cells written one cell per line");
    }
}
