package org.policygraph.model;

import java.util.List;

/**
 * What the extract stage read from a document's text beyond its structure: references to other
 * questions and documents, mentions of places, organisations and programmes, figures, and grants (amounts given to a named organisation). Each carries its
 * span; the RDF mapping links it to the part of the document whose span contains it.
 */
public record Extraction(List<QuestionReference> questionReferences, List<DocumentReference> documentReferences,
                         List<Mention> mentions, List<Figure> figures, List<Grant> grants) {

    /** Nothing extracted. */
    public static final Extraction EMPTY = new Extraction(List.of(), List.of(), List.of(), List.of(), List.of());

    public Extraction {
        questionReferences = List.copyOf(questionReferences);
        documentReferences = List.copyOf(documentReferences);
        mentions = List.copyOf(mentions);
        figures = List.copyOf(figures);
        grants = List.copyOf(grants);
    }
}
