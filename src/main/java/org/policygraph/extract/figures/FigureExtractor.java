package org.policygraph.extract.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.layout.Block;

import org.policygraph.lang.Sentences;
import org.policygraph.model.Figure;
import org.policygraph.model.FigureTable;
import org.policygraph.model.Located;
import org.policygraph.model.Span;
import org.policygraph.text.TokenStream;

/**
 * Finds the figures cited in a region of a document's normalised text: euro amounts,
 * percentages, counts, durations and the cells of tables (the layout's, and those left in the
 * text as lines), with what each
 * measures. Offsets in the result are absolute offsets into the text.
 * <pre>{@code
 * List<Figure> figures = new FigureExtractor().extract(text, answerSpan);
 * }</pre>
 * Precision comes first: a number becomes a figure only when the text says what it is, and
 * dates, years, school years, list and question numbers, identifiers, addresses and phone
 * numbers never do. Nothing outside the region is read: a figure's sentence is cut at the
 * region's bounds.
 */
public final class FigureExtractor {

    /** The figures in {@code region} of {@code text}, in text order. */
    public List<Figure> extract(String text, Span region) {
        return extract(text, region, FigureContext.none());
    }

    /** The figures in {@code region} of {@code text} outside the context's excluded spans, in text order. */
    public List<Figure> extract(String text, Span region, FigureContext context) {
        return read(text, region, context).figures();
    }

    /** The figures, the aligned tables and the unaligned table rows in {@code region} of {@code text}. */
    public FigureExtraction read(String text, Span region, FigureContext context) {
        return read(text, region, context, Diagnostics.none(text));
    }

    /**
     * The figures, the aligned tables and the unaligned table rows in {@code region} of {@code text}:
     * the context's layout tables cell by cell, tables the layout saw without a header (or not at
     * all) from the text around them, then the prose outside every table. Unaligned rows go to {@code report}.
     */
    public FigureExtraction read(String text, Span region, FigureContext context, Diagnostics report) {
        return read(text, region, context, report, Sentences.lazily(text, region));
    }

    /** As {@link #read(String, Span, FigureContext, Diagnostics)}, with the region's sentences shared with other extractors. */
    public FigureExtraction read(String text, Span region, FigureContext context, Diagnostics report,
                                 Supplier<Sentences> sentences) {
        if (region.end() > text.length())
            throw new IllegalArgumentException("Region " + region + " lies beyond the text (" + text.length() + " characters)");
        return read(text, new Located(region.of(text), region), context, report, sentences, TokenStream.of(text, region));
    }

    /**
     * As {@link #read(String, Span, FigureContext, Diagnostics)}, with the region's text, its sentences
     * and its tokens (a view on the document's, {@link TokenStream#within}) shared with other extractors.
     */
    public FigureExtraction read(String text, Located excerpt, FigureContext context, Diagnostics report,
                                 Supplier<Sentences> sentences, TokenStream tokens) {
        Span region = excerpt.span();
        List<FigureTable> tables = new ArrayList<>();
        List<Figure> cells = new ArrayList<>();
        List<Span> unaligned = new ArrayList<>();
        List<Span> readFromLayout = new ArrayList<>();
        List<Span> tableBlocks = new ArrayList<>();
        List<Block> inRegion = new ArrayList<>();
        for (Block block : context.tables()) {
            if (!NonFigureSpans.overlaps(block.span(), region))
                continue;
            tableBlocks.add(block.span());
            // a table cut by the region's bounds is not read in part
            if (block.span().start() >= region.start() && block.span().end() <= region.end())
                inRegion.add(block);
        }
        List<Optional<LayoutTableReader.Result>> read = new LayoutTableReader(text, region, inRegion, report).readAll();
        for (int i = 0; i < inRegion.size(); i++) {
            if (read.get(i).isEmpty())
                continue;
            readFromLayout.add(inRegion.get(i).span());
            tables.addAll(read.get(i).get().tables());
            cells.addAll(read.get(i).get().figures());
            unaligned.addAll(read.get(i).get().unaligned());
        }
        TableReader.Result fromText = TableReader.read(text, region, readFromLayout);
        tables.addAll(fromText.tables());
        cells.addAll(fromText.figures());
        for (Span rows : fromText.unaligned())
            report.warning(DiagnosticCode.TABLE_ROW_UNALIGNED, rows,
                    "rows of a table whose header could not be matched to them column for column");
        unaligned.addAll(fromText.unaligned());
        reportUnread(text, inRegion, cells, unaligned, report);
        List<Figure> figures = new ArrayList<>();
        for (Figure f : cells)
            if (context.excluded().stream().noneMatch(e -> NonFigureSpans.overlaps(e, f.quote().span())))
                figures.add(f);
        // table rows, aligned or not, are never read again as prose
        List<Span> excluded = new ArrayList<>(context.excluded());
        excluded.addAll(tableBlocks);
        tables.forEach(t -> excluded.add(t.span()));
        excluded.addAll(unaligned);
        figures.addAll(new ProseFigureReader(text, excerpt, tokens, sentences.get(), excluded).read());
        figures.sort(Comparator.comparingInt((Figure f) -> f.quote().span().start()));
        tables.sort(Comparator.comparingInt((FigureTable t) -> t.span().start()));
        return new FigureExtraction(figures, tables, unaligned);
    }

    /**
     * A table of the layout that holds numbers but gave no figure, and no row reported as out of
     * line: its rows are kept from the prose reader like any table's, so without this report its
     * numbers would be lost without a word (a header on one line above the rows, whose words cannot
     * be told apart into columns).
     */
    private static void reportUnread(String text, List<Block> tables, List<Figure> cells, List<Span> unaligned, Diagnostics report) {
        for (Block block : tables) {
            Span span = block.span();
            if (cells.stream().anyMatch(f -> NonFigureSpans.overlaps(f.quote().span(), span))
                    || unaligned.stream().anyMatch(u -> NonFigureSpans.overlaps(u, span))
                    || span.of(text).chars().noneMatch(Character::isDigit))
                continue;
            int rows = block.table().map(t -> t.rows().size()).orElse(0);
            report.warning(DiagnosticCode.TABLE_UNREAD, span, "a table of " + rows
                    + " rows with numbers gave no figure: no header row or caption says what its columns count");
        }
    }
}
