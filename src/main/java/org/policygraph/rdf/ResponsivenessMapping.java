package org.policygraph.rdf;

import java.util.List;

import org.apache.jena.graph.Node;
import org.policygraph.model.SubQuestionResponse;

/**
 * Maps how the answer responds to each sub-question: the class as an individual of
 * {@code pg:Responsiveness} on the {@code pg:SubQuestion}, and the sentence that shows it as a NIF span.
 */
final class ResponsivenessMapping {

    private final Triples t;
    private final Spans spans;

    ResponsivenessMapping(Triples t, Spans spans) {
        this.t = t;
        this.spans = spans;
    }

    /** Maps {@code responses} of the question {@code question} (the paths are those of its sub-questions). */
    void map(Node question, List<SubQuestionResponse> responses) {
        for (SubQuestionResponse r : responses) {
            Node sq = Iris.subQuestion(question, r.path());
            t.add(sq, ResponsivenessVocab.responsiveness, ResponsivenessVocab.of(r.responsiveness()));
            r.evidence().ifPresent(e -> t.add(sq, ResponsivenessVocab.responsivenessEvidence, spans.of(e.span())));
        }
    }
}
