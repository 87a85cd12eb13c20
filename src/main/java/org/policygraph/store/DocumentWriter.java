package org.policygraph.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.policygraph.diagnostic.Diagnostic;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.Nif;
import org.policygraph.rdf.PG;
import org.policygraph.rdf.Prov;
import org.policygraph.text.FileStamp;

/**
 * Writes one document into the store, replacing whatever its graph held, and records the ingest in
 * the registry graph, and its {@link Summaries} rows. {@link #replace} and {@link #remove} must be
 * called inside a write transaction, with the transaction's {@link SummaryUpdate}: the caller decides
 * how many documents one commit carries; {@link #write} feeds a bulk loader.
 * <p>
 * Every change to a stored document goes through here: {@link #write} (new), {@link #replace}
 * ({@link #remove} then {@link #write}), {@link #move} (a renamed file: {@link #remove} of the old
 * key, then the same triples under the new key) and {@link #remove} (a deleted file). Whatever
 * must follow the documents (an index) follows these.
 */
public final class DocumentWriter {

    /** What {@link #recordSource} records of the file: facts of one file, not of its document. */
    static final Set<Node> SOURCE_FACTS = Set.of(PG.sourcePath, PG.sourceModified, PG.sourceChanged);

    private DocumentWriter() {
    }

    /** Where quads go: the dataset inside a transaction, or a bulk loader's stream. */
    @FunctionalInterface
    public interface QuadSink {
        /** Adds one quad. */
        void add(Node g, Node s, Node p, Node o);
    }

