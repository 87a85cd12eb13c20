package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.Ingester;
import org.policygraph.rdf.Iris;
import org.policygraph.testing.Corpora;

/** A backup restored elsewhere is the same dataset; a damaged backup or a full store are refused, naming them, and nothing is touched. */
@Tag("store")
class BackupRestoreTest {

    @TempDir
    Path tmp;

    private Path original;
    private Map<Node, Graph> contents;

    @BeforeEach
    void ingestExamples() {
        original = tmp.resolve("store");
        try (PolicyGraphStore s = PolicyGraphStore.open(original)) {
            Ingester.builder(s).build().ingest(List.of(Corpora.examples()));
            contents = StoreContents.of(s.dataset());
        }
        assertTrue(contents.containsKey(Iris.REGISTRY_GRAPH));
        assertTrue(contents.size() > 3, "the examples give several document graphs");
    }

    @Test
    void backupRestoredElsewhereIsTheSameDataset() throws Exception {
        Path file = tmp.resolve("backup.nq.gz");
        Snapshot.Written w;
        try (PolicyGraphStore s = PolicyGraphStore.open(original)) {
            w = Snapshot.write(s, file);
        }
        assertEquals(contents.size(), w.graphs());
        List<DerivedData.Cause> causes = new ArrayList<>();
        Restore.Restored r = Restore.run(file, tmp.resolve("elsewhere"), false, (s, c) -> causes.add(c));
        assertEquals(w.quads(), r.quads());
        assertEquals(w.graphs(), r.graphs());
        assertEquals(List.of(DerivedData.Cause.RESTORED), causes);
        StoreContents.assertSame(contents, StoreContents.of(tmp.resolve("elsewhere")), "restored");
        assertTrue(CompactedSize.read(tmp.resolve("elsewhere")).isPresent(), "a restored store is compact: its size is the baseline");
        try (var beside = Files.list(tmp)) {
            assertEquals(List.of(), beside.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(),
                    "no part files or side folders left");
        }
    }

    @Test
    void aBackupWithoutSummariesIsRestoredWithThemRebuilt() throws Exception {
        Path file = tmp.resolve("backup.nq.gz");
        try (PolicyGraphStore s = PolicyGraphStore.open(original)) {
            Snapshot.write(s, file);
        }
        assertTrue(contents.containsKey(Summaries.GRAPH), "a backup carries the summaries like any named graph");
        // A backup as one made before the summaries existed: every graph but theirs.
        String summaryGraph = "<" + Summaries.GRAPH.getURI() + "> .";
        List<String> lines;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> kept = lines.stream().filter(l -> !l.endsWith(summaryGraph)).toList();
        assertTrue(kept.size() < lines.size());
        Path old = tmp.resolve("old-backup.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(old))) {
            out.write((String.join("\n", kept) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Restore.run(old, tmp.resolve("elsewhere"), false, DerivedData.NONE);
        Map<Node, Graph> restored = StoreContents.of(tmp.resolve("elsewhere"));
        // Rebuilt rows are the same rows, not the same nodes (as after a rebuild on open): compared by size and by query.
        assertEquals(contents.get(Summaries.GRAPH).size(), restored.get(Summaries.GRAPH).size());
        Map<Node, Graph> documents = new java.util.HashMap<>(contents);
        documents.remove(Summaries.GRAPH);
        restored.remove(Summaries.GRAPH);
        StoreContents.assertSame(documents, restored, "restored");
        try (PolicyGraphStore s = PolicyGraphStore.open(tmp.resolve("elsewhere"))) {
            assertEquals(Map.of(), SummaryAgreement.differences(s.dataset()));
        }
    }

    @Test
    void truncatedOrDamagedBackupIsNamedAndLeavesTheStoreAlone() throws Exception {
        Path file = tmp.resolve("backup.nq.gz");
        try (PolicyGraphStore s = PolicyGraphStore.open(original)) {
            Snapshot.write(s, file);
        }
        byte[] whole = Files.readAllBytes(file);
        Path truncated = tmp.resolve("truncated.nq.gz");
        Files.write(truncated, Arrays.copyOf(whole, whole.length * 2 / 3));
        // Cut off within its first block: Jena's parser would take that for an empty input.
        Path cutEarly = tmp.resolve("cut-early.nq.gz");
        Files.write(cutEarly, Arrays.copyOf(whole, Math.min(1000, whole.length / 2)));
        Path damaged = tmp.resolve("damaged.nq.gz");
        byte[] flipped = whole.clone();
        for (int i = whole.length / 2; i < whole.length / 2 + 64; i++)
            flipped[i] ^= 0x5a;
        Files.write(damaged, flipped);
        Path notQuads = tmp.resolve("not-quads.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(notQuads))) {
            out.write("<a> <b> \"unterminated .\n".getBytes(StandardCharsets.UTF_8));
        }

        for (Path bad : List.of(truncated, cutEarly, damaged, notQuads)) {
            Path fresh = tmp.resolve("fresh-" + bad.getFileName());
            StoreException e = assertThrows(StoreException.class, () -> Restore.run(bad, fresh, false, DerivedData.NONE));
            assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("truncated or damaged"), e.getMessage());
            try (PolicyGraphStore s = PolicyGraphStore.open(fresh)) {
                assertTrue(StoreContents.of(s.dataset()).isEmpty(), "the new store is left empty: " + bad);
            }
            // Replacing a full store with a damaged backup: refused before the store is touched.
            StoreException r = assertThrows(StoreException.class, () -> Restore.run(bad, original, true, DerivedData.NONE));
            assertTrue(r.getMessage().contains(bad.toString()), r.getMessage());
            StoreContents.assertSame(contents, StoreContents.of(original), "the store after a damaged restore");
        }
        assertArrayEquals(whole, Files.readAllBytes(file));
    }

    @Test
    void storeWithDataIsReplacedOnlyWhenAsked() throws Exception {
        Path other = tmp.resolve("other");
        try (PolicyGraphStore s = PolicyGraphStore.open(other)) {
            Ingester.builder(s).build().ingest(List.of(Corpora.example("vragen")));
        }
        Map<Node, Graph> otherContents = StoreContents.of(other);
        Path file = tmp.resolve("backup.nq.gz");
        try (PolicyGraphStore s = PolicyGraphStore.open(original)) {
            Snapshot.write(s, file);
        }
        StoreException e = assertThrows(StoreException.class, () -> Restore.run(file, other, false, DerivedData.NONE));
        assertTrue(e.getMessage().contains("is not empty") && e.getMessage().contains("--replace"), e.getMessage());
        StoreContents.assertSame(otherContents, StoreContents.of(other), "refused");

        Restore.run(file, other, true, DerivedData.NONE);
        StoreContents.assertSame(contents, StoreContents.of(other), "replaced");
        assertFalse(Files.exists(tmp.resolve(".other.before-restore")), "the old store is gone once the new one is in place");
    }

    @Test
    void newBackupReplacesThePreviousOneWhole() throws Exception {
        Path file = tmp.resolve("backup.nq.gz");
        Files.writeString(file, "the previous backup");
        try (PolicyGraphStore s = PolicyGraphStore.open(original)) {
            Snapshot.write(s, file);
        }
        long[] counts = Restore.read(file, q -> { });
        assertEquals(contents.size(), counts[0]);
    }
}
