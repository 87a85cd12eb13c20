package org.policygraph.extract.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.Gazetteer;
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
 * <p>
 * A table without header rows is read under the header of the table it carries on after a page
 * break (same columns at the same places), or, when it has one column of values and a caption, under
 * its caption. Other tables without header rows are left to {@link TableReader}, which looks for
 * their header in the lines above.
 */
final class LayoutTableReader {

    /** A column header that makes its cells percentages: "Aandeel (%)", "in %", "procent". */
    private static final Pattern PERCENT_HEADER = Pattern.compile("(?iu)\\(%\\)|\\bin\\s?%|\\bprocent\\b|%$");
    /** A row label that makes its cells percentages: "Idem, in % ontvangsten". */
    private static final Pattern PERCENT_ROW = Pattern.compile("(?iu)\\bin\\s?%");
    /** The trailing colon of a caption that introduces its table ("... (in euro, lopende prijzen):"). */
    private static final Pattern CAPTION_TRIM = Pattern.compile("[:\\s]{1,5}$");

    /**
     * What one layout table gave: the tables whose columns have headers (two when a header row inside
     * it starts another), their figures, the unaligned rows.
     */
    record Result(List<FigureTable> tables, List<Figure> figures, List<Span> unaligned) {
    }

    /**
     * A table whose header was read: its block, the headers by column, the model table, its euro unit,
     * and whether its one column is headed by the table's caption (then the row label is the measure).
     */
    private record Headed(Block block, Map<Integer, Located> headers, Map<Integer, Integer> columnIndex,
                          FigureTable table, TableUnits units, boolean captionHeads) {
    }

    /** At most this many characters of text between a table and the one that carries it on after a page break. */
    private static final int MAX_CONTINUATION_GAP = 200;
    /**
     * Columns of a continuation stand within this share of the narrowest column spacing of the table's
     * (right-aligned numbers of other widths move a column's left edge).
     */
    private static final float COLUMN_TOLERANCE = 0.25f;

    private final String text;
    private final Span region;
    private final List<Block> blocks;
    private final Diagnostics report;
    /** The table the next one may carry on, with its header. */
    private Optional<Headed> previous = Optional.empty();
    /** The last table read with a header, whose second half (under a header of its own) may follow. */
    private Optional<Headed> lastHeaded = Optional.empty();

    /** A reader of the layout table blocks of one region, given in text order. */
    LayoutTableReader(String text, Span region, List<Block> blocks, Diagnostics report) {
        this.text = text;
        this.region = region;
        this.blocks = List.copyOf(blocks);
        this.report = report;
        for (Block b : blocks)
            if (b.table().isEmpty())
                throw new IllegalArgumentException("Not a table block: " + b.kind());
    }

