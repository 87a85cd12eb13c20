package org.policygraph.extract.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.lang.DutchNumbers;
import org.policygraph.layout.Block;
import org.policygraph.layout.Table;
import org.policygraph.model.Figure;
import org.policygraph.model.FigureTable;
import org.policygraph.model.FigureUnit;
import org.policygraph.model.Located;
import org.policygraph.model.Span;
import org.policygraph.model.TableCell;

/**
 * Reads the cells of a table the layout found (by PDF positions, by cells written one per line, from
 * markup) into figures: the row label is the row's cell in the first column, the column header the
 * header rows' cells of the cell's column joined, the unit the one the caption or header states
 * ("(in duizend euro)"), or a percent sign in the cell or its header.
 * <p>
 * A year in a header cell is the column's reference year, never a figure. A row is only read when
 * every value stands under a header and the row has a label: otherwise it is reported as unaligned
 * and yields nothing, because a number under the wrong header is a wrong number in an analyst's sum.
 * Tables without header rows are left to {@link TableReader}, which looks for their header in the
 * lines above.
 */
final class LayoutTableReader {

    /** A column header that makes its cells percentages: "Aandeel (%)", "in %", "procent". */
    private static final Pattern PERCENT_HEADER = Pattern.compile("(?iu)\\(%\\)|\\bin\\s?%|\\bprocent\\b|%$");
    /** A row label that makes its cells percentages: "Idem, in % ontvangsten". */
    private static final Pattern PERCENT_ROW = Pattern.compile("(?iu)\\bin\\s?%");
    /** A word in a column header that makes its cells euro amounts: "Bedrag (euro)", "Budget in €". */
    private static final Pattern EURO_HEADER = Pattern.compile("(?iu)\\beuro\\b|€|\\bbedrag");
    /** The trailing colon of a caption that introduces its table ("... (in euro, lopende prijzen):"). */
    private static final Pattern CAPTION_TRIM = Pattern.compile("[:\\s]{1,5}$");

    /** What one layout table gave: the table when any column has a header, its figures, its unaligned rows. */
    record Result(Optional<FigureTable> table, List<Figure> figures, List<Span> unaligned) {
    }

    private LayoutTableReader() {
    }

    /** The figures of a layout table block inside {@code region}; empty when the table has no header rows. */
    static Optional<Result> read(String text, Span region, Block block, Diagnostics report) {
        Table t = block.table().orElseThrow(() -> new IllegalArgumentException("Not a table block: " + block.kind()));
        if (t.headerRows() == 0 || t.headerRows() >= t.rows().size())
            return Optional.empty();
        Map<Integer, Located> headers = headers(text, t);
        Map<Integer, Integer> columnIndex = new TreeMap<>();
        List<Located> columns = new ArrayList<>();
        for (Map.Entry<Integer, Located> h : headers.entrySet())
            if (h.getKey() > 0) {
                columnIndex.put(h.getKey(), columns.size());
                columns.add(h.getValue());
            }
        if (columns.isEmpty())
            return Optional.of(new Result(Optional.empty(), List.of(), List.of()));
        Optional<String> caption = t.caption().map(s -> CAPTION_TRIM.matcher(s.of(text)).replaceAll("")).filter(s -> !s.isEmpty());
        FigureTable table = new FigureTable(block.span(), caption, Optional.ofNullable(headers.get(0)), columns);
        StringBuilder stated = new StringBuilder(caption.orElse(""));
        headers.values().forEach(h -> stated.append(' ').append(h.text()));
        Optional<BigDecimal> euroFactor = TableUnits.ofLayout(text, region, block.span(), stated.toString());

        List<Figure> figures = new ArrayList<>();
        List<Span> unaligned = new ArrayList<>();
        for (int r = t.headerRows(); r < t.rows().size(); r++) {
            Table.Row row = t.rows().get(r);
            if (repeatsHeader(text, row))
                continue;
            Optional<String> misfit = misfit(text, row, columnIndex);
            if (misfit.isPresent()) {
                unaligned.add(row.span());
                report.warning(DiagnosticCode.TABLE_ROW_UNALIGNED, row.span(), misfit.get());
                continue;
            }
            Table.Cell labelCell = row.cells().stream().filter(c -> c.column() == 0).findFirst().orElse(null);
            if (labelCell == null)
                continue; // no values either: misfit() lets only such rows through without a label
            Located label = located(text, labelCell.span());
            Located sentence = located(text, row.span());
            for (Table.Cell cell : row.cells()) {
                if (cell.column() == 0)
                    continue;
                Optional<CellValue> value = CellValue.of(cell.span().of(text));
                if (value.isEmpty())
                    continue;
                int column = columnIndex.get(cell.column());
                String header = columns.get(column).text();
                FigureUnit unit = unit(value.get(), header, label.text(), euroFactor);
                BigDecimal v = value.get().value();
                if (unit == FigureUnit.EUR && euroFactor.isPresent())
                    v = DutchNumbers.scaled(v, euroFactor.get());
                Optional<Integer> year = TableReader.year(header).or(() -> caption.flatMap(TableReader::year));
                figures.add(new Figure(v, Optional.empty(), unit, false, Optional.of(measure(header, label.text())),
                        Optional.empty(), Optional.empty(), year, located(text, cell.span()), sentence,
                        Optional.of(new TableCell(table, label, column))));
            }
        }
        return Optional.of(new Result(Optional.of(table), figures, unaligned));
    }

