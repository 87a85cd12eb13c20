package org.policygraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policygraph.rdf.Namespaces;

/**
 * Dumps the store. Output is deterministic (graphs in IRI order, triples in index order: the same
 * store gives the same bytes), carries the ontology's prefixes, and streams: at most one document
 * graph is held in memory (none for Turtle and N-Quads), so a large store does not need to fit in
 * the heap.
 * <pre>{@code
 * Exporter.export(store, ExportFormat.TTL, System.out);
 * }</pre>
 */
public final class Exporter {

    private Exporter() {
    }

    /** Writes the store in {@code format} to {@code out} (not closed). */
    public static void export(PolicyGraphStore store, ExportFormat format, OutputStream out) {
        DatasetGraph dsg = store.dataset();
        Txn.executeRead(dsg, () -> {
            switch (format) {
                case TTL -> union(dsg, out);
                case TRIG -> quads(dsg, StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS));
                case NQ -> quads(dsg, StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS));
                case JSONLD -> jsonld(dsg, out);
            }
        });
    }

    /**
     * The union graph, each triple once. On TDB2 the quads are read in the SPOG index's order, where
     * the copies of a triple held by several graphs are adjacent, so dropping repeats needs no
     * memory. (The union graph's own find keeps a set of every triple seen: the heap then grows with
     * the store, and a 30,000-document store did not export under -Xmx1g.)
     */
    private static void union(DatasetGraph dsg, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        stream.start();
        prefixes(stream);
        DatasetGraph storage = dsg instanceof PinnedDataset pinned ? pinned.storage() : dsg;
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(storage);
        Iterator<Triple> it = tdb != null ? spogOrder(tdb) : dsg.getUnionGraph().find();
        Triple previous = null;
        while (it.hasNext()) {
            Triple t = it.next();
            if (!t.equals(previous))
                stream.triple(t);
            previous = t;
        }
        stream.finish();
    }

    /** Every quad's triple in subject, predicate, object, graph order: repeats of a triple come together. */
    private static Iterator<Triple> spogOrder(DatasetGraphTDB tdb) {
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        TupleIndex spog = null;
        for (TupleIndex index : quads.getTupleTable().getIndexes())
            if (index.getName().equalsIgnoreCase("SPOG"))
                spog = index;
        if (spog == null)
            return tdb.getUnionGraph().find();
        NodeTable nodes = quads.getNodeTable();
        Iterator<Tuple<NodeId>> tuples = spog.all();
        // Tuples come back in primary (G, S, P, O) column order, iterated in SPOG order.
        return new Iterator<>() {
            private Tuple<NodeId> previous;
            private Tuple<NodeId> next = advance();

            private Tuple<NodeId> advance() {
                while (tuples.hasNext()) {
                    Tuple<NodeId> t = tuples.next();
                    if (previous == null || !t.get(1).equals(previous.get(1)) || !t.get(2).equals(previous.get(2))
                            || !t.get(3).equals(previous.get(3))) {
                        previous = t;
                        return t;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Triple next() {
                if (next == null)
                    throw new java.util.NoSuchElementException();
                Tuple<NodeId> t = next;
                next = advance();
                return Triple.create(nodes.getNodeForNodeId(t.get(1)), nodes.getNodeForNodeId(t.get(2)),
                        nodes.getNodeForNodeId(t.get(3)));
            }
        };
    }

    private static void quads(DatasetGraph dsg, StreamRDF stream) {
        stream.start();
        prefixes(stream);
        for (Node g : graphNames(dsg)) {
            Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext())
                stream.quad(it.next());
        }
        stream.finish();
    }

    /** A JSON array with one JSON-LD document per named graph: valid JSON-LD, written graph by graph. */
    private static void jsonld(DatasetGraph dsg, OutputStream out) {
        try {
            out.write("[\n".getBytes(StandardCharsets.UTF_8));
            boolean first = true;
            for (Node g : graphNames(dsg)) {
                if (!first)
                    out.write(",\n".getBytes(StandardCharsets.UTF_8));
                first = false;
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
                DatasetGraph one = DatasetGraphFactory.createGeneral();
                one.addGraph(g, copy);
                for (Map.Entry<String, String> e : Namespaces.prefixes().getNsPrefixMap().entrySet())
                    one.prefixes().add(e.getKey(), e.getValue());
                String json = RDFWriter.source(one).format(RDFFormat.JSONLD11).asString().strip();
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
            out.write("\n]\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write export: " + e.getMessage(), e);
        }
    }

    private static List<Node> graphNames(DatasetGraph dsg) {
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::getURI));
        return names;
    }

    private static void prefixes(StreamRDF stream) {
        StreamRDFOps.sendPrefixesToStream(Namespaces.prefixes(), stream);
    }
}
