package org.policygraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.PG;
import org.policygraph.text.FileStamp;

/**
 * A stored document moved to another key, as when its file is renamed: its graph and registry
 * entry are rewritten, not read again from the file.
 * <p>
 * The graph IRI follows the path, not the content: every IRI minted from the key ({@link
 * Iris#keyedBases}) is rewritten to the new key, and the key and file name literals with it, so
 * the store ends up exactly as a fresh ingest of the renamed file would leave it (only the
 * registry's times stay those of the read that built it). Keys are what users see, query by and
 * find again in the folder; a content-derived IRI would change on every edit instead.
 */
final class DocumentMove {

    private final List<String> fromBases;
    private final List<String> toBases;

    private DocumentMove(String from, String to) {
        this.fromBases = Iris.keyedBases(from);
        this.toBases = Iris.keyedBases(to);
    }

    /**
     * Moves {@code from} to {@code to}, now read from {@code path}, with that file's stamp when read
     * if settled; inside a write transaction. Returns the triples moved.
     */
    static long apply(DatasetGraph dsg, String from, String to, Path path, Optional<FileStamp> stamp, SummaryUpdate summaries) {
        if (from.equals(to))
            throw new IllegalArgumentException("A document cannot move to its own key " + from);
        DocumentMove move = new DocumentMove(from, to);
        Node source = Iris.source(from);
        List<Quad> graph = new ArrayList<>();
        dsg.find(Iris.documentGraph(from), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(graph::add);
        if (graph.isEmpty())
            throw new StoreException("No document with key " + from + " to move to " + to);
        List<Quad> registry = DocumentWriter.registryEntry(dsg, from);

        // The summaries follow as for a removal of both keys and a write of the moved graph: the
        // document's rows name its graph, and its persons' per-key rows its IRIs.
        DocumentWriter.remove(dsg, from, summaries);
        DocumentWriter.remove(dsg, to, summaries);
        Node toGraph = Iris.documentGraph(to);
        Graph moved = GraphFactory.createDefaultGraph();
        for (Quad q : graph) {
            Node o = q.getObject();
            if (q.getSubject().equals(source) && q.getPredicate().equals(PG.documentKey))
                o = NodeFactory.createLiteralString(to);
            else if (q.getSubject().equals(source) && q.getPredicate().equals(PG.fileName))
                o = NodeFactory.createLiteralString(path.getFileName().toString());
            moved.add(move.rewrite(q.getSubject()), move.rewrite(q.getPredicate()), move.rewrite(o));
        }
        moved.find().forEachRemaining(t -> dsg.add(toGraph, t.getSubject(), t.getPredicate(), t.getObject()));
        summaries.written(toGraph, moved);
        for (Quad q : registry)
            // the old file's path and times are not the new one's
            if (!DocumentWriter.SOURCE_FACTS.contains(q.getPredicate()))
                dsg.add(Iris.REGISTRY_GRAPH, move.rewrite(q.getSubject()), q.getPredicate(), move.rewrite(q.getObject()));
        DocumentWriter.recordSource(to, path, stamp, dsg::add);
        return graph.size();
    }

    /** The node with the old key's IRI base replaced by the new key's; any other node as it is. */
    private Node rewrite(Node n) {
        if (!n.isURI())
            return n;
        String iri = n.getURI();
        for (int i = 0; i < fromBases.size(); i++) {
            String base = fromBases.get(i);
            if (iri.equals(base) || (iri.startsWith(base) && iri.charAt(base.length()) == '/'))
                return NodeFactory.createURI(toBases.get(i) + iri.substring(base.length()));
        }
        return n;
    }
}