    /** Each column's header: its cells in the header rows joined, mending words hyphenated at a line end. */
    private static Map<Integer, Located> headers(String text, Table t) {
        Map<Integer, Located> out = new TreeMap<>();
        for (int r = 0; r < t.headerRows(); r++)
            for (Table.Cell cell : t.rows().get(r).cells()) {
                String part = cell.span().of(text);
                Located above = out.get(cell.column());
                if (above == null) {
                    out.put(cell.column(), new Located(part, cell.span()));
                    continue;
                }
                String joined = above.text().endsWith("-") && Character.isLowerCase(part.codePointAt(0))
                        ? above.text().substring(0, above.text().length() - 1) + part
                        : above.text() + " " + part;
                out.put(cell.column(), new Located(joined, new Span(above.span().start(), cell.span().end())));
            }
        return out;
    }

    /** Why a row cannot be read cell by cell, if it cannot: a value under no header, two values in one cell, no label. */
    private static Optional<String> misfit(String text, Table.Row row, Map<Integer, Integer> columnIndex) {
        boolean values = false;
        boolean label = false;
        for (Table.Cell cell : row.cells()) {
            String s = cell.span().of(text);
            if (cell.column() == 0) {
                label = CellValue.of(s).isEmpty();
                if (!label)
                    return Optional.of("the row's label column holds a number (" + s + ")");
                continue;
            }
            boolean value = CellValue.of(s).isPresent();
            if (!value && severalValues(s))
                return Optional.of("two values stand in one column (" + s + "): the row does not fit the table's columns");
            if (value && !columnIndex.containsKey(cell.column()))
                return Optional.of("a value (" + s + ") stands in a column without a header");
            values |= value;
        }
        if (values && !label)
            return Optional.of("the row has values but no label");
        return Optional.empty();
    }

    /** True for a cell of several values side by side ("1,2% 1,3%"). */
    private static boolean severalValues(String cell) {
        String[] words = cell.split(" ");
        if (words.length < 2)
            return false;
        for (String w : words)
            if (CellValue.of(w).isEmpty() && !w.equals("%") && !w.equals("€"))
                return false;
        return true;
    }

    /** True for a row whose values are all bare years: the header repeated inside the table (after a page break). */
    private static boolean repeatsHeader(String text, Table.Row row) {
        List<String> values = row.cells().stream().filter(c -> c.column() > 0).map(c -> c.span().of(text))
                .filter(s -> CellValue.of(s).isPresent()).toList();
        return !values.isEmpty() && values.stream().allMatch(CellValue::isYear);
    }

    private static FigureUnit unit(CellValue value, String header, String label, Optional<BigDecimal> euroFactor) {
        if (value.percent() || PERCENT_HEADER.matcher(header).find() || PERCENT_ROW.matcher(label).find())
            return FigureUnit.PERCENT;
        if (value.euro() || euroFactor.isPresent() || EURO_HEADER.matcher(header).find())
            return FigureUnit.EUR;
        return FigureUnit.COUNT;
    }

    /**
     * What a cell measures: its column header ("Gemeenschapsonderwijs"), unless the header names a
     * time ("2026", "BO 2026", "2024 definitief"), which is a dimension; then the row label
     * ("Verkooprecht").
     */
    private static String measure(String header, String label) {
        return TableReader.YEAR.matcher(header).find() ? label : header;
    }

    private static Located located(String text, Span span) {
        return new Located(span.of(text), span);
    }
}
