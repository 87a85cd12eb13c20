package org.policygraph.extract.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.PatternSpace;
import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.DutchDates;
import org.policygraph.lang.DutchNumbers;
import org.policygraph.model.Figure;
import org.policygraph.model.FigureTable;
import org.policygraph.model.FigureUnit;
import org.policygraph.model.Located;
import org.policygraph.model.Span;
import org.policygraph.model.TableCell;

/**
 * Reads tables that text extraction left as lines and the layout gave no header (the layout's
 * tables with a header are read by {@link LayoutTableReader}): a run of rows, each a label followed by
 * the same number of numeric cells ("Antwerpen 162 60,67%", "Vlaams Brabant 18 8 63"), under a
 * header whose cells stand in blocks separated by blank lines, the first block starting with
 * the label column's header ("Provincie Aantal deelnemende / instellingen secundair / onderwijs"),
 * or one header line right above the rows with one word per column ("Provincie Scholen Leerlingen").
 * <p>
 * Alignment is only trusted when the header has exactly as many cells as the rows: otherwise the
 * rows are reported as unaligned and yield no figure, because a cell under the wrong column is
 * a wrong number in an analyst's sum.
 */
final class TableReader {

    /** A header line or caption that is a sentence or list heading, not a header cell: "• Naar regio:", "Zie vraag 1." */
    static final Pattern NOT_HEADER = Pattern.compile("^[•·▪‣◦*]|[.?!:;,]$");
    /** A year in a column header or caption: "Aantal 2022". */
    static final Pattern YEAR = Pattern.compile("(?<![\\d.,\\-–/])(?:19|20)\\d{2}(?![\\d\\-–/])");
    /**
     * The time a column header names, with the day and month and the word before it that place it:
     * "in 2023", "op 1 januari 2024", "2024". What is left of "Wachtenden op 1 januari 2024" is what
     * its cells count.
     */
    private static final Pattern HEADER_TIME = Pattern.compile("(?iu)(?:\\s(?:op|per|in|sinds|vanaf|tot|van|eind|begin))?"
            + "(?:\\s?\\d{1,2}(?:ste|de|e)?\\s" + DutchDates.MONTH_REGEX + "\\.?)?\\s?" + YEAR.pattern());
    /** A word of a table line: {@code \\S{1,200}}, read by hand in {@link #words}. */
    private static final int MAX_WORD = 200;
    private static final int MIN_ROWS = 2;
    private static final int MAX_LABEL_WORDS = 6;

    /** What was read: aligned tables with their figures, and the row runs that could not be aligned. */
    record Result(List<FigureTable> tables, List<Figure> figures, List<Span> unaligned) {
    }

    /** One line of the region with its absolute offsets. */
    record Line(int start, int end, String text) {
        Span span() {
            return new Span(start, end);
        }
    }

    /** A line read as a label and numeric cells. */
    record Row(Line line, Located label, List<Located> cells) {
    }

    private TableReader() {
    }

    /** The tables in {@code region} of {@code text}. */
    static Result read(String text, Span region) {
        return read(text, region, List.of());
    }

