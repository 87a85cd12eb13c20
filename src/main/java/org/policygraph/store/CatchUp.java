package org.policygraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.CopyDSG;

/**
 * Brings a compaction's copy up to the live generation for the graphs written while it was made
 * ({@link WrittenGraphs}): once with writers going on, for what was written during the copy, then
 * once more with writers held, for what was written during that first catch-up. Each time, in one write transaction on the copy, each such graph
 * becomes what it is live (a graph deleted live is deleted, the default graph included), and the
 * prefixes are copied again. The difference is written, not the whole graph: the registry graph is
 * written by every ingest and holds an entry per document, and re-adding it whole would cost the
 * held writers time in proportion to the store, not to what changed.
 */
final class CatchUp {

    private CatchUp() {
    }

    /** Makes {@code graphs} of {@code copy} what they are in {@code live}; passes {@code waypoint} before each graph. */
    static void apply(DatasetGraph live, DatasetGraph copy, Collection<Node> graphs, String waypoint) {
        Txn.executeRead(live, () -> Txn.executeWrite(copy, () -> {
            for (Node g : graphs) {
                Waypoint.reached(waypoint);
                catchUp(live, copy, g);
            }
            copy.prefixes().clear();
            CopyDSG.copyPrefixes(live, copy);
        }));
    }

    private static void catchUp(DatasetGraph live, DatasetGraph copy, Node g) {
        List<Quad> gone = new ArrayList<>();
        copy.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!live.contains(q))
                gone.add(q);
        });
        gone.forEach(copy::delete);
        live.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!copy.contains(q))
                copy.add(q);
        });
    }
}
