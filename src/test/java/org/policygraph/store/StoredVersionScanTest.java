package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.PG;

/**
 * One pass over the hashes gives what a lookup per key gives, for keys held and not held, for a
 * graph whose hash sits on another subject, one without a parser version, one with two hashes; and
 * it is taken only when the store holds few hashes per key at hand.
 */
@Tag("store")
class StoredVersionScanTest {

    private final DatasetGraph tdb = DatabaseMgr.createDatasetGraph();

    @Test
    void givesWhatTheLookupPerKeyGives() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String key = "folder/doc-" + i + ".txt";
            store(key, Iris.source(key), "sha-" + i, "parser-" + (i % 3));
            keys.add(key);
        }
        String otherSubject = "folder/other-subject.txt";
        store(otherSubject, NodeFactory.createURI("urn:test:not-the-source"), "sha-x", "parser-1");
        String noVersion = "folder/no-version.txt";
        store(noVersion, Iris.source(noVersion), "sha-y", null);
        String twoHashes = "folder/two-hashes.txt";
        store(twoHashes, Iris.source(twoHashes), "sha-b", "parser-1");
        store(twoHashes, Iris.source(twoHashes), "sha-a", "parser-0");
        keys.addAll(List.of(otherSubject, noVersion, twoHashes, "folder/not-stored.txt"));

        Map<String, StoredVersion> scanned = Txn.calculateRead(tdb, () -> StoredVersionScan.lookup(tdb, keys)).orElseThrow();
        assertEquals(StoredDocuments.eachOf(tdb, keys), scanned);
        assertEquals(new StoredVersion("sha-y", ""), scanned.get(noVersion));
        assertEquals(22, scanned.size(), scanned.toString());
    }

    @Test
    void givesTheSizesAndRecordedTimesTheLookupPerKeyGives() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String key = "folder/doc-" + i + ".txt";
            store(key, Iris.source(key), "sha-" + i, "p");
            Node graph = Iris.documentGraph(key);
            Node activity = Iris.ingest(key);
            int n = i;
            Txn.executeWrite(tdb, () -> {
                tdb.add(graph, Iris.source(key), PG.byteSize, NodeFactory.createLiteralDT(Long.toString(1000L + n), XSDDatatype.XSDlong));
                tdb.add(Iris.REGISTRY_GRAPH, activity, PG.graph, graph);
                // every other file with a recorded time, in milliseconds (inlined) or finer (not)
                if (n % 2 == 0)
                    tdb.add(Iris.REGISTRY_GRAPH, activity, PG.sourceModified, NodeFactory.createLiteralDT(
                            Instant.parse("2026-03-01T08:15:30Z").plusMillis(n).plusNanos(n % 4 == 0 ? 0 : 7).toString(),
                            XSDDatatype.XSDdateTime));
                // and of those, every other one with a change time (a file system that reports one)
                if (n % 4 == 0 || n % 4 == 2 && n > 10)
                    tdb.add(Iris.REGISTRY_GRAPH, activity, PG.sourceChanged, NodeFactory.createLiteralDT(
                            Instant.parse("2026-03-02T09:00:00Z").plusMillis(n).toString(), XSDDatatype.XSDdateTime));
            });
            keys.add(key);
        }
        Map<String, StoredVersion> scanned = Txn.calculateRead(tdb, () -> StoredVersionScan.lookup(tdb, keys)).orElseThrow();
        assertEquals(StoredDocuments.eachOf(tdb, keys), scanned);
        assertEquals(new StoredVersion("sha-4", "p", 1004, Optional.of(Instant.parse("2026-03-01T08:15:30.004Z")),
                Optional.of(Instant.parse("2026-03-02T09:00:00.004Z"))), scanned.get("folder/doc-4.txt"));
        assertEquals(Instant.parse("2026-03-01T08:15:30.006000007Z"), scanned.get("folder/doc-6.txt").modified().orElseThrow());
        assertEquals(Optional.empty(), scanned.get("folder/doc-6.txt").changed());
        assertEquals(Instant.parse("2026-03-02T09:00:00.014Z"), scanned.get("folder/doc-14.txt").changed().orElseThrow());
        assertEquals(new StoredVersion("sha-5", "p", 1005, Optional.empty(), Optional.empty()), scanned.get("folder/doc-5.txt"));
    }

    @Test
    void findsTheTimesThoughOtherGraphsNameTheirGraphsToo() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String key = "doc-" + i + ".txt";
            store(key, Iris.source(key), "sha-" + i, "p");
            Node activity = Iris.ingest(key);
            Txn.executeWrite(tdb, () -> {
                tdb.add(Iris.REGISTRY_GRAPH, activity, PG.graph, Iris.documentGraph(key));
                tdb.add(Iris.REGISTRY_GRAPH, activity, PG.sourceModified,
                        NodeFactory.createLiteralDT("2026-03-01T08:15:30.123Z", XSDDatatype.XSDdateTime));
            });
            keys.add(key);
        }
        // a harvest's activities, one per record, each in its record's graph: more than the pass reads per key
        Txn.executeWrite(tdb, () -> {
            for (int r = 0; r < 5 * StoredVersionScan.ENTRIES_PER_KEY * keys.size(); r++) {
                Node record = NodeFactory.createURI("urn:test:record-" + r);
                tdb.add(record, NodeFactory.createURI("urn:test:harvest-" + r), PG.graph, record);
            }
        });
        Map<String, StoredVersion> scanned = Txn.calculateRead(tdb, () -> StoredVersionScan.lookup(tdb, keys)).orElseThrow();
        assertEquals(StoredDocuments.eachOf(tdb, keys), scanned);
        assertEquals(Instant.parse("2026-03-01T08:15:30.123Z"), scanned.get("doc-3.txt").modified().orElseThrow());
    }

    @Test
    void isTakenOnlyForFewHashesPerKey() {
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < 4 * StoredVersionScan.ENTRIES_PER_KEY + 1; i++) {
            String key = "doc-" + i + ".txt";
            store(key, Iris.source(key), "sha-" + i, "p");
            stored.add(key);
        }
        List<String> few = stored.subList(0, 4);
        assertTrue(Txn.calculateRead(tdb, () -> StoredVersionScan.lookup(tdb, few)).isEmpty());
        assertEquals(4, StoredDocuments.lookup(tdb, few).size());
        List<String> many = stored.subList(0, 5);
        assertEquals(StoredDocuments.eachOf(tdb, many),
                Txn.calculateRead(tdb, () -> StoredVersionScan.lookup(tdb, many)).orElseThrow());
    }

    @Test
    void leavesStoresOtherThanTdb2ToTheLookups() {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        String key = "doc.txt";
        Txn.executeWrite(mem, () -> mem.add(Iris.documentGraph(key), Iris.source(key), PG.sha256, NodeFactory.createLiteralString("h")));
        assertTrue(Txn.calculateRead(mem, () -> StoredVersionScan.lookup(mem, List.of(key))).isEmpty());
        assertEquals(Map.of(key, new StoredVersion("h", "")), StoredDocuments.lookup(mem, List.of(key)));
    }

    private void store(String key, Node subject, String sha, String parserVersion) {
        Node graph = Iris.documentGraph(key);
        Txn.executeWrite(tdb, () -> {
            tdb.add(graph, subject, PG.sha256, NodeFactory.createLiteralString(sha));
            if (parserVersion != null)
                tdb.add(graph, subject, PG.parserVersion, NodeFactory.createLiteralString(parserVersion));
            // Quads of the document that are neither, as a real graph has.
            tdb.add(graph, subject, PG.documentKey, NodeFactory.createLiteralString(key));
        });
    }
}
