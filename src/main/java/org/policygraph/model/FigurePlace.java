package org.policygraph.model;

import java.util.Objects;

/**
 * The place a figure is about ({@code pg:aboutPlace}), decided by the extract stage: the province or
 * municipality of the figure's table row, or the one its own clause or sentence names unambiguously
 * ("In Gent waren er 45"). Figures about no single place have none.
 *
 * @param figure  the span of the figure's quote (the key of the {@link Figure})
 * @param place   the mention that names the place (a province or municipality)
 * @param basis   how the place was read
 */
public record FigurePlace(Span figure, Mention place, Basis basis) {

    /** How a figure's place was read. */
    public enum Basis {
        /** The row label of the figure's table cell names the place. */
        TABLE_ROW,
        /** The figure's own clause names the place and no other. */
        CLAUSE,
        /** The figure's sentence names one place only, in an earlier clause. */
        SENTENCE
    }

    public FigurePlace {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(basis, "basis");
        if (place.kind() != MentionKind.PROVINCE && place.kind() != MentionKind.MUNICIPALITY)
            throw new IllegalArgumentException("A figure is about a province or municipality, not a " + place.kind());
    }
}
