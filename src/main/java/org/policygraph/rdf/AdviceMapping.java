package org.policygraph.rdf;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.policygraph.model.Advice;
import org.policygraph.model.AdviceSubject;
import org.policygraph.model.CitedAdvice;
import org.policygraph.model.Recommendation;
import org.policygraph.model.Section;

/** Maps an advice: its council, sections, the draft it advises on, recommendations and cited advices. */
final class AdviceMapping {

    private final Triples t;
    private final Spans spans;
    private final PartIndex parts;

    AdviceMapping(Triples t, Spans spans, PartIndex parts) {
        this.t = t;
        this.spans = spans;
        this.parts = parts;
    }

    /** Maps {@code a}, read from the document with {@code key}; returns the advice's resource. */
    Node map(Advice a, String key) {
        // An advice whose council, date and title the text gives is the resource that citations of it use.
        Node advice = a.council().isPresent() && a.date().isPresent() && a.title().isPresent()
                ? Iris.advice(a.council().get(), a.date().get(), a.title().get().text())
                : Iris.document(key);
        t.type(advice, PG.Advice).add(advice, Vocab.PROV_WAS_DERIVED_FROM, spans.source());
        a.title().ifPresent(title -> t.string(advice, Vocab.DCTERMS_TITLE, title.text())
                .add(advice, PG.titleSpan, spans.of(title.span())));
        a.date().ifPresent(d -> t.date(advice, Vocab.DCTERMS_DATE, d));
        creator(a.council(), a.subCouncil()).ifPresent(org -> t.add(advice, Vocab.DCTERMS_CREATOR, org));
        int position = 0;
        for (Section s : a.sections()) {
            Node section = Iris.part(advice, "section", s.number());
            t.add(advice, PG.hasSection, section)
                    .type(section, PG.Section)
                    .string(section, PG.label, s.number())
                    .integer(section, PG.position, ++position)
                    .string(section, Vocab.DCTERMS_TITLE, s.heading().text())
                    .string(section, PG.text, s.text().text())
                    .add(section, PG.hasSpan, spans.of(s.span()));
            parts.add(s.span(), section);
        }
        a.subject().ifPresent(s -> t.add(advice, PG.advisesOn, draft(s)));
        position = 0;
        for (Recommendation r : a.recommendations()) {
            Node rec = Iris.part(advice, "recommendation", Integer.toString(++position));
            t.add(advice, PG.hasRecommendation, rec)
                    .type(rec, PG.Recommendation)
                    .integer(rec, PG.position, position)
                    .string(rec, PG.text, r.sentence().text())
                    .add(rec, PG.hasSpan, spans.of(r.sentence().span()));
        }
        for (CitedAdvice c : a.citations()) {
            Node cited = Iris.advice(c.council(), c.date(), c.title());
            t.type(cited, PG.Advice)
                    .firstString(cited, Vocab.DCTERMS_TITLE, c.title())
                    .date(cited, Vocab.DCTERMS_DATE, c.date());
            creator(Optional.of(c.council()), c.subCouncil()).ifPresent(org -> t.add(cited, Vocab.DCTERMS_CREATOR, org));
            t.add(advice, Vocab.DCTERMS_REFERENCES, cited);
            Node span = spans.of(c.quote().span());
            t.add(span, Nif.taIdentRef, cited).add(span, PG.occursIn, advice);
        }
        return advice;
    }

    private Node draft(AdviceSubject s) {
        Node draft = Iris.legal("draft", s.date(), s.title());
        t.type(draft, PG.Draft).firstString(draft, Vocab.DCTERMS_TITLE, s.title());
        s.date().ifPresent(d -> t.date(draft, Vocab.DCTERMS_DATE, d));
        Node span = spans.of(s.quote().span());
        t.add(span, Nif.taIdentRef, draft);
        return draft;
    }

    /** The sub-council when named (part of its council), else the council. */
    private Optional<Node> creator(Optional<String> council, Optional<String> subCouncil) {
        Optional<Node> parent = council.map(c -> organisation(c));
        if (subCouncil.isEmpty())
            return parent;
        Node sub = organisation(subCouncil.get());
        parent.ifPresent(p -> t.add(sub, Vocab.ORG_SUB_ORGANIZATION_OF, p));
        return Optional.of(sub);
    }

    private Node organisation(String name) {
        Node org = Iris.named("organisation", name);
        t.type(org, PG.Organisation).firstString(org, Vocab.RDFS_LABEL, name);
        return org;
    }
}
