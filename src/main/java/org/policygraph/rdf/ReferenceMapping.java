package org.policygraph.rdf;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.policygraph.model.DocumentReference;
import org.policygraph.model.Extraction;
import org.policygraph.model.Mention;
import org.policygraph.model.Person;
import org.policygraph.model.QuestionReference;

/**
 * Maps what the extract stage found: references to earlier questions ({@code pg:refersTo}), to
 * decisions, decrees, policy notes and web addresses ({@code dcterms:references}), and mentions
 * ({@code pg:mentions}). Each gets a span that names it ({@code itsrdf:taIdentRef}) and the part it
 * occurs in ({@code pg:occursIn}).
 */
final class ReferenceMapping {

    private final Triples t;
    private final Spans spans;

    ReferenceMapping(Triples t, Spans spans) {
        this.t = t;
        this.spans = spans;
    }

    /**
     * Maps {@code ex}; {@code fallback} is the document resource for facts outside any part.
     *
     * @param asker     the member who asks, for references to "mijn vraag"
     * @param minister  the minister addressed, for references the text puts with the same minister
     */
    void map(Extraction ex, PartIndex parts, Node fallback, Optional<Person> asker, Optional<Person> minister) {
        for (QuestionReference r : ex.questionReferences()) {
            Node earlier = earlierQuestion(r, asker, minister);
            Node part = parts.innermost(r.quote().span(), fallback);
            t.add(part, PG.refersTo, earlier);
            if (!part.equals(fallback))
                t.add(fallback, PG.refersTo, earlier);
            located(earlier, r.quote().span(), part);
        }
        for (DocumentReference r : ex.documentReferences()) {
            Optional<Node> target = document(r);
            if (target.isEmpty())
                continue;
            Node part = parts.innermost(r.quote().span(), fallback);
            t.add(part, Vocab.DCTERMS_REFERENCES, target.get());
            located(target.get(), r.quote().span(), part);
        }
        for (Mention m : ex.mentions()) {
            String kind = switch (m.kind()) {
                case PROVINCE -> "province";
                case MUNICIPALITY -> "municipality";
                case ORGANISATION -> "organisation";
                case PROGRAMME -> "programme";
            };
            Node thing = Iris.named(kind, m.label());
            Node type = switch (m.kind()) {
                case PROVINCE -> PG.Province;
                case MUNICIPALITY -> PG.Municipality;
                case ORGANISATION -> PG.Organisation;
                case PROGRAMME -> PG.Programme;
            };
            t.type(thing, type).firstString(thing, Vocab.RDFS_LABEL, m.label());
            Node part = parts.innermost(m.quote().span(), fallback);
            t.add(part, PG.mentions, thing);
            located(thing, m.quote().span(), part);
        }
    }

    /** The earlier question a reference names, with what the reference tells about it. */
    Node earlierQuestion(QuestionReference r, Optional<Person> asker, Optional<Person> minister) {
        Optional<Person> to = r.sameMinister() ? minister : Optional.empty();
        Node q = r.date().map(d -> Iris.question(r.number(), d, to))
                .orElseGet(() -> Iris.questionInSession(r.number(), r.session().orElseThrow(), to));
        t.type(q, PG.WrittenQuestion).string(q, PG.questionNumber, r.number());
        r.date().ifPresent(d -> t.date(q, Vocab.DCTERMS_DATE, d));
        if (r.date().isEmpty())
            r.session().ifPresent(s -> t.string(q, PG.session, s));
        Optional<Person> by = r.asker().or(() -> r.askedBySameMember() ? asker : Optional.empty());
        by.ifPresent(p -> t.add(q, PG.askedBy, person(t, p)));
        to.ifPresent(p -> t.add(q, PG.addressedTo, person(t, p)));
        return q;
    }

    private Optional<Node> document(DocumentReference r) {
        return switch (r.kind()) {
            case WEB -> r.address().filter(ReferenceMapping::isIri).map(NodeFactory::createURI);
            case DECISION -> Optional.of(legal(PG.Decision, "decision", r));
            case DECREE -> Optional.of(legal(PG.Decree, "decree", r));
            case POLICY_NOTE -> {
                Node note = Iris.named("policy-note", r.title());
                t.type(note, PG.PolicyNote).firstString(note, Vocab.DCTERMS_TITLE, r.title());
                yield Optional.of(note);
            }
        };
    }

    private Node legal(Node type, String kind, DocumentReference r) {
        Node node = Iris.legal(kind, r.date(), r.title());
        t.type(node, type).firstString(node, Vocab.DCTERMS_TITLE, r.title());
        r.date().ifPresent(d -> t.date(node, Vocab.DCTERMS_DATE, d));
        return node;
    }

    /** A span that names {@code thing}, in {@code part}. */
    private void located(Node thing, org.policygraph.model.Span span, Node part) {
        Node s = spans.of(span);
        t.add(s, Nif.taIdentRef, thing).add(s, PG.occursIn, part);
    }

    private static boolean isIri(String s) {
        try {
            IRIs.checkEx(s);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A person resource with its name. */
    static Node person(Triples t, Person p) {
        Node person = Iris.person(p);
        t.type(person, Vocab.FOAF_PERSON).firstString(person, Vocab.FOAF_NAME, p.name());
        return person;
    }
}
