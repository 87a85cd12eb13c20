package org.policygraph.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.extract.figures.TableReader.Line;
import org.policygraph.extract.figures.TableReader.Row;
import org.policygraph.model.FigureTable;
import org.policygraph.model.Located;
import org.policygraph.model.Span;

/**
 * Finds the header above a run of table rows and matches its cells to the rows' columns, only
 * when the count is certain (see {@link TableReader}).
 */
final class TableHeaders {

    /** A bullet and the colon around a caption: "• Naar regio:" gives "Naar regio". */
    private static final Pattern CAPTION_TRIM = Pattern.compile("^[•·▪‣◦*\\s]{0,5}|[:\\s]{1,5}$");
    private static final int MAX_HEADER_LINES = 8;
    private static final int MAX_HEADER_LINE_LENGTH = 80;

    private TableHeaders() {
    }

    /**
     * The header in the blocks above a run of rows with k cells, starting block {@code b}: either k
     * blocks, the first starting with the label column's header, or a block holding only that
     * header and k blocks after it. The block before the header must not look like a header
     * cell, or the count is not certain (which also keeps the two layouts from both matching).
     */
    static Optional<FigureTable> above(String text, List<List<Line>> blocks, int b, List<Row> run) {
        int k = run.get(0).cells().size();
        return labelInFirstCell(text, blocks, b, k, run).or(() -> labelOnItsOwn(text, blocks, b, k, run));
    }

    private static Optional<FigureTable> labelInFirstCell(String text, List<List<Line>> blocks, int b, int k, List<Row> run) {
        if (b - k < 0 || !allHeaderBlocks(blocks, b - k, b) || (b - k - 1 >= 0 && isHeaderBlock(blocks.get(b - k - 1))))
            return Optional.empty();
        List<Line> firstCell = blocks.get(b - k);
        Line top = firstCell.get(0);
        int split = labelHeaderEnd(top.text());
        if (split < 0)
            return Optional.empty();
        Located rowHeader = new Located(top.text().substring(0, split), new Span(top.start(), top.start() + split));
        int cellStart = top.start() + split + 1;
        List<Located> columns = new ArrayList<>();
        columns.add(join(text, cellStart, firstCell));
        for (int c = b - k + 1; c < b; c++)
            columns.add(join(text, blocks.get(c).get(0).start(), blocks.get(c)));
        return Optional.of(table(blocks, b - k, run, Optional.of(rowHeader), columns));
    }

    private static Optional<FigureTable> labelOnItsOwn(String text, List<List<Line>> blocks, int b, int k, List<Row> run) {
        int h = b - k - 1;
        if (h < 0 || !allHeaderBlocks(blocks, h, b) || (h - 1 >= 0 && isHeaderBlock(blocks.get(h - 1))))
            return Optional.empty();
        List<Line> labelBlock = blocks.get(h);
        // a line that could also be split into label header and first cell ("Provincie Aantal") is ambiguous
        if (labelBlock.size() != 1 || labelBlock.get(0).text().split(" ").length > 2
                || labelHeaderEnd(labelBlock.get(0).text()) >= 0)
            return Optional.empty();
        Line l = labelBlock.get(0);
        List<Located> columns = new ArrayList<>();
        for (int c = h + 1; c < b; c++)
            columns.add(join(text, blocks.get(c).get(0).start(), blocks.get(c)));
        return Optional.of(table(blocks, h, run, Optional.of(new Located(l.text(), l.span())), columns));
    }

    /**
     * One header line right above the rows, one word per column: "Provincie Aantal Aandeel", or a
     * word and the unit in brackets after it: "Gemeente Aanvragen Bedrag (euro)", "Budget (in euro)".
     */
    static Optional<FigureTable> lineAbove(List<List<Line>> blocks, int b, List<Row> run) {
        Line header = blocks.get(b).get(0);
        int columns = run.get(0).cells().size() + 1;
        List<Located> words = TableReader.words(header);
        if (words.size() != columns)
            words = withBracketsJoined(header, words);
        if (words.size() != columns || !isHeaderBlock(List.of(header))
                || !Character.isUpperCase(header.text().codePointAt(0)))
            return Optional.empty();
        Optional<String> caption = Optional.empty();
        if (b > 0) {
            List<Line> before = blocks.get(b - 1);
            caption = caption(before.get(before.size() - 1).text());
        }
        Span span = new Span(header.start(), run.get(run.size() - 1).line().end());
        return Optional.of(new FigureTable(span, caption, Optional.of(words.get(0)), words.subList(1, words.size())));
    }

