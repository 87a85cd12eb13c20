package org.policygraph.model;

import java.util.List;
import java.util.Optional;

/**
 * What one document contributes to series of questions and to figures that meet across them. A
 * series is never read from one document: these facts, mapped into each document's own graph, meet
 * in the store.
 *
 * @param title        the title's core and ordinal, when the document is a question whose title is
 *                     specific enough to identify a series
 * @param follows      the references in the question's own text to earlier questions it follows up
 * @param measureKeys  a key for every figure with a measure
 */
public record SeriesFacts(Optional<SeriesTitle> title, List<QuestionReference> follows, List<MeasureKey> measureKeys) {

    /** Nothing to contribute. */
    public static final SeriesFacts EMPTY = new SeriesFacts(Optional.empty(), List.of(), List.of());

    public SeriesFacts {
        follows = List.copyOf(follows);
        measureKeys = List.copyOf(measureKeys);
    }
}
