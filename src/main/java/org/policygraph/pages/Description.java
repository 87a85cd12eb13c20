package org.policygraph.pages;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.policygraph.rdf.Namespaces;
import org.policygraph.rdf.Nif;
import org.policygraph.rdf.PG;
import org.policygraph.rdf.QueryPrefixes;

/**
 * What the store says about one resource: the statements about it and those naming it (with the
 * graphs they are in), and a readable name for every resource they name. Read inside the caller's
 * read transaction; statements naming it are capped, as a person may be named by thousands.
 *
 * @param resource      the resource
 * @param outgoing      statements with the resource as subject, each with the graphs it is in
 * @param incoming      statements with the resource as object (at most the cap)
 * @param incomingTotal how many statements name it in all, counted up to {@link #MAX_COUNTED}
 * @param names         a readable name for resources named above, where the store has one
 * @param moreIncoming  whether more statements name it than were counted
 */
public record Description(Node resource, Map<Triple, Set<Node>> outgoing, List<Triple> incoming,
        long incomingTotal, Map<Node, String> names, boolean moreIncoming) {

    /** Most statements naming a resource that are counted: a minister is named by sixteen thousand, all read only to be counted. */
    static final int MAX_COUNTED = 1000;

    /** Predicates that give a resource its readable name, best first. */
    private static final List<Node> NAMING = List.of(
            NodeFactory.createURI(Namespaces.DCTERMS + "title"),
            NodeFactory.createURI(Namespaces.FOAF + "name"),
            RDFS.Nodes.label,
            PG.label,
            Nif.anchorOf,
            PG.fileName);

    /** Most resources naming this one that are looked up for a readable name; the rest show their IRI. */
    private static final int MAX_NAMED_INCOMING = 100;

    /** Reads the description; {@code maxIncoming} caps the statements naming it that are kept. */
    public static Description read(DatasetGraph dsg, Node resource, int maxIncoming) {
        Map<Triple, Set<Node>> out = new LinkedHashMap<>();
        Iterator<Quad> it = dsg.find(Node.ANY, resource, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            out.computeIfAbsent(q.asTriple(), k -> new LinkedHashSet<>()).add(q.getGraph());
        }
        Set<Triple> in = new LinkedHashSet<>();
        long total = 0;
        Iterator<Quad> back = dsg.find(Node.ANY, Node.ANY, Node.ANY, resource);
        boolean more = false;
        while (back.hasNext()) {
            Triple t = back.next().asTriple();
            if (in.contains(t))
                continue;
            if (total == MAX_COUNTED) {
                more = true;
                break;
            }
            total++;
            if (in.size() < maxIncoming)
                in.add(t);
        }
        Map<Node, String> names = new HashMap<>();
        for (Triple t : out.keySet())
            name(dsg, t.getObject()).ifPresent(n -> names.put(t.getObject(), n));
        int named = 0;
        for (Triple t : in)
            if (named++ < MAX_NAMED_INCOMING)
                name(dsg, t.getSubject()).ifPresent(n -> names.put(t.getSubject(), n));
        name(dsg, resource).ifPresent(n -> names.put(resource, n));
        return new Description(resource, out, List.copyOf(in), total, names, more);
    }

    /** Whether the store says anything about the resource or names it. */
    public boolean known() {
        return !outgoing.isEmpty() || incomingTotal > 0;
    }

    /** The first object of this predicate, if any. */
    public Optional<Node> value(Node predicate) {
        return outgoing.keySet().stream().filter(t -> t.getPredicate().equals(predicate)).map(Triple::getObject).findFirst();
    }

    /** Every object of this predicate. */
    public List<Node> values(Node predicate) {
        return outgoing.keySet().stream().filter(t -> t.getPredicate().equals(predicate)).map(Triple::getObject).toList();
    }

    /** The graphs the statements about it are in. */
    public Set<Node> graphs() {
        Set<Node> graphs = new LinkedHashSet<>();
        outgoing.values().forEach(graphs::addAll);
        return graphs;
    }

    /** The statements as one graph (about it, then naming it), for the RDF forms. */
    public Graph asGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(QueryPrefixes.prefixes());
        outgoing.keySet().forEach(g::add);
        incoming.forEach(g::add);
        return g;
    }

    /** A readable name of a node from the store: title, name or label; empty for literals and unnamed resources. */
    static Optional<String> name(DatasetGraph dsg, Node node) {
        if (!node.isURI())
            return Optional.empty();
        for (Node p : NAMING) {
            Iterator<Quad> it = dsg.find(Node.ANY, node, p, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral())
                    return Optional.of(o.getLiteralLexicalForm());
            }
        }
        return Optional.empty();
    }
}