    /** What each table block gave, in order: empty for a table that is left to {@link TableReader}. */
    List<Optional<Result>> readAll() {
        List<Optional<Result>> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++)
            out.add(read(blocks.get(i), i));
        return out;
    }

    /**
     * The figures of table block {@code i}; empty when the table has no header rows and does not carry
     * on the table before it (a page break cutting a table in two).
     */
    private Optional<Result> read(Block tableBlock, int i) {
        Block block = tableBlock;
        Table t = block.table().orElseThrow();
        Optional<Headed> headed;
        int firstRow;
        boolean carried = false;
        if (t.headerRows() > 0 && t.headerRows() < t.rows().size()) {
            headed = headed(block, i);
            headed.ifPresent(h -> lastHeaded = Optional.of(h));
            firstRow = t.headerRows();
        } else if (t.headerRows() == 0 && previous.isPresent() && continues(previous.get().block(), block)) {
            block = carriedOn(previous.get().block(), block).orElseThrow();
            t = block.table().orElseThrow();
            headed = previous;
            firstRow = 0;
            carried = true;
        } else if (t.headerRows() == 0 && t.columnCount() == 2 && t.caption().isPresent()) {
            headed = captioned(block);
            firstRow = 0;
        } else {
            previous = Optional.empty();
            return Optional.empty();
        }
        Block read = block;
        // the next part of a table carried on is compared with this one, as read into the table's columns
        previous = headed.filter(h -> h.block().table().orElseThrow().columnXs().size() > 0).map(h -> h.block() == read ? h
                : new Headed(read, h.headers(), h.columnIndex(), h.table(), h.units(), h.captionHeads()));
        if (headed.isEmpty())
            return Optional.of(new Result(List.of(), List.of(), List.of()));
        Headed h = headed.get();
        List<Figure> figures = new ArrayList<>();
        List<Span> unaligned = new ArrayList<>();
        List<Optional<Integer>> years = TableReader.columnYears(h.table());
        for (int r = firstRow; r < t.rows().size(); r++) {
            Table.Row row = t.rows().get(r);
            if (r > firstRow && repeatsHeader(text, row) && hasLabel(row)) {
                // a header inside the table ("GZI 2025 2026 ..." under the CPI rows): a new table starts
                Block rest = rest(block, r);
                Optional<Result> next = read(rest, i);
                List<FigureTable> tables = new ArrayList<>(carried ? List.<FigureTable>of() : List.of(h.table()));
                next.ifPresent(n -> {
                    tables.addAll(n.tables());
                    figures.addAll(n.figures());
                    unaligned.addAll(n.unaligned());
                });
                return Optional.of(new Result(tables, figures, unaligned));
            }
            readRow(row, h, years, figures, unaligned);
        }
        // a table carried on after a page break is the one already listed
        return Optional.of(new Result(carried ? List.of() : List.of(h.table()), figures, unaligned));
    }

    /** The rows of a table block from row {@code from} on, as a table whose first row is its header. */
    private Block rest(Block block, int from) {
        Table t = block.table().orElseThrow();
        List<Table.Row> rows = t.rows().subList(from, t.rows().size());
        Span span = new Span(rows.get(0).span().start(), block.span().end());
        return new Block(block.kind(), span, span.of(text), Optional.empty(),
                Optional.of(new Table(rows, 1, t.columnXs(), Optional.empty())), block.box());
    }

    private static boolean hasLabel(Table.Row row) {
        return row.cells().stream().anyMatch(c -> c.column() == 0);
    }

    /**
     * The header of table block {@code i}, which has header rows; empty when no value column has a
     * header. A unit the table does not state itself may come from the part that carries it on after a
     * page break (whose caption stands below), or from the table it is the second half of.
     */
    private Optional<Headed> headed(Block block, int i) {
        Table t = block.table().orElseThrow();
        Map<Integer, Located> headers = headers(text, t);
        Map<Integer, Integer> columnIndex = new TreeMap<>();
        List<Located> columns = new ArrayList<>();
        for (Map.Entry<Integer, Located> h : headers.entrySet())
            if (h.getKey() > 0) {
                columnIndex.put(h.getKey(), columns.size());
                columns.add(h.getValue());
            }
        if (columns.isEmpty())
            return Optional.empty();
        List<Block> parts = new ArrayList<>(List.of(block));
        for (int j = i + 1; j < blocks.size() && blocks.get(j).table().orElseThrow().headerRows() == 0; j++) {
            Optional<Block> next = carriedOn(parts.get(parts.size() - 1), blocks.get(j));
            if (next.isEmpty())
                break;
            parts.add(next.get());
        }
        Optional<String> caption = parts.stream().map(p -> caption(p.table().orElseThrow())).flatMap(Optional::stream).findFirst();
        Optional<Located> rowHeader = Optional.ofNullable(headers.get(0));
        String own = caption.orElse("") + rowHeader.map(h -> " " + h.text()).orElse("");
        List<String> columnHeaders = columns.stream().map(Located::text).toList();
        TableUnits units = TableUnits.ofLayout(text, region,
                new Span(block.span().start(), parts.get(parts.size() - 1).span().end()), own, columnHeaders);
        if (units.none() && lastHeaded.isPresent() && secondHalf(lastHeaded.get(), block, rowHeader)) {
            // the second half's columns are other years than the first's: only a unit for the whole table carries over
            units = lastHeaded.get().units().whole(columnHeaders.size());
            caption = caption.or(() -> lastHeaded.get().table().caption());
        }
        FigureTable table = new FigureTable(block.span(), caption, rowHeader, columns);
        return Optional.of(new Headed(block, headers, columnIndex, table, units, false));
    }

    /**
     * The header of a table of labels and one column of values, without a header row, that a caption
     * names ("Tabel 2-1: Netto-beleidsruimte (in duizend euro)"): the caption heads its one column.
     */
    private Optional<Headed> captioned(Block block) {
        Table t = block.table().orElseThrow();
        Span span = t.caption().orElseThrow();
        Optional<String> caption = caption(t);
        if (caption.isEmpty())
            return Optional.empty();
        Located header = new Located(span.of(text), span);
        FigureTable table = new FigureTable(block.span(), caption, Optional.empty(), List.of(header));
        TableUnits units = TableUnits.ofLayout(text, region, block.span(), caption.get(), List.of(header.text()));
        return Optional.of(new Headed(block, Map.of(1, header), Map.of(1, 0), table, units, true));
    }

    private Optional<String> caption(Table t) {
        return t.caption().map(s -> CAPTION_TRIM.matcher(WorkDeadline.watch(s.of(text))).replaceAll("")).filter(s -> !s.isEmpty());
    }

    /**
     * True when {@code block} is the second half of a wide table set under the first: close below it,
     * under a header of its own whose label column is headed the same ("SERV-raming ontvangsten").
     */
    private static boolean secondHalf(Headed first, Block block, Optional<Located> rowHeader) {
        return rowHeader.isPresent() && first.table().rowHeader().isPresent()
                && rowHeader.get().text().equals(first.table().rowHeader().get().text())
                && block.span().start() - first.block().span().end() <= MAX_CONTINUATION_GAP;
    }

    /** True when {@code next}, a table without header rows, carries on {@code table} (see {@link #carriedOn}). */
    private boolean continues(Block table, Block next) {
        return carriedOn(table, next).isPresent();
    }

    /**
     * {@code next}, a table without header rows, as the rows of {@code table} it carries on after a page
     * break or a wrapped label: little text between them, on the same or the next page, each column
     * standing where one of the table's stands. A column of its own left of the table's label column
     * (a code before each label, "VIPA") joins the label it stands before ("VIPA Instandhoudingsforfait"),
     * or is the label of a row that has none.
     * Empty when {@code next} does not carry {@code table} on.
     */
    private Optional<Block> carriedOn(Block table, Block next) {
        Table a = table.table().orElseThrow();
        Table b = next.table().orElseThrow();
        if (a.columnXs().size() < 2 || b.columnXs().isEmpty()
                || next.span().start() - table.span().end() > MAX_CONTINUATION_GAP)
            return Optional.empty();
        if (table.box().isPresent() && next.box().isPresent()
                && next.box().get().page() - table.box().get().page() > 1)
            return Optional.empty();
        float spacing = Float.MAX_VALUE;
        for (int c = 1; c < a.columnXs().size(); c++)
            spacing = Math.min(spacing, a.columnXs().get(c) - a.columnXs().get(c - 1));
        float tolerance = COLUMN_TOLERANCE * spacing;
        Map<Integer, Integer> to = new TreeMap<>();
        for (int c = 0; c < b.columnXs().size(); c++) {
            float x = b.columnXs().get(c);
            int match = -1;
            for (int k = 0; k < a.columnXs().size(); k++)
                if (Math.abs(a.columnXs().get(k) - x) <= tolerance)
                    match = k;
            if (match >= 0)
                to.put(c, match);
            else if (x >= a.columnXs().get(0) - tolerance)
                return Optional.empty();
        }
        if (!to.containsValue(0) || to.size() != a.columnXs().size())
            return Optional.empty();
        List<Table.Row> rows = new ArrayList<>();
        for (Table.Row row : b.rows()) {
            List<Table.Cell> cells = new ArrayList<>();
            // the codes stand left of the label, in the text before it too
            Optional<Span> code = Optional.empty();
            for (Table.Cell cell : row.cells()) {
                if (!to.containsKey(cell.column())) {
                    code = Optional.of(code.map(c -> new Span(c.start(), cell.span().end())).orElse(cell.span()));
                    continue;
                }
                Span span = cell.span();
                int column = to.get(cell.column());
                // the code is part of what names the row: "Actualisatie ESR-uitgaven" is every agency's row
                if (column == 0 && code.isPresent()) {
                    span = new Span(code.get().start(), span.end());
                    code = Optional.empty();
                }
                cells.add(new Table.Cell(span, column));
            }
            // a code without a label names its row alone
            if (code.isPresent())
                cells.add(0, new Table.Cell(code.get(), 0));
            rows.add(new Table.Row(row.span(), cells));
        }
        return Optional.of(new Block(next.kind(), next.span(), next.text(), next.label(),
                Optional.of(new Table(rows, 0, a.columnXs(), b.caption())), next.box()));
    }

    /** Reads one data row under the header (its columns' years at hand), or reports it when it does not fit. */
    private void readRow(Table.Row row, Headed h, List<Optional<Integer>> years, List<Figure> figures, List<Span> unaligned) {
        if (repeatsHeader(text, row))
            return;
        Optional<String> misfit = misfit(text, row, h.columnIndex());
        if (misfit.isPresent()) {
            unaligned.add(row.span());
            report.warning(DiagnosticCode.TABLE_ROW_UNALIGNED, row.span(), misfit.get());
            return;
        }
        Table.Cell labelCell = row.cells().stream().filter(c -> c.column() == 0).findFirst().orElse(null);
        if (labelCell == null)
            return; // no values either: misfit() lets only such rows through without a label
        Located label = located(text, labelCell.span());
        Located sentence = located(text, row.span());
        List<Located> columns = h.table().columns();
        TableUnits.RowScales scales = h.units().row(label.text());
        for (Table.Cell cell : row.cells()) {
            if (cell.column() == 0)
                continue;
            Optional<CellValue> value = CellValue.of(cell.span().of(text));
            if (value.isEmpty())
                continue;
            int column = h.columnIndex().get(cell.column());
            String header = columns.get(column).text();
            Optional<BigDecimal> scale = scales.scale(column);
            FigureUnit unit = unit(value.get(), scale, header, label.text());
            BigDecimal v = value.get().value();
            if (unit == FigureUnit.EUR && scale.isPresent())
                v = DutchNumbers.scaled(v, scale.get());
            Optional<Integer> year = years.get(column);
            figures.add(new Figure(v, Optional.empty(), unit, false, Optional.of(h.captionHeads() ? label.text() : measure(header, label.text())),
                    Optional.empty(), Optional.empty(), year, located(text, cell.span()), sentence,
                    Optional.of(new TableCell(h.table(), label, column))));
        }
    }

    /** Each column's header: its cells in the header rows joined, mending words hyphenated at a line end. */
    private static Map<Integer, Located> headers(String text, Table t) {
        Map<Integer, Located> out = new TreeMap<>();
        for (int r = 0; r < t.headerRows(); r++) {
            List<Table.Cell> cells = t.rows().get(r).cells();
            // a label alone under the header ("Primaire ESR-uitgaven") opens the rows, it does not head the labels
            if (r > 0 && cells.stream().allMatch(c -> c.column() == 0))
                continue;
            for (Table.Cell cell : cells) {
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

    private static FigureUnit unit(CellValue value, Optional<BigDecimal> scale, String header, String label) {
        if (value.percent() || PERCENT_HEADER.matcher(WorkDeadline.watch(header)).find() || PERCENT_ROW.matcher(WorkDeadline.watch(label)).find())
            return FigureUnit.PERCENT;
        return TableUnits.unit(value, scale, header);
    }

    /**
     * What a cell measures: its column header ("Gemeenschapsonderwijs"), unless the header names a
     * time ("2026", "BO 2026", "2024 definitief"), which is a dimension; then the row label
     * ("Verkooprecht"). A row labelled with a province is a place, never what is measured: there the
     * header is the measure, without the time it names, which is the figure's reference year
     * ("Wachtenden op 1 januari 2024" in the row "Limburg" measures "Wachtenden").
     */
    private static String measure(String header, String label) {
        if (Gazetteer.of("provinces").canonical(label).isPresent())
            return TableReader.withoutTime(header).orElse(label);
        return TableReader.YEAR.matcher(WorkDeadline.watch(header)).find() ? label : header;
    }

    private static Located located(String text, Span span) {
        return new Located(span.of(text), span);
    }
}
