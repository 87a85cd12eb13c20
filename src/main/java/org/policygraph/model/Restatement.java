package org.policygraph.model;

import java.util.Objects;

/**
 * A figure stated again on the same side of a document ({@code pg:restates}): same value, unit,
 * measure and place as a figure before it ("meer dan 14 miljoen" in two answer parts). Sums count
 * the first statement only.
 *
 * @param figure  the span of the restating figure's quote
 * @param first   the span of the quote of the first statement
 */
public record Restatement(Span figure, Span first) {

    public Restatement {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(first, "first");
        if (first.start() >= figure.start())
            throw new IllegalArgumentException("A restatement follows the figure it restates");
    }
}
