package org.policygraph.model;

import java.util.List;
import java.util.Objects;

/**
 * What the extract stage read from a document's text beyond its structure: references to other
 * questions and documents, mentions of places, organisations and programmes, figures, the
 * commitments an answer makes, and grants (amounts given to a named organisation). Each carries its
 * span; the RDF mapping links it to the part of the document whose span contains it. {@code series}:
 * what the document contributes to series of questions and to figures that meet across them. For a
 * written question with an answer, {@code responses} says how the answer responds to each sub-question.
 * {@code figureCounting} says, per figure, which place it is about and whether it restates an earlier
 * figure.
 */
public record Extraction(List<QuestionReference> questionReferences, List<DocumentReference> documentReferences,
                         List<Mention> mentions, List<Figure> figures, SeriesFacts series,
                         List<SubQuestionResponse> responses, List<Commitment> commitments, List<Grant> grants,
                         FigureCounting figureCounting) {

    /** Nothing extracted. */
    public static final Extraction EMPTY = new Extraction(List.of(), List.of(), List.of(), List.of(), SeriesFacts.EMPTY,
            List.of(), List.of(), List.of(), FigureCounting.EMPTY);

    public Extraction {
        questionReferences = List.copyOf(questionReferences);
        documentReferences = List.copyOf(documentReferences);
        mentions = List.copyOf(mentions);
        figures = List.copyOf(figures);
        responses = List.copyOf(responses);
        commitments = List.copyOf(commitments);
        grants = List.copyOf(grants);
        Objects.requireNonNull(figureCounting, "figureCounting");
    }
}