    /** The tables in {@code region} of {@code text}, reading the lines inside {@code skipped} as blank lines. */
    static Result read(String text, Span region, List<Span> skipped) {
        List<List<Line>> blocks = blocks(text, region, skipped);
        List<FigureTable> tables = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<Span> unaligned = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            List<Line> block = blocks.get(b);
            int i = 0;
            while (i < block.size()) {
                List<Row> run = runFrom(text, block, i);
                if (run.size() < MIN_ROWS) {
                    i++;
                    continue;
                }
                Span rowsSpan = new Span(run.get(0).line().start(), run.get(run.size() - 1).line().end());
                Optional<FigureTable> table = i == 0 ? TableHeaders.above(text, blocks, b, run)
                        : i == 1 ? TableHeaders.lineAbove(blocks, b, run) : Optional.empty();
                if (table.isPresent()) {
                    tables.add(table.get());
                    FigureTable t = table.get();
                    TableUnits units = TableUnits.of(text, region, t.span(), text.substring(t.span().start(), rowsSpan.start()),
                            t.columns().stream().map(Located::text).toList());
                    figures.addAll(cells(text, t, run, units));
                } else {
                    unaligned.add(rowsSpan);
                }
                i += run.size();
            }
        }
        return new Result(tables, figures, unaligned);
    }

    // ---- lines and rows -----------------------------------------------------------------------

    /** The region's lines grouped into blocks separated by blank lines. */
    private static List<List<Line>> blocks(String text, Span region, List<Span> skipped) {
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        int start = region.start();
        while (start <= region.end()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 || nl > region.end() ? region.end() : nl;
            String line = text.substring(start, end);
            Span lineSpan = new Span(start, end);
            if (line.isBlank() || skipped.stream().anyMatch(s -> NonFigureSpans.overlaps(s, lineSpan))) {
                if (!current.isEmpty())
                    blocks.add(current);
                current = new ArrayList<>();
            } else {
                current.add(new Line(start, end, line));
            }
            start = end + 1;
        }
        if (!current.isEmpty())
            blocks.add(current);
        return blocks;
    }

    /** The rows from line {@code i} on that all have as many cells as the first. */
    private static List<Row> runFrom(String text, List<Line> block, int i) {
        List<Row> run = new ArrayList<>();
        for (int k = i; k < block.size(); k++) {
            Optional<Row> row = row(block.get(k));
            if (row.isEmpty() || (!run.isEmpty() && row.get().cells().size() != run.get(0).cells().size()))
                break;
            run.add(row.get());
        }
        return run;
    }

    /** A line read as a label and trailing numeric cells, when it is one. */
    static Optional<Row> row(Line line) {
        // most lines of a document are prose: their last word says so before the line is cut into words
        return mayEndInCell(line.text()) ? rowOfWords(line) : Optional.empty();
    }

    /**
     * False where {@link #rowOfWords} finds no cell: the last word (or, after a "%" standing apart,
     * the word before it) is the first cell read, and every {@link CellValue#CELL} holds an ASCII
     * digit or is a dash. Read on the runs between spaces, of which the words are pieces.
     */
    static boolean mayEndInCell(String t) {
        int end = t.length();
        while (end > 0 && PatternSpace.is(t.charAt(end - 1)))
            end--;
        int start = end;
        while (start > 0 && !PatternSpace.is(t.charAt(start - 1)))
            start--;
        if (end - start == 1 && t.charAt(start) == '%') {
            end = start;
            while (end > 0 && PatternSpace.is(t.charAt(end - 1)))
                end--;
            start = end;
            while (start > 0 && !PatternSpace.is(t.charAt(start - 1)))
                start--;
        }
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9' || c == '-' || c == '\u2013' || c == '\u2014')
                return true;
        }
        return false;
    }

    /** {@link #row} without the look at the last word first. */
    static Optional<Row> rowOfWords(Line line) {
        List<Located> words = words(line);
        int k = words.size() - 1;
        List<Located> cells = new ArrayList<>();
        while (k >= 1) {
            Located w = words.get(k);
            if (w.text().equals("%") && k >= 2 && CellValue.CELL.matcher(WorkDeadline.watch(words.get(k - 1).text())).matches()) {
                // "60,67 %": a percent sign standing apart belongs to the number before it
                Located n = words.get(k - 1);
                cells.add(0, new Located(line.text().substring(n.span().start() - line.start(), w.span().end() - line.start()),
                        new Span(n.span().start(), w.span().end())));
                k -= 2;
            } else if (CellValue.CELL.matcher(WorkDeadline.watch(w.text())).matches()) {
                cells.add(0, w);
                k--;
            } else {
                break;
            }
        }
        if (cells.isEmpty() || k + 1 > MAX_LABEL_WORDS)
            return Optional.empty();
        Span labelSpan = new Span(words.get(0).span().start(), words.get(k).span().end());
        String label = line.text().substring(labelSpan.start() - line.start(), labelSpan.end() - line.start());
        if (!Character.isUpperCase(label.codePointAt(0)) || label.chars().anyMatch(Character::isDigit)
                || NOT_HEADER.matcher(WorkDeadline.watch(label)).find())
            return Optional.empty();
        return Optional.of(new Row(line, new Located(label, labelSpan), cells));
    }

    /** The words of a line between spaces, with their spans. */
    static List<Located> words(Line line) {
        // WORD read by hand: runs of up to 200 code points that are not whitespace as "\\s" knows it
        List<Located> out = new ArrayList<>();
        String t = line.text();
        int i = 0;
        while (i < t.length()) {
            if (PatternSpace.is(t.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            for (int n = 0; n < MAX_WORD && i < t.length() && !PatternSpace.is(t.charAt(i)); n++)
                i += Character.charCount(t.codePointAt(i));
            out.add(new Located(t.substring(start, i), new Span(line.start() + start, line.start() + i)));
        }
        return out;
    }

    // ---- cells --------------------------------------------------------------------------------

    /** The figures of a table's cells, euro cells scaled by the unit stated for them, percentages never. */
    private static List<Figure> cells(String text, FigureTable table, List<Row> run, TableUnits units) {
        List<Figure> out = new ArrayList<>();
        List<Optional<Integer>> years = columnYears(table);
        for (Row row : run) {
            Located sentence = new Located(row.line().text(), row.line().span());
            TableUnits.RowScales scales = units.row(row.label().text());
            for (int c = 0; c < row.cells().size(); c++) {
                Located cell = row.cells().get(c);
                Optional<CellValue> value = CellValue.of(cell.text());
                if (value.isEmpty())
                    continue; // "-": an empty cell
                String column = table.columns().get(c).text();
                boolean percent = value.get().percent();
                Optional<BigDecimal> scale = scales.scale(c);
                FigureUnit unit = percent ? FigureUnit.PERCENT : TableUnits.unit(value.get(), scale, column);
                BigDecimal v = value.get().value();
                if (!percent && scale.isPresent())
                    v = DutchNumbers.scaled(v, scale.get());
                out.add(new Figure(v, Optional.empty(), unit, false, Optional.of(column), Optional.empty(),
                        Optional.empty(), years.get(c),
                        cell, sentence, Optional.of(new TableCell(table, row.label(), c))));
            }
        }
        return out;
    }

    /** A column header without the time it names: "Plaatsen 2024" is "Plaatsen"; empty when nothing else is left. */
    static Optional<String> withoutTime(String header) {
        String rest = HEADER_TIME.matcher(WorkDeadline.watch(header)).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
        return rest.codePoints().anyMatch(Character::isLetter) ? Optional.of(rest) : Optional.empty();
    }

    /** The year of each column of {@code table}: its header's, else the caption's; read once, not for each cell. */
    static List<Optional<Integer>> columnYears(FigureTable table) {
        List<Optional<Integer>> years = new ArrayList<>();
        for (Located column : table.columns())
            years.add(year(column.text()).or(() -> table.caption().flatMap(TableReader::year)));
        return years;
    }

    /** The one year a header or caption names, if it names exactly one. */
    static Optional<Integer> year(String s) {
        Matcher m = YEAR.matcher(WorkDeadline.watch(s));
        if (!m.find())
            return Optional.empty();
        int y = Integer.parseInt(m.group());
        return m.find() ? Optional.empty() : Optional.of(y);
    }
}
