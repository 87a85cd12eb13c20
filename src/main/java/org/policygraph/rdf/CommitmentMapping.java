package org.policygraph.rdf;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.policygraph.model.Commitment;
import org.policygraph.model.Person;

/**
 * Maps the commitments of an answer: the statement (quote and span), what is promised, the answer
 * part it is made in, the minister who commits, the body that acts when the answer names one, and
 * the deadline as written with its dates.
 */
final class CommitmentMapping {

    private final Triples t;
    private final Spans spans;
    private final PartIndex parts;
    private final String key;

    CommitmentMapping(Triples t, Spans spans, PartIndex parts, String key) {
        this.t = t;
        this.spans = spans;
        this.parts = parts;
        this.key = key;
    }

    /** Maps {@code commitments}, made in the answer to {@code question} by {@code minister} when known. */
    void map(List<Commitment> commitments, Node question, Optional<Person> minister) {
        for (Commitment c : commitments) {
            Node node = Iris.commitment(key, c.statement().span());
            t.type(node, CommitmentVocab.Commitment)
                    .string(node, PG.quote, c.statement().text())
                    .add(node, PG.hasSpan, spans.of(c.statement().span()))
                    .string(node, CommitmentVocab.promise, c.promise().text())
                    .add(node, CommitmentVocab.promiseSpan, spans.of(c.promise().span()))
                    .add(node, CommitmentVocab.madeIn, parts.innermost(c.statement().span(), question));
            minister.ifPresent(p -> t.add(node, CommitmentVocab.committedBy, ReferenceMapping.person(t, p)));
            c.actor().ifPresent(a -> t.string(node, CommitmentVocab.actingBody, a.text())
                    .add(node, CommitmentVocab.actingBodySpan, spans.of(a.span())));
            c.deadline().ifPresent(d -> {
                t.string(node, CommitmentVocab.deadlineQuote, d.quote().text())
                        .add(node, CommitmentVocab.deadlineSpan, spans.of(d.quote().span()));
                d.from().ifPresent(from -> t.date(node, CommitmentVocab.deadlineFrom, from));
                d.by().ifPresent(by -> t.date(node, CommitmentVocab.deadlineBy, by));
            });
        }
    }

}
