package org.policygraph.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.RDF;
import org.policygraph.rdf.Namespaces;
import org.policygraph.rdf.PG;
import org.policygraph.store.Summaries;

/**
 * A person's questions and the answer parts given to them. The questions are read straight from the
 * quads naming the person, one date per question (a title only for those listed); the answer parts
 * are the totals of the summary kept at ingest ({@code summaries/person-answer-parts.rq}): a
 * minister's thousand answers are seven thousand parts, too many to walk per page view.
 *
 * @param perYear  year to [asked, received]
 * @param latest   the latest questions, newest first
 * @param parts    answer parts to questions addressed to them
 * @param pointing of those, the parts that only point elsewhere
 */
record PersonActivity(Map<String, long[]> perYear, List<Question> latest, long parts, long pointing) {

    /** A question naming the person, with its date, title (or empty) and whether they asked or received it. */
    record Question(Node iri, String date, String title, String role) {
    }

    /** The summary holding each person's answer parts. */
    static final String PARTS_SUMMARY = "person-answer-parts";

    private static final Node DATE = NodeFactory.createURI(Namespaces.DCTERMS + "date");
    private static final Node TITLE = NodeFactory.createURI(Namespaces.DCTERMS + "title");

    /** Where a question was found: the graph that dates it, for its title. */
    private record Found(Node iri, Node graph, String date, String role) {
    }

    /** Reads the activity of {@code person}, keeping the {@code maxLatest} latest questions; in the caller's read transaction. */
    static PersonActivity read(DatasetGraph dsg, Node person, int maxLatest) {
        Map<Node, Found> questions = new HashMap<>();
        Map<String, long[]> perYear = new TreeMap<>();
        for (Node role : List.of(PG.askedBy, PG.addressedTo)) {
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, role, person);
            while (it.hasNext()) {
                Quad q = it.next();
                Node g = q.getGraph();
                Node question = q.getSubject();
                if (questions.containsKey(question) || !dsg.contains(g, question, RDF.Nodes.type, PG.WrittenQuestion))
                    continue;
                Optional<String> date = literal(dsg, g, question, DATE);
                if (date.isEmpty())
                    continue;
                questions.put(question, new Found(question, g, date.get(), role == PG.askedBy ? "asked" : "received"));
                perYear.computeIfAbsent(date.get().substring(0, Math.min(4, date.get().length())), y -> new long[2])
                        [role == PG.askedBy ? 0 : 1]++;
            }
        }
        List<Found> sorted = new ArrayList<>(questions.values());
        sorted.sort(Comparator.comparing(Found::date).reversed().thenComparing(f -> f.iri().getURI()));
        List<Question> latest = new ArrayList<>();
        for (Found f : sorted.subList(0, Math.min(maxLatest, sorted.size())))
            latest.add(new Question(f.iri(), f.date(), literal(dsg, f.graph(), f.iri(), TITLE).orElse(""), f.role()));
        Map<String, Node> parts = Summaries.total(dsg, PARTS_SUMMARY, List.of(person));
        return new PersonActivity(perYear, List.copyOf(latest), number(parts.get("parts")), number(parts.get("pointing")));
    }

    private static long number(Node n) {
        return n == null ? 0 : NodeValue.makeNode(n).getInteger().longValueExact();
    }

    private static Optional<String> literal(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral())
                return Optional.of(o.getLiteralLexicalForm());
        }
        return Optional.empty();
    }
}
