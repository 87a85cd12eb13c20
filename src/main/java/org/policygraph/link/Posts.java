package org.policygraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.policygraph.link.CorpusFacts.QuestionFact;
import org.policygraph.rdf.PG;

/**
 * Posts and who held them, from the whole corpus: every minister's title as written is a post
 * ({@code pg:Post}, an {@code org:Post}); each person's holding of a post is a {@code pg:PostHolding}
 * (a {@code mandaat:Mandataris}) with the first and last date the corpus shows it and the questions
 * that show it. A question links to the post it was addressed to: the title it gives, or else the
 * one post its addressee is seen holding on its date.
 */
final class Posts {

    /** A person's holding of a post as the corpus shows it. */
    record Holding(Node post, String title, Node person, TreeSet<LocalDate> dates, TreeSet<String> evidence) {
    }

    private final Map<String, Holding> holdings = new TreeMap<>();
    private final List<Ambiguity> ambiguities = new ArrayList<>();

    /** Computes the posts of {@code facts} and writes them, with the questions' posts, into {@code out}. */
    static Posts write(CorpusFacts facts, PersonIdentity persons, LinkGraph out) {
        Posts posts = new Posts();
        for (QuestionFact q : facts.questions()) {
            if (!q.ingested())
                continue;
            if (q.addressee().isPresent() && q.addresseeTitle().isPresent())
                posts.seen(q.addresseeTitle().get(), persons.canonical(q.addressee().get()), q.date(), q.iri());
            if (q.answerer().isPresent() && q.answererTitle().isPresent())
                posts.seen(q.answererTitle().get(), persons.canonical(q.answerer().get()), q.date(), q.iri());
        }
        for (Holding h : posts.holdings.values()) {
            Node holding = LinkIris.holding(h.post(), h.person());
            out.add(h.post(), RDF.Nodes.type, PG.Post).add(h.post(), RDF.Nodes.type, LinkVocab.ORG_POST)
                    .string(h.post(), LinkVocab.RDFS_LABEL, h.title())
                    .add(h.person(), LinkVocab.ORG_HOLDS, h.post())
                    .add(holding, RDF.Nodes.type, PG.PostHolding).add(holding, RDF.Nodes.type, LinkVocab.MANDATARIS)
                    .add(holding, LinkVocab.ORG_HOLDS, h.post()).add(holding, LinkVocab.IS_ALIAS_OF, h.person())
                    .date(holding, PG.firstSeen, h.dates().first()).date(holding, PG.lastSeen, h.dates().last());
            for (String q : h.evidence())
                out.add(holding, PG.evidence, org.apache.jena.graph.NodeFactory.createURI(q));
        }
        for (QuestionFact q : facts.questions()) {
            Optional<Node> post = q.addresseeTitle().map(LinkIris::post)
                    .or(() -> q.addressee().flatMap(a -> posts.heldOn(persons.canonical(a), q.date(), q)));
            post.ifPresent(p -> out.link(Link.of(q.iri(), PG.addressedToPost, p,
                    q.addresseeTitle().isPresent() ? "post-as-written" : "post-held-on-date",
                    q.addresseeTitle().isPresent() ? "1.0" : "0.9")));
            if (q.answer().isPresent() && q.answererTitle().isPresent())
                out.link(Link.of(q.answer().get(), PG.answeredInPost, LinkIris.post(q.answererTitle().get()),
                        "post-as-written", "1.0"));
        }
        posts.ambiguities.forEach(out::review);
        return posts;
    }

    private void seen(String title, Node person, LocalDate date, Node question) {
        Node post = LinkIris.post(title);
        Holding h = holdings.computeIfAbsent(post.getURI() + " " + person.getURI(),
                k -> new Holding(post, title, person, new TreeSet<>(), new TreeSet<>()));
        h.dates().add(date);
        h.evidence().add(question.getURI());
    }

    /** The one post {@code person} is seen holding on {@code date}; several are reported. */
    private Optional<Node> heldOn(Node person, LocalDate date, QuestionFact q) {
        List<Holding> covering = holdings.values().stream()
                .filter(h -> h.person().equals(person) && !date.isBefore(h.dates().first()) && !date.isAfter(h.dates().last()))
                .toList();
        if (covering.size() == 1)
            return Optional.of(covering.get(0).post());
        if (covering.size() > 1)
            ambiguities.add(new Ambiguity(q.iri(), "question of " + date, "post-held-on-date",
                    covering.stream().map(Holding::post).sorted(Comparator.comparing(Node::getURI)).toList(),
                    "the addressee is seen holding " + covering.size() + " posts on that date"));
        return Optional.empty();
    }

    /** The holdings, sorted by post and person. */
    List<Holding> holdings() {
        return List.copyOf(holdings.values());
    }

    List<Ambiguity> ambiguities() {
        return List.copyOf(ambiguities);
    }
}
