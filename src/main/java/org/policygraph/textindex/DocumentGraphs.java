package org.policygraph.textindex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.PG;

/**
 * The document graphs of a store: the graphs named {@link Iris#DOCUMENT_GRAPH_BASE}... that hold a
 * {@code pg:documentKey}. Counted on every open of a store, to tell whether the index is in step.
 * <p>
 * On TDB2 the {@code pg:documentKey} quads are read as node ids and each graph's name is decoded
 * once: decoding the subject, key and graph of every quad (what {@link DatasetGraph#find} does)
 * took 5.3 s at 100,000 documents in a fresh process, against 0.8 s (bench/RESULTS.md).
 */
final class DocumentGraphs {

    private DocumentGraphs() {
    }

    /** Each document graph once, in the order the store's index gives them; inside a read transaction. */
    static List<Node> of(DatasetGraph dsg) {
        DatasetGraphTDB tdb = tdb2(dsg);
        return tdb != null ? ofTdb2(tdb) : ofAny(dsg);
    }

    private static List<Node> ofTdb2(DatasetGraphTDB tdb) {
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        List<Node> graphs = new ArrayList<>();
        Set<NodeId> seen = new HashSet<>();
        // Tuples come in (G, S, P, O) order.
        Iterator<Tuple<NodeId>> keys = quads.findAsNodeIds(Node.ANY, Node.ANY, PG.documentKey, Node.ANY);
        while (keys.hasNext()) {
            NodeId id = keys.next().get(0);
            if (seen.add(id)) {
                Node g = nodes.getNodeForNodeId(id);
                if (isDocumentGraph(g))
                    graphs.add(g);
            }
        }
        return graphs;
    }

    private static List<Node> ofAny(DatasetGraph dsg) {
        List<Node> graphs = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        Iterator<Quad> keys = dsg.find(Node.ANY, Node.ANY, PG.documentKey, Node.ANY);
        while (keys.hasNext()) {
            Node g = keys.next().getGraph();
            if (seen.add(g) && isDocumentGraph(g))
                graphs.add(g);
        }
        return graphs;
    }

    private static boolean isDocumentGraph(Node g) {
        return g.isURI() && g.getURI().startsWith(Iris.DOCUMENT_GRAPH_BASE);
    }

    /**
     * The TDB2 storage under {@code dsg}'s wrappers (the store's pinned dataset gives the generation
     * of this thread's transaction), or null.
     */
    static DatasetGraphTDB tdb2(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (d instanceof DatasetGraphWrapper w && w.getWrapped() != d)
            d = w.getWrapped();
        return TDBInternal.getDatasetGraphTDB(d);
    }
}
