package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.testing.Corpora;

/** A store records its format when it is made, and a store of another format is refused with a way out. */
@Tag("store")
class StoreFormatTest {

    @TempDir
    Path tmp;

    @Test
    void aNewStoreIsMarkedAndOpensAgain() {
        Path dir = tmp.resolve("store");
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            assertTrue(Files.isRegularFile(dir.resolve(StoreFormat.FILE)));
        }
        try (PolicyGraphStore again = PolicyGraphStore.openExisting(dir)) {
            assertEquals(dir, again.location());
        }
    }

    @Test
    void aStoreBuiltByTheBulkLoaderIsMarkedToo() {
        Path dir = tmp.resolve("store");
        Clock fixed = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            IngestReport r = Ingester.builder(store).threads(2).batchSize(16).clock(fixed).bulkMinFiles(1).build()
                    .ingest(List.of(Corpora.examples()));
            assertTrue(r.bulk() && r.ok(), r.failures().toString());
        }
        assertTrue(Files.isRegularFile(dir.resolve(StoreFormat.FILE)), "the built store replaced the marked empty one");
        try (PolicyGraphStore again = PolicyGraphStore.open(dir)) {
            assertFalse(StoredDocuments.read(again.dataset()).isEmpty());
        }
    }

    @Test
    void aStoreWrittenBeforeTheMarkerIsRefusedAndLeftAlone() throws IOException {
        // What policygraph on Jena 5 left: a TDB2 database with the documents' decimals and no marker.
        Path dir = tmp.resolve("old-store");
        DatasetGraph old = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        Node figure = NodeFactory.createURI("https://example.org/figure/1");
        Txn.executeWrite(old, () -> old.add(NodeFactory.createURI("https://example.org/graph/doc"), figure,
                NodeFactory.createURI("https://example.org/value"), NodeFactory.createLiteralDT("14700.0", XSDDatatype.XSDdecimal)));
        TDBInternal.expel(old);
        Map<String, Long> before = files(dir);

        StoreException e = assertThrows(StoreException.class, () -> PolicyGraphStore.open(dir));
        assertTrue(e.getMessage().contains("Store " + dir + " was written by an older policygraph (Jena 5"), e.getMessage());
        assertTrue(e.getMessage().contains("delete " + dir + " and run 'policygraph ingest --store " + dir), e.getMessage());
        assertEquals(before, files(dir), "the old store is neither marked nor changed");
        assertThrows(StoreException.class, () -> PolicyGraphStore.openExisting(dir), "read-only commands refuse it too");
    }

    @Test
    void aStoreOfAnOlderFormatNumberIsRefused() throws IOException {
        Path dir = markedStore(1);
        StoreException e = assertThrows(StoreException.class, () -> PolicyGraphStore.open(dir));
        assertTrue(e.getMessage().contains("Store " + dir + " has store format 1, written by an older policygraph"), e.getMessage());
        assertTrue(e.getMessage().contains("Rebuild it: delete " + dir), e.getMessage());
    }

    @Test
    void aStoreOfANewerFormatIsRefusedWithoutAdviceToDeleteIt() throws IOException {
        Path dir = markedStore(StoreFormat.CURRENT + 1);
        StoreException e = assertThrows(StoreException.class, () -> PolicyGraphStore.open(dir));
        assertTrue(e.getMessage().contains("written by a newer policygraph"), e.getMessage());
        assertFalse(e.getMessage().contains("delete"), e.getMessage());
    }

    @Test
    void aFolderOfOtherFilesIsNotTakenForAStore() throws IOException {
        Path dir = tmp.resolve("notes");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("todo.txt"), "not a store");
        StoreException e = assertThrows(StoreException.class, () -> PolicyGraphStore.open(dir));
        assertTrue(e.getMessage().contains("Folder " + dir + " is not empty and holds no policygraph store"), e.getMessage());
        assertEquals(List.of(dir.resolve("todo.txt")), list(dir), "nothing is laid out in it");
    }

    /** A store made by this build whose marker is then rewritten to name {@code format}. */
    private Path markedStore(int format) throws IOException {
        Path dir = tmp.resolve("store-" + format);
        PolicyGraphStore.open(dir).close();
        Files.writeString(dir.resolve(StoreFormat.FILE), "format=" + format + "\n");
        return dir;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private static Map<String, Long> files(Path dir) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("tdb.lock")).toList())
                out.put(dir.relativize(p).toString(), Files.size(p));
        }
        return out;
    }
}
