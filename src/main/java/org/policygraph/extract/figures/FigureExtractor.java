package org.policygraph.extract.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.policygraph.lang.Sentences;
import org.policygraph.model.Figure;
import org.policygraph.model.Span;

/**
 * Finds the figures cited in a region of a document's normalised text: euro amounts,
 * percentages, counts, durations and the cells of text-extracted tables, with what each
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
        if (region.end() > text.length())
            throw new IllegalArgumentException("Region " + region + " lies beyond the text (" + text.length() + " characters)");
        TableReader.Result tables = TableReader.read(text, region);
        List<Figure> figures = new ArrayList<>();
        for (Figure f : tables.figures())
            if (context.excluded().stream().noneMatch(e -> NonFigureSpans.overlaps(e, f.quote().span())))
                figures.add(f);
        // table rows, aligned or not, are never read again as prose
        List<Span> excluded = new ArrayList<>(context.excluded());
        tables.tables().forEach(t -> excluded.add(t.span()));
        excluded.addAll(tables.unaligned());
        figures.addAll(new ProseFigureReader(text, region, Sentences.of(text, region), excluded).read());
        figures.sort(Comparator.comparingInt((Figure f) -> f.quote().span().start()));
        return new FigureExtraction(figures, tables.tables(), tables.unaligned());
    }
}
