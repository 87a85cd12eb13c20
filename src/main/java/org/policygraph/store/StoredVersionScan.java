package org.policygraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.PG;

/**
 * The stored versions of many keys in one pass over TDB2's predicate index, for a run whose files
 * are most of the store (an {@code ingest} of the whole folder): the same answer as a lookup per key.
 * <p>
 * A lookup per key finds the node ids of its graph and source in the node table's hash index and
 * then the graph's quads, three reads at scattered places; on a store the page cache does not hold,
 * each read pulls in the pages around it, and 100,000 keys read most of the node and quad indexes
 * from disk. The entries of {@code pg:sha256} (and of {@code pg:parserVersion}) lie together in the
 * POSG index, ordered by the node id of the hash, which follows the order the documents were
 * written in: one short range, and the nodes it names read front to back. So do the sizes
 * ({@code pg:byteSize}), and in the GPOS index the registry graph's recorded times of the files
 * ({@code pg:sourceModified}, {@code pg:sourceChanged}) and the graphs its activities name.
 * <p>
 * The pass is taken only when it is short against the keys at hand: it counts the entries as it
 * goes and gives up, having decoded nothing, after {@value #ENTRIES_PER_KEY} per key, so that a run
 * of a few files against a large store (the watcher's) costs what its keys cost, as before.
 */
final class StoredVersionScan {

    /**
     * Entries of the range read per key at hand before the lookups per key are cheaper. On a
     * 100,000-document store (bench/RESULTS.md) the pass took 0.79 s from disk and 0.32 s from the
     * page cache for 25,000 keys (4 entries each), the lookups 1.92 s and 0.75 s; for 12,500 keys
     * (8 entries each) 0.35 s and 0.11 s against 1.66 s and 0.16 s.
     */
    static final int ENTRIES_PER_KEY = 4;

    private StoredVersionScan() {
    }

    /**
     * The stored versions of {@code keys} (keys not in the store are left out), inside a read
     * transaction; empty when the store is not TDB2 or holds more than {@value #ENTRIES_PER_KEY}
     * hashes per key (then look up each key).
     */
    static Optional<Map<String, StoredVersion>> lookup(DatasetGraph dsg, Collection<String> keys) {
        DatasetGraph storage = dsg instanceof PinnedDataset pinned ? pinned.storage() : dsg;
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(storage);
        if (tdb == null || keys.isEmpty())
            return Optional.empty();
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        long most = (long) ENTRIES_PER_KEY * keys.size();
        Optional<List<Tuple<NodeId>>> hashes = range(quads, PG.sha256, most);
        Optional<List<Tuple<NodeId>>> versions = hashes.isEmpty() ? Optional.empty() : range(quads, PG.parserVersion, most);
        if (versions.isEmpty())
            return Optional.empty();

        Map<Node, String> keyOfGraph = new HashMap<>();
        for (String key : keys)
            keyOfGraph.put(Iris.documentGraph(key), key);
        NodeTable nodes = quads.getNodeTable();
        // Tuples are in (G, S, P, O) order; a range comes ordered by object, so a key's first entry
        // is its least object, as in the per-key lookup's GSPO range. A key has one graph and one
        // source, so one (graph, source) pair: its first entry is the one kept.
        Map<Source, String> keyOfSource = new HashMap<>();
        Map<String, String> hashOfKey = new HashMap<>();
        for (Tuple<NodeId> t : hashes.get()) {
            Source source = new Source(t.get(0), t.get(1));
            if (keyOfSource.containsKey(source))
                continue;
            String key = keyOfGraph.get(nodes.getNodeForNodeId(t.get(0)));
            if (key == null || !nodes.getNodeForNodeId(t.get(1)).equals(Iris.source(key)))
                continue;
            keyOfSource.put(source, key);
            hashOfKey.put(key, nodes.getNodeForNodeId(t.get(3)).getLiteralLexicalForm());
        }
        Map<String, String> versionOfKey = objectsBySource(versions.get(), keyOfSource, nodes);
        // Sizes and recorded times only help: without them (a store written before they were
        // kept, or more of them than the pass reads) the files are read and hashed.
        Map<String, String> sizeOfKey = objectsBySource(range(quads, PG.byteSize, most).orElse(List.of()), keyOfSource, nodes);
        RegistryTimes times = new RegistryTimes(quads, most, keyOfSource, nodes);
        Map<String, String> modifiedOfKey = times.of(PG.sourceModified);
        Map<String, String> changedOfKey = modifiedOfKey.isEmpty() ? Map.of() : times.of(PG.sourceChanged);
        Map<String, StoredVersion> found = new HashMap<>();
        hashOfKey.forEach((key, hash) -> found.put(key, StoredVersion.fromLexical(hash, versionOfKey.getOrDefault(key, ""),
                sizeOfKey.getOrDefault(key, ""), modifiedOfKey.getOrDefault(key, ""), changedOfKey.getOrDefault(key, ""))));
        return Optional.of(found);
    }