    /** Replaces the document's graph with {@code doc}'s triples; returns the number written. */
    public static long replace(DatasetGraph dsg, MappedDocument doc, Instant started, Instant ended, SummaryUpdate summaries) {
        String key = doc.source().key();
        Node graph = Iris.documentGraph(key);
        summaries.removing(graph);
        // By difference: an edited file keeps most of its triples and its registry entry most of
        // its quads, and deleting every quad from six indexes to add most of them back was a third
        // of an incremental run at 100,000 documents (bench/RESULTS.md). What is stored ends as
        // what writing the document afresh gives all the same.
        Set<Quad> stored = new HashSet<>();
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stored::add);
        stored.addAll(registryEntry(dsg, key));
        long count = writeDocument(doc, started, ended, (g, s, p, o) -> {
            if (!stored.remove(Quad.create(g, s, p, o)))
                dsg.add(g, s, p, o);
        });
        stored.forEach(dsg::delete);
        summaries.written(graph, doc.graph());
        return count;
    }

    /**
     * Removes the document with this key: its graph, its registry entry (ingest activity and parse
     * issues) and its summary rows. Inside a write transaction; a key not in the store is no error.
     */
    public static void remove(DatasetGraph dsg, String key, SummaryUpdate summaries) {
        summaries.removing(Iris.documentGraph(key));
        dsg.deleteAny(Iris.documentGraph(key), Node.ANY, Node.ANY, Node.ANY);
        registryEntry(dsg, key).forEach(dsg::delete);
    }

    /** The quads of the document's registry entry: its ingest activity and parse issues. */
    static List<Quad> registryEntry(DatasetGraph dsg, String key) {
        List<Quad> entry = new ArrayList<>();
        dsg.find(Iris.REGISTRY_GRAPH, Iris.ingest(key), Node.ANY, Node.ANY).forEachRemaining(q -> {
            entry.add(q);
            if (q.getPredicate().equals(PG.reportedIssue))
                dsg.find(Iris.REGISTRY_GRAPH, q.getObject(), Node.ANY, Node.ANY).forEachRemaining(entry::add);
        });
        return entry;
    }

    /**
     * Moves the document stored under {@code from} to key {@code to}, read from {@code path} (whose
     * times, if settled when read, are recorded as for {@link #recordSource}): a renamed
     * file, whose content is the stored one. Inside a write transaction; see {@link DocumentMove}.
     *
     * @return the number of triples in the moved document's graph
     */
    public static long move(DatasetGraph dsg, String from, String to, Path path, Optional<FileStamp> stamp,
                            SummaryUpdate summaries) {
        return DocumentMove.apply(dsg, from, to, path, stamp, summaries);
    }

    /**
     * Records the absolute path the document was read from in its registry entry, after
     * {@link #replace} or {@link #write}: what later tells a renamed file from a copy; and the file's
     * modification and change times when read, if they were settled then ({@link FileStamp}): what
     * lets a later run take the file as unchanged without reading it.
     */
    public static void recordSource(String key, Path path, Optional<FileStamp> stamp, QuadSink sink) {
        sink.add(Iris.REGISTRY_GRAPH, Iris.ingest(key), PG.sourcePath,
                NodeFactory.createLiteralString(path.toAbsolutePath().normalize().toString()));
        stamp.ifPresent(s -> recordTimes(Iris.ingest(key), s, sink));
    }

    private static void recordTimes(Node activity, FileStamp stamp, QuadSink sink) {
        sink.add(Iris.REGISTRY_GRAPH, activity, PG.sourceModified, dateTime(stamp.modified()));
        stamp.changed().ifPresent(c -> sink.add(Iris.REGISTRY_GRAPH, activity, PG.sourceChanged, dateTime(c)));
    }

    /**
     * Records new file times for a document whose file was read again and found with the same
     * content (a file touched, renamed, or one whose times were not recorded before). Inside a write
     * transaction; a key not in the store is left alone.
     */
    public static void restamp(DatasetGraph dsg, String key, FileStamp stamp) {
        Node activity = Iris.ingest(key);
        if (!dsg.contains(Iris.REGISTRY_GRAPH, activity, RDF.Nodes.type, PG.IngestActivity))
            return;
        dsg.deleteAny(Iris.REGISTRY_GRAPH, activity, PG.sourceModified, Node.ANY);
        dsg.deleteAny(Iris.REGISTRY_GRAPH, activity, PG.sourceChanged, Node.ANY);
        recordTimes(activity, stamp, dsg::add);
    }

    /**
     * Sends the document's graph and its registry entry to {@code sink}, deleting nothing: for a
     * store known to hold nothing of this document (the bulk build of an empty store, which is
     * given the document's summary rows by {@link BulkLoad#addSummaryRows}).
     */
    public static long write(MappedDocument doc, Instant started, Instant ended, QuadSink sink) {
        return writeDocument(doc, started, ended, sink);
    }

    private static long writeDocument(MappedDocument doc, Instant started, Instant ended, QuadSink sink) {
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
        writeIssues(doc, activity, sink);
        return count;
    }

    /** The document's diagnostics as parse issues of its ingest activity. */
    private static void writeIssues(MappedDocument doc, Node activity, QuadSink sink) {
        Node registry = Iris.REGISTRY_GRAPH;
        int n = 0;
        for (Diagnostic d : doc.diagnostics()) {
            Node issue = Iris.parseIssue(doc.source().key(), ++n);
            sink.add(registry, activity, PG.reportedIssue, issue);
            sink.add(registry, issue, RDF.Nodes.type, PG.ParseIssue);
            sink.add(registry, issue, PG.severity, NodeFactory.createLiteralString(d.severity().name().toLowerCase(Locale.ROOT)));
            sink.add(registry, issue, PG.issueCode, NodeFactory.createLiteralString(d.code().id()));
            sink.add(registry, issue, RDFS.Nodes.comment, NodeFactory.createLiteralString(d.message()));
            if (d.span().isPresent()) {
                sink.add(registry, issue, Nif.beginIndex, integer(d.span().get().start()));
                sink.add(registry, issue, Nif.endIndex, integer(d.span().get().end()));
                sink.add(registry, issue, PG.line, integer(d.line()));
                sink.add(registry, issue, PG.column, integer(d.column()));
            }
        }
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }
}
