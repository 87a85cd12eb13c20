package org.policygraph.extract.figures;

import java.util.List;

import org.policygraph.model.Span;

/**
 * What the caller knows about the text around a region: spans that must not be read for
 * figures, such as the document's own title (where "3 jaar" names the document, not a fact) or
 * header lines already parsed as metadata.
 *
 * @param excluded spans of the normalised text to leave unread
 */
public record FigureContext(List<Span> excluded) {

    public FigureContext {
        excluded = List.copyOf(excluded);
    }

    /** A context that excludes nothing. */
    public static FigureContext none() {
        return new FigureContext(List.of());
    }

    /** A context that leaves {@code spans} unread. */
    public static FigureContext excluding(Span... spans) {
        return new FigureContext(List.of(spans));
    }
}
