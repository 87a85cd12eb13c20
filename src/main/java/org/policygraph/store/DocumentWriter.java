package org.policygraph.store;

import java.time.Instant;
import java.util.Iterator;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.PG;
import org.policygraph.rdf.Prov;

/**
 * Writes one document into the store, replacing whatever its graph held, and records the ingest in
 * the registry graph. {@link #replace} must be called inside a write transaction: the caller decides
 * how many documents one commit carries; {@link #write} feeds a bulk loader.
 */
public final class DocumentWriter {

    private DocumentWriter() {
    }

    /** Where quads go: the dataset inside a transaction, or a bulk loader's stream. */
    @FunctionalInterface
    public interface QuadSink {
        /** Adds one quad. */
        void add(Node g, Node s, Node p, Node o);
    }

    /** Replaces the document's graph with {@code doc}'s triples; returns the number written. */
    public static long replace(DatasetGraph dsg, MappedDocument doc, Instant started, Instant ended) {
        String key = doc.source().key();
        dsg.deleteAny(Iris.documentGraph(key), Node.ANY, Node.ANY, Node.ANY);
        dsg.deleteAny(Iris.REGISTRY_GRAPH, Iris.ingest(key), Node.ANY, Node.ANY);
        return write(doc, started, ended, dsg::add);
    }

    /**
     * Sends the document's graph and its registry entry to {@code sink}, deleting nothing: for a
     * store known to hold nothing of this document (the bulk build of an empty store).
     */
    public static long write(MappedDocument doc, Instant started, Instant ended, QuadSink sink) {
        String key = doc.source().key();
        Node graph = Iris.documentGraph(key);
        long count = 0;
        Iterator<Triple> it = doc.graph().find();
        while (it.hasNext()) {
            Triple t = it.next();
            sink.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
            count++;
        }
        Node activity = Iris.ingest(key);
        Node registry = Iris.REGISTRY_GRAPH;
        sink.add(registry, activity, RDF.Nodes.type, PG.IngestActivity);
        sink.add(registry, activity, Prov.used, Iris.source(key));
        sink.add(registry, activity, PG.graph, graph);
        sink.add(registry, activity, Prov.startedAtTime, dateTime(started));
        sink.add(registry, activity, Prov.endedAtTime, dateTime(ended));
        return count;
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }
}