    /** The first object of each key's source, by its (graph, source) pair, as lexical forms. */
    private static Map<String, String> objectsBySource(List<Tuple<NodeId>> entries, Map<Source, String> keyOfSource, NodeTable nodes) {
        return firstObjects(entries, t -> keyOfSource.get(new Source(t.get(0), t.get(1))), nodes);
    }

    /** The first object of each entry whose key {@code keyOf} knows (null: none), as lexical forms by key. */
    private static Map<String, String> firstObjects(List<Tuple<NodeId>> entries, Function<Tuple<NodeId>, String> keyOf, NodeTable nodes) {
        Map<String, String> out = new HashMap<>();
        for (Tuple<NodeId> t : entries) {
            String key = keyOf.apply(t);
            if (key != null && !out.containsKey(key))
                out.put(key, nodes.getNodeForNodeId(t.get(3)).getLiteralLexicalForm());
        }
        return out;
    }

    /**
     * The times recorded for the keys' files (modification, change), from the registry's ingest
     * activities, each found by node id alone: an activity names its document's graph
     * ({@code pg:graph}), whose node id the pass over the hashes gave, and a time in milliseconds is
     * inlined in its node id. No activity's IRI is read from the node table.
     */
    private static final class RegistryTimes {
        private final NodeTupleTable quads;
        private final long most;
        private final Map<Source, String> keyOfSource;
        private final NodeTable nodes;
        /** The key of each activity, by node id; read on the first call. */
        private Map<NodeId, String> keyOfActivity;

        RegistryTimes(NodeTupleTable quads, long most, Map<Source, String> keyOfSource, NodeTable nodes) {
            this.quads = quads;
            this.most = most;
            this.keyOfSource = keyOfSource;
            this.nodes = nodes;
        }

        /** The lexical form of {@code predicate}'s time for each key that has one. */
        Map<String, String> of(Node predicate) {
            List<Tuple<NodeId>> times = range(quads, Iris.REGISTRY_GRAPH, predicate, most).orElse(List.of());
            if (times.isEmpty())
                return Map.of();
            if (keyOfActivity == null)
                readActivities();
            return firstObjects(times, t -> keyOfActivity.get(t.get(1)), nodes);
        }

        private void readActivities() {
            Map<NodeId, String> keyOfGraph = new HashMap<>();
            keyOfSource.forEach((source, key) -> keyOfGraph.put(source.graph(), key));
            keyOfActivity = new HashMap<>();
            // harvest and link activities name their graphs with pg:graph too, each in a graph of its
            // own: the registry's entries alone, or a store with many of those would lose every time
            for (Tuple<NodeId> t : range(quads, Iris.REGISTRY_GRAPH, PG.graph, most).orElse(List.of()))
                if (keyOfGraph.containsKey(t.get(3)))
                    keyOfActivity.putIfAbsent(t.get(1), keyOfGraph.get(t.get(3)));
        }
    }

    /** The node ids of every quad with {@code predicate}, or empty once there are more than {@code most}. */
    private static Optional<List<Tuple<NodeId>>> range(NodeTupleTable quads, Node predicate, long most) {
        return range(quads, Node.ANY, predicate, most);
    }

    /** As {@link #range(NodeTupleTable, Node, long)}, within {@code graph} ({@link Node#ANY}: every graph). */
    private static Optional<List<Tuple<NodeId>>> range(NodeTupleTable quads, Node graph, Node predicate, long most) {
        List<Tuple<NodeId>> entries = new ArrayList<>();
        Iterator<Tuple<NodeId>> it = quads.findAsNodeIds(graph, Node.ANY, predicate, Node.ANY);
        while (it.hasNext()) {
            if (entries.size() >= most)
                return Optional.empty();
            entries.add(it.next());
        }
        return Optional.of(entries);
    }

    /** A document's graph and source subject, by node id. */
    private record Source(NodeId graph, NodeId subject) {
    }
}
