package org.policygraph.parse;

import java.util.List;

import org.policygraph.model.DocumentKind;

/**
 * How well a document fits a kind: the sum of the evidence found, and the evidence itself, so
 * that the choice can be explained.
 */
public record KindScore(DocumentKind kind, List<Evidence> evidence) {

    public KindScore {
        evidence = List.copyOf(evidence);
    }

    /** The sum of the evidence's weights. */
    public double score() {
        return evidence.stream().mapToDouble(Evidence::weight).sum();
    }

    /** {@code advice 3.5 [the title names it an advice (+2.0), ...]}. */
    @Override
    public String toString() {
        return kind.label() + " " + score() + " " + evidence;
    }
}
