package org.policygraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.PG;

/**
 * The documents already in a store, by key, with the hash, size and parser version they were built
 * from and the file's recorded modification and change times: what decides whether a file is new, changed or
 * unchanged. Looked up per key (and per content hash), or in one pass over the stored hashes when
 * they are few against the keys at hand, so that a run costs what its files cost, not what the
 * store holds.
 */
public final class StoredDocuments {

    private StoredDocuments() {
    }

    /** A document in the store with the path of the file it was last read from (empty in stores built before that was recorded). */
    public record StoredSource(String key, Optional<Path> path) {
    }

    /**
     * Reads the whole index in one read transaction: one pass over every stored document, for tools
     * that want them all. Ingest uses {@link #lookup} instead.
     */
    public static Map<String, StoredVersion> read(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, StoredVersion> index = new HashMap<>();
            Iterator<Quad> keys = dsg.find(Node.ANY, Node.ANY, PG.documentKey, Node.ANY);
            while (keys.hasNext()) {
                Quad q = keys.next();
                if (!q.getGraph().getURI().startsWith(Iris.DOCUMENT_GRAPH_BASE))
                    continue;
                String key = q.getObject().getLiteralLexicalForm();
                index.put(key, stored(dsg, q.getGraph(), q.getSubject(), value(dsg, q.getGraph(), q.getSubject(), PG.sha256), key));
            }
            return index;
        });
    }

    /** How many documents the store holds (one ingest activity each in the registry), in one read transaction. */
    public static long count(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (Iterator<Quad> it = dsg.find(Iris.REGISTRY_GRAPH, Node.ANY, RDF.Nodes.type, PG.IngestActivity); it.hasNext(); it.next())
                n++;
            return n;
        });
    }

    /**
     * The stored versions of just these keys (keys not in the store are left out), in one read
     * transaction: a lookup per key, or one pass over the hashes when the keys are most of the store
     * ({@link StoredVersionScan}).
     */
    public static Map<String, StoredVersion> lookup(DatasetGraph dsg, Collection<String> keys) {
        return Txn.calculateRead(dsg, () -> StoredVersionScan.lookup(dsg, keys).orElseGet(() -> eachOf(dsg, keys)));
    }

    /** The stored versions of {@code keys}, a lookup per key, in one read transaction (or the caller's). */
    static Map<String, StoredVersion> eachOf(DatasetGraph dsg, Collection<String> keys) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, StoredVersion> found = new HashMap<>();
            for (String key : keys)
                version(dsg, key).ifPresent(v -> found.put(key, v));
            return found;
        });
    }

    /** The stored version of one key; inside a transaction. Five index lookups, whatever the store's size. */
    public static Optional<StoredVersion> version(DatasetGraph dsg, String key) {
        Node graph = Iris.documentGraph(key);
        Node source = Iris.source(key);
        Iterator<Quad> sha = dsg.find(graph, source, PG.sha256, Node.ANY);
        if (!sha.hasNext())
            return Optional.empty();
        return Optional.of(stored(dsg, graph, source, sha.next().getObject().getLiteralLexicalForm(), key));
    }

    /** The stored version of the document with this graph, source and hash. */
    private static StoredVersion stored(DatasetGraph dsg, Node graph, Node source, String sha256, String key) {
        Node activity = Iris.ingest(key);
        return StoredVersion.fromLexical(sha256, value(dsg, graph, source, PG.parserVersion), value(dsg, graph, source, PG.byteSize),
                value(dsg, Iris.REGISTRY_GRAPH, activity, PG.sourceModified), value(dsg, Iris.REGISTRY_GRAPH, activity, PG.sourceChanged));
    }

    /**
     * The documents stored from a file with this SHA-256, each with the path it was last read from;
     * inside a transaction. One lookup by value (TDB2 indexes objects), whatever the store's size.
     */
    public static List<StoredSource> withContent(DatasetGraph dsg, String sha256) {
        List<StoredSource> out = new ArrayList<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, PG.sha256, NodeFactory.createLiteralString(sha256));
        while (it.hasNext()) {
            Quad q = it.next();
            if (!q.getGraph().isURI() || !q.getGraph().getURI().startsWith(Iris.DOCUMENT_GRAPH_BASE))
                continue;
            String key = value(dsg, q.getGraph(), q.getSubject(), PG.documentKey);
            if (key.isEmpty())
                continue;
            String path = value(dsg, Iris.REGISTRY_GRAPH, Iris.ingest(key), PG.sourcePath);
            out.add(new StoredSource(key, path.isEmpty() ? Optional.empty() : Optional.of(Path.of(path))));
        }
        return out;
    }

    private static String value(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }
}
