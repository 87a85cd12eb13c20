package org.policygraph.model;

import java.util.List;
import java.util.Objects;

/**
 * What the extract stage read from a document's text beyond its structure: references to other
 * questions and documents, mentions of places, organisations and programmes, and figures. Each carries its
 * span; the RDF mapping links it to the part of the document whose span contains it. {@code figureCounting}
 * says, per figure, which place it is about and whether it restates an earlier figure.
 */
public record Extraction(List<QuestionReference> questionReferences, List<DocumentReference> documentReferences,
                         List<Mention> mentions, List<Figure> figures, FigureCounting figureCounting) {

    /** Nothing extracted. */
    public static final Extraction EMPTY = new Extraction(List.of(), List.of(), List.of(), List.of(), FigureCounting.EMPTY);

    public Extraction {
        questionReferences = List.copyOf(questionReferences);
        documentReferences = List.copyOf(documentReferences);
        mentions = List.copyOf(mentions);
        figures = List.copyOf(figures);
        Objects.requireNonNull(figureCounting, "figureCounting");
    }
}