    /** The words of a header line with each bracketed group joined to the word before it: "Bedrag (in euro)" is one. */
    private static List<Located> withBracketsJoined(Line line, List<Located> words) {
        List<Located> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Located w = words.get(i);
            int end = i;
            if (!out.isEmpty() && w.text().startsWith("(")) {
                while (end < words.size() - 1 && !words.get(end).text().endsWith(")"))
                    end++;
                if (words.get(end).text().endsWith(")")) {
                    Located before = out.remove(out.size() - 1);
                    Span span = new Span(before.span().start(), words.get(end).span().end());
                    out.add(new Located(line.text().substring(span.start() - line.start(), span.end() - line.start()), span));
                    i = end + 1;
                    continue;
                }
            }
            out.add(w);
            i++;
        }
        return out;
    }

    /**
     * Where the label column's header ends in a header's first line: before the second capitalised
     * word ("Provincie Aantal deelnemende" = "Provincie"); -1 when there is no such word.
     */
    private static int labelHeaderEnd(String line) {
        String[] words = line.split(" ");
        if (words.length < 2 || !Character.isUpperCase(words[0].codePointAt(0)))
            return -1;
        int offset = words[0].length();
        for (int w = 1; w < words.length; w++) {
            if (Character.isUpperCase(words[w].codePointAt(0)))
                return offset;
            offset += 1 + words[w].length();
        }
        return -1;
    }

    private static boolean allHeaderBlocks(List<List<Line>> blocks, int from, int to) {
        for (int c = from; c < to; c++)
            if (!isHeaderBlock(blocks.get(c)))
                return false;
        return true;
    }

    /** Short lines that neither end a sentence nor read as table rows. */
    private static boolean isHeaderBlock(List<Line> block) {
        if (block.size() > MAX_HEADER_LINES)
            return false;
        for (Line l : block)
            if (l.text().length() > MAX_HEADER_LINE_LENGTH || TableReader.NOT_HEADER.matcher(WorkDeadline.watch(l.text())).find()
                    || TableReader.row(l).isPresent())
                return false;
        return true;
    }

    /** A header cell's lines joined with spaces, mending words hyphenated at a line end. */
    private static Located join(String text, int start, List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            String part = l.start() < start ? text.substring(start, l.end()) : l.text();
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-' && Character.isLowerCase(part.codePointAt(0)))
                sb.setLength(sb.length() - 1);
            else if (sb.length() > 0)
                sb.append(' ');
            sb.append(part);
        }
        return new Located(sb.toString(), new Span(start, lines.get(lines.size() - 1).end()));
    }

    private static FigureTable table(List<List<Line>> blocks, int headerBlock, List<Row> run,
                                     Optional<Located> rowHeader, List<Located> columns) {
        Span span = new Span(blocks.get(headerBlock).get(0).start(), run.get(run.size() - 1).line().end());
        Optional<String> caption = Optional.empty();
        if (headerBlock > 0) {
            List<Line> before = blocks.get(headerBlock - 1);
            caption = caption(before.get(before.size() - 1).text());
        }
        return new FigureTable(span, caption, rowHeader, columns);
    }

    /** The caption a line gives when it introduces what follows ("• Naar regio:" = "Naar regio"). */
    private static Optional<String> caption(String line) {
        if (!line.endsWith(":"))
            return Optional.empty();
        return Optional.of(CAPTION_TRIM.matcher(WorkDeadline.watch(line)).replaceAll("")).filter(s -> !s.isEmpty());
    }
}
