package org.policygraph.link;

import java.time.Instant;
import java.time.LocalDate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.policygraph.rdf.PG;

/**
 * The triples of one link graph as they are built: plain facts, and links each with its record
 * ({@code pg:Link}, an {@code rdf:Statement} with method, score, time and the run that made it).
 */
final class LinkGraph {

    private final Graph graph = GraphFactory.createDefaultGraph();
    private final Node name;
    private final Node run;
    private final Node time;
    private int links;

    LinkGraph(Node name, Instant at) {
        this.name = name;
        this.run = LinkIris.run(name);
        this.time = NodeFactory.createLiteralDT(at.toString(), XSDDatatype.XSDdateTime);
    }

    Node name() {
        return name;
    }

    Node run() {
        return run;
    }

    Graph graph() {
        return graph;
    }

    int links() {
        return links;
    }

    LinkGraph add(Node s, Node p, Node o) {
        graph.add(s, p, o);
        return this;
    }

    LinkGraph string(Node s, Node p, String value) {
        return add(s, p, NodeFactory.createLiteralString(value));
    }

    LinkGraph date(Node s, Node p, LocalDate value) {
        return add(s, p, NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdate));
    }

    /** Asserts the link's triple and records how it was made. */
    LinkGraph link(Link l) {
        Node record = LinkIris.linkRecord(l.subject(), l.predicate(), l.object());
        if (!graph.contains(l.subject(), l.predicate(), l.object()))
            links++;
        add(l.subject(), l.predicate(), l.object());
        add(record, RDF.Nodes.type, PG.Link).add(record, RDF.Nodes.type, RDF.Nodes.Statement)
                .add(record, RDF.Nodes.subject, l.subject()).add(record, RDF.Nodes.predicate, l.predicate())
                .add(record, RDF.Nodes.object, l.object())
                .string(record, PG.linkMethod, l.method())
                .add(record, PG.linkScore, NodeFactory.createLiteralDT(l.score().toPlainString(), XSDDatatype.XSDdecimal))
                .add(record, LinkVocab.GENERATED_AT, time).add(record, LinkVocab.GENERATED_BY, run);
        return this;
    }

    /** Records candidates that were not chosen, for review. */
    LinkGraph review(Ambiguity a) {
        Node r = LinkIris.review(a.subject(), a.method());
        add(r, RDF.Nodes.type, PG.AmbiguousMatch).add(r, PG.linkSubject, a.subject())
                .string(r, PG.linkMethod, a.method()).string(r, PG.reason, a.reason())
                .add(r, LinkVocab.GENERATED_AT, time).add(r, LinkVocab.GENERATED_BY, run);
        for (Node c : a.candidates())
            add(r, PG.candidate, c);
        return this;
    }

    /** Describes the run that made this graph: what it used, when. */
    LinkGraph describeRun(Iterable<Node> used, Instant ended) {
        add(run, RDF.Nodes.type, PG.LinkActivity).add(run, PG.graph, name).add(run, LinkVocab.STARTED, time)
                .add(run, LinkVocab.ENDED, NodeFactory.createLiteralDT(ended.toString(), XSDDatatype.XSDdateTime));
        for (Node u : used)
            add(run, LinkVocab.USED, u);
        return this;
    }
}
