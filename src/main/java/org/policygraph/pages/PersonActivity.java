package org.policygraph.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.policygraph.rdf.Namespaces;
import org.policygraph.rdf.PG;

/**
 * A person's questions, read straight from the quads naming them, one document graph at a time: a
 * minister with a thousand questions and seven thousand answer parts takes milliseconds this way,
 * seconds as SPARQL through the union graph.
 *
 * @param perYear  year to [asked, received]
 * @param latest   the latest questions, newest first
 * @param parts    answer parts to questions addressed to them (or answers they gave)
 * @param pointing of those, the parts that only point elsewhere
 */
record PersonActivity(Map<String, long[]> perYear, List<Question> latest, long parts, long pointing) {

    /** A question naming the person, with its date, title (or empty) and whether they asked or received it. */
    record Question(Node iri, String date, String title, String role) {
    }

    private static final Node DATE = NodeFactory.createURI(Namespaces.DCTERMS + "date");
    private static final Node TITLE = NodeFactory.createURI(Namespaces.DCTERMS + "title");

    /** Reads the activity of {@code person}, keeping the {@code maxLatest} latest questions; in the caller's read transaction. */
    static PersonActivity read(DatasetGraph dsg, Node person, int maxLatest) {
        Map<Node, Question> questions = new HashMap<>();
        Map<String, long[]> perYear = new TreeMap<>();
        long parts = 0;
        long pointing = 0;
        for (Node role : List.of(PG.askedBy, PG.addressedTo)) {
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, role, person);
            while (it.hasNext()) {
                Quad q = it.next();
                Node g = q.getGraph();
                Node question = q.getSubject();
                if (!dsg.contains(g, question, RDF.Nodes.type, PG.WrittenQuestion))
                    continue;
                String key = role == PG.askedBy ? "asked" : "received";
                Optional<String> date = literal(dsg, g, question, DATE);
                if (date.isPresent() && questions.putIfAbsent(question,
                        new Question(question, date.get(), literal(dsg, g, question, TITLE).orElse(""), key)) == null)
                    perYear.computeIfAbsent(date.get().substring(0, Math.min(4, date.get().length())), y -> new long[2])
                            [role == PG.askedBy ? 0 : 1]++;
                if (role == PG.addressedTo && dsg.find(g, question, PG.hasAnswer, Node.ANY).hasNext()) {
                    // One answer per document graph: its parts are the graph's answer parts.
                    Iterator<Quad> ps = dsg.find(g, Node.ANY, RDF.Nodes.type, PG.AnswerPart);
                    while (ps.hasNext()) {
                        ps.next();
                        parts++;
                    }
                    Set<Node> pointers = new HashSet<>();
                    dsg.find(g, Node.ANY, PG.pointsTo, Node.ANY).forEachRemaining(p -> pointers.add(p.getSubject()));
                    pointing += pointers.size();
                }
            }
        }
        List<Question> latest = new ArrayList<>(questions.values());
        latest.sort(Comparator.comparing(Question::date).reversed().thenComparing(q -> q.iri().getURI()));
        return new PersonActivity(perYear, List.copyOf(latest.subList(0, Math.min(maxLatest, latest.size()))), parts, pointing);
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
