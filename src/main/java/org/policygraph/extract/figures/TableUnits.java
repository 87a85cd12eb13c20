package org.policygraph.extract.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.DutchNumbers;
import org.policygraph.model.FigureUnit;
import org.policygraph.model.Span;

/**
 * The euro units a table states ("(in duizend euro)", "in mln euro", "(in 1.000 euro)", "k€"), and
 * which cells each one scales:
 * <ul>
 *   <li>one in the caption right above the table, a "Tabel ..." caption right below it (where
 *       budget documents put theirs), or the header of the labels is the whole table's;</li>
 *   <li>one in a column's header is that column's: under "Aanvragen | Bedrag (in euro)" the
 *       requests stay counts. A column headed by a time alone ("2024") is the same measure in
 *       another year and carries on the unit of the column left of it;</li>
 *   <li>one in a row's label is that row's, where the columns are years.</li>
 * </ul>
 *
 * @param table   the unit of every cell, when the table states one for all
 * @param columns per value column (as in {@link org.policygraph.model.FigureTable#columns}), its own
 *                unit or the one it carries on
 */
record TableUnits(Optional<BigDecimal> table, List<Optional<BigDecimal>> columns) {

    /** A stated euro unit with its optional scale; the scale words are those of {@link DutchNumbers#scale}. */
    private static final Pattern STATED = Pattern.compile(
            "(?iu)\\bin\\s{1,3}(?:(?<scale>[\\p{L}]{2,8})\\s{1,3}(?:euro|eur|€)"
                    + "|(?:euro|eur|€)(?:\\s{1,3}(?<after>[\\p{L}]{2,8}))?"
                    + "|(?<thousand>1\\.000)\\s{1,3}(?:euro|€))(?![\\p{L}\\d])"
                    + "|(?<![\\p{L}\\d])(?<kilo>k€)");
    /** A word in a column header that makes its cells euro amounts, stated scale or not: "Bedrag (euro)", "Budget in €". */
    private static final Pattern EURO_HEADER = Pattern.compile("(?iu)\\beuro\\b|€|\\bbedrag");
    /** A caption that names the table it follows: "Tabel 2-1: ...", "Figuur 3". */
    private static final Pattern CAPTION_BELOW = Pattern.compile("(?iu)^(?:tabel|tab\\.)\\s");

    TableUnits {
        columns = List.copyOf(columns);
    }

    /**
     * The units of a table read from text: {@code header} is the text from the table's start to its
     * first row. A unit in it that no column header holds is the whole table's.
     */
    static TableUnits of(String text, Span region, Span table, String header, List<String> columnHeaders) {
        List<Optional<BigDecimal>> columns = columns(columnHeaders);
        Optional<BigDecimal> wide = columns.stream().anyMatch(Optional::isPresent) ? Optional.empty() : stated(header);
        return new TableUnits(wide.or(() -> around(text, region, table)), columns);
    }

    /**
     * The units of a layout table: {@code own} is its caption and the header of its labels, which
     * state the whole table's unit, as the line above or a "Tabel ..." line below do.
     */
    static TableUnits ofLayout(String text, Span region, Span table, String own, List<String> columnHeaders) {
        return new TableUnits(stated(own).or(() -> around(text, region, table)), columns(columnHeaders));
    }

    /** No unit stated anywhere. */
    boolean none() {
        return table.isEmpty() && columns.stream().allMatch(Optional::isEmpty);
    }

    /**
     * The unit for the whole table, for a table of {@code columns} other columns that carries this one
     * on: the table's own, or the one every column states alike.
     */
    TableUnits whole(int columns) {
        Optional<BigDecimal> all = table.or(() -> this.columns.isEmpty() || this.columns.stream().distinct().count() > 1
                ? Optional.empty() : this.columns.get(0));
        return new TableUnits(all, Collections.nCopies(columns, Optional.empty()));
    }

    /** The scales of the cells of the row labelled {@code rowLabel}. */
    RowScales row(String rowLabel) {
        return new RowScales(this, rowLabel);
    }

    /** The scales of one row's cells: its label is read for a unit once, for the first cell whose column states none. */
    static final class RowScales {
        private final TableUnits units;
        private final String label;
        private Optional<BigDecimal> stated;

        private RowScales(TableUnits units, String label) {
            this.units = units;
            this.label = label;
        }

        /** The factor that scales the euro cells of {@code column} in this row, when one is stated. */
        Optional<BigDecimal> scale(int column) {
            return units.columns.get(column).or(this::stated).or(() -> units.table);
        }

        private Optional<BigDecimal> stated() {
            if (stated == null)
                stated = TableUnits.stated(label);
            return stated;
        }
    }

    /**
     * The unit of a cell that is no percentage: euros when the cell says so, a unit is stated for
     * it ({@code scale}, as {@link RowScales#scale} gives it), or its column header names an amount; a count otherwise.
     */
    static FigureUnit unit(CellValue value, Optional<BigDecimal> scale, String header) {
        return value.euro() || scale.isPresent() || EURO_HEADER.matcher(WorkDeadline.watch(header)).find()
                ? FigureUnit.EUR : FigureUnit.COUNT;
    }

    /** The factor a caption or header states: "in duizend euro" = 1000, "in euro" = 1; empty when it states none. */
    static Optional<BigDecimal> stated(String s) {
        Matcher m = STATED.matcher(WorkDeadline.watch(s));
        while (m.find()) {
            if (m.group("kilo") != null || m.group("thousand") != null)
                return Optional.of(DutchNumbers.KILO);
            String word = m.group("scale") != null ? m.group("scale") : m.group("after");
            if (word == null)
                return Optional.of(BigDecimal.ONE);
            Optional<BigDecimal> scale = DutchNumbers.scale(word);
            if (scale.isPresent())
                return scale;
        }
        return Optional.empty();
    }

    /** Each column's own unit, or for a column headed by a time alone the unit of the column left of it. */
    private static List<Optional<BigDecimal>> columns(List<String> headers) {
        List<Optional<BigDecimal>> out = new ArrayList<>(headers.size());
        for (String header : headers) {
            Optional<BigDecimal> own = stated(header);
            if (own.isEmpty() && !out.isEmpty() && TableReader.withoutTime(header).isEmpty())
                own = out.get(out.size() - 1);
            out.add(own);
        }
        return out;
    }

    /** The unit the line right above the table states, else the one a "Tabel ..." line right below it states. */
    private static Optional<BigDecimal> around(String text, Span region, Span table) {
        Optional<BigDecimal> above = lineBefore(text, region, table.start()).flatMap(TableUnits::stated);
        if (above.isPresent())
            return above;
        return lineAfter(text, region, table.end())
                .filter(l -> CAPTION_BELOW.matcher(WorkDeadline.watch(l)).find())
                .flatMap(TableUnits::stated);
    }

    private static Optional<String> lineBefore(String text, Span region, int offset) {
        int end = offset - 1;
        while (end > region.start() && text.charAt(end - 1) == '\n')
            end--;
        if (end <= region.start())
            return Optional.empty();
        int start = Math.max(region.start(), text.lastIndexOf('\n', end - 1) + 1);
        return Optional.of(text.substring(start, end));
    }

    private static Optional<String> lineAfter(String text, Span region, int offset) {
        int start = offset;
        while (start < region.end() && text.charAt(start) == '\n')
            start++;
        if (start >= region.end())
            return Optional.empty();
        int nl = text.indexOf('\n', start);
        return Optional.of(text.substring(start, nl < 0 || nl > region.end() ? region.end() : nl));
    }
}
