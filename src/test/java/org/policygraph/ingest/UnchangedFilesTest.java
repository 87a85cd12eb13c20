package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.parse.DocumentParser;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.PG;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.StoredDocuments;
import org.policygraph.store.StoredVersion;
import org.policygraph.testing.Corpora;
import org.policygraph.text.FileStamp;

/**
 * A file whose size and times (modification, change) are those recorded when it was read is taken as
 * unchanged without being read; a time is recorded only when it was settled before the read.
 */
@Tag("store")
class UnchangedFilesTest {

    private static final String ZWEMBADEN = "vragen/sv-0019-zwembaden.txt";
    /** A modification time well before any run of the test: settled. */
    private static final Instant LONG_AGO = Instant.parse("2026-03-01T08:15:30.123456789Z");

    @TempDir
    Path tmp;
    private PolicyGraphStore store;
    private Path corpus;

    @BeforeEach
    void setUp() {
        store = PolicyGraphStore.open(tmp.resolve("store"));
        corpus = tmp.resolve("corpus");
        Corpora.copyTree(Corpora.examples(), corpus);
        Corpora.setModified(corpus, LONG_AGO);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private IngestReport ingest() {
        return Ingester.builder(store).threads(2).batchSize(3)
                .clock(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC)).build()
                .ingest(List.of(corpus));
    }

    private StoredVersion stored(String key) {
        return StoredDocuments.lookup(store.dataset(), List.of(key)).get(key);
    }

    @Test
    void theTimesAFileHadWhenReadAreRecordedWithTheDocument() throws IOException {
        IngestReport first = ingest();
        assertTrue(first.ok(), first.summary());
        StoredVersion v = stored(ZWEMBADEN);
        FileStamp now = FileStamp.of(corpus.resolve(ZWEMBADEN)).orElseThrow();
        assertEquals(Map.entry(Instant.parse("2026-03-01T08:15:30.123Z"), Files.size(corpus.resolve(ZWEMBADEN))),
                Map.entry(v.modified().orElseThrow(), v.byteSize()), "the file's time to the millisecond, and its size");
        assertEquals(now.changed(), v.changed(), "the change time, where the file system reports one");
        assertTrue(v.sameFile(now));
    }

    @Test
    void aFileWithItsRecordedStampIsNotReadAgainATouchedOneIs() throws IOException {
        IngestReport first = ingest();
        int documents = first.added().size();
        IngestReport second = ingest();
        assertEquals(documents, second.unchangedUnread(), second.summary());
        assertTrue(second.summary().contains("Unchanged and not read (the size and file times they had when stored): "
                + documents + "; touch a file to have it read"), second.summary());

        // touch: another time, so the file is read, found changed and replaced
        Path file = corpus.resolve(ZWEMBADEN);
        Files.writeString(file, Files.readString(file).replace("zwembad", "zwemzaal"));
        Files.setLastModifiedTime(file, FileTime.from(LONG_AGO.plus(1, ChronoUnit.SECONDS)));
        Corpora.waitUntilSettled();
        IngestReport third = ingest();
        assertEquals(List.of(ZWEMBADEN), third.replaced(), third.summary());
        assertEquals(documents - 1, third.unchangedUnread());
        assertEquals(LONG_AGO.plusSeconds(1).truncatedTo(ChronoUnit.MILLIS), stored(ZWEMBADEN).modified().orElseThrow(),
                "the new time is recorded");
    }

    @Test
    void otherBytesOfTheSameSizeWithTheOldModificationTimePutBackAreReadByTheChangeTime() throws IOException {
        int documents = ingest().added().size();
        Path file = corpus.resolve(ZWEMBADEN);
        // What a restore that keeps times does (cp -p, rsync -t, touch -d): only a read could tell by
        // the size and modification time; the change time is the clock's, and cannot be set back.
        long size = Files.size(file);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("zwembad", "zwembed"), StandardCharsets.UTF_8);
        assertEquals(size, Files.size(file));
        Files.setLastModifiedTime(file, FileTime.from(LONG_AGO));
        Corpora.waitUntilSettled();
        boolean changeTimes = FileStamp.of(file).orElseThrow().changed().isPresent();

        IngestReport second = ingest();
        if (changeTimes) {
            assertEquals(List.of(ZWEMBADEN), second.replaced(), "read by its change time: " + second.summary());
            assertEquals(documents - 1, second.unchangedUnread());
        } else {
            // a file system without change times: the size and modification time decide, as README says
            assertTrue(second.replaced().isEmpty(), second.summary());
        }
        IngestReport third = ingest();
        assertEquals(documents, third.unchangedUnread(), "its new stamp recorded: " + third.summary());
    }

    @Test
    void aFileModifiedAroundItsReadHasNoTimeRecordedAndIsHashedNextTime() throws IOException {
        Path file = corpus.resolve(ZWEMBADEN);
        // Not settled when read (a time within the file system's resolution of the read, or ahead of it)
        Instant ahead = Instant.now().plus(Duration.ofHours(1));
        Files.setLastModifiedTime(file, FileTime.from(ahead));
        ingest();
        assertTrue(stored(ZWEMBADEN).modified().isEmpty(), "no time recorded for a file that may still be changing");

        Files.writeString(file, Files.readString(file).replace("zwembad", "zwemzaal"));
        Files.setLastModifiedTime(file, FileTime.from(ahead));
        IngestReport second = ingest();
        assertEquals(List.of(ZWEMBADEN), second.replaced(), "read and hashed again: " + second.summary());
    }

    @Test
    void aStoreWithoutRecordedTimesRecordsThemOnTheNextRunAndChangesNothingElse() {
        int documents = ingest().added().size();
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(Iris.REGISTRY_GRAPH, Node.ANY, PG.sourceModified, Node.ANY);
            dsg.deleteAny(Iris.REGISTRY_GRAPH, Node.ANY, PG.sourceChanged, Node.ANY);
        });
        List<String> before = quadsWithout(dsg, PG.sourceModified, PG.sourceChanged);
        assertTrue(stored(ZWEMBADEN).modified().isEmpty());

        IngestReport second = ingest();
        assertEquals(documents, second.unchanged().size(), second.summary());
        assertEquals(0, second.unchangedUnread(), "each file read and hashed: " + second.summary());
        assertEquals(LONG_AGO.truncatedTo(ChronoUnit.MILLIS), stored(ZWEMBADEN).modified().orElseThrow(),
                "recorded from the file read and found unchanged");
        assertEquals(before, quadsWithout(dsg, PG.sourceModified, PG.sourceChanged), "nothing else in the store changed");
        long times = Txn.calculateRead(dsg, () -> dsg.stream(Iris.REGISTRY_GRAPH, Node.ANY, PG.sourceModified, Node.ANY).count());
        assertEquals(documents, times, "one time per document");
        long changeTimes = Txn.calculateRead(dsg, () -> dsg.stream(Iris.REGISTRY_GRAPH, Node.ANY, PG.sourceChanged, Node.ANY).count());
        assertEquals(FileStamp.of(corpus.resolve(ZWEMBADEN)).orElseThrow().changed().isPresent() ? documents : 0, changeTimes);
    }

    @Test
    void aRenamedFileKeepsItsTimeUnderItsNewKeyAndIsNotReadOnTheNextRun() throws IOException {
        int documents = ingest().added().size();
        String renamed = "archief/zwembaden.txt";
        Files.createDirectories(corpus.resolve("archief"));
        Files.move(corpus.resolve(ZWEMBADEN), corpus.resolve(renamed));   // keeps the file's modification time
        Corpora.waitUntilSettled();   // a rename may move the change time

        IngestReport second = ingest();
        assertEquals(1, second.moved().size(), second.summary());
        assertEquals(LONG_AGO.truncatedTo(ChronoUnit.MILLIS), stored(renamed).modified().orElseThrow());
        IngestReport third = ingest();
        assertEquals(documents, third.unchangedUnread(), third.summary());
    }

    @Test
    void anotherParserVersionReadsTheFileAgainThoughItsTimeIsRecorded() {
        ingest();
        DatasetGraph dsg = store.dataset();
        Node graph = Iris.documentGraph(ZWEMBADEN);
        Node source = Iris.source(ZWEMBADEN);
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(graph, source, PG.parserVersion, Node.ANY);
            dsg.add(graph, source, PG.parserVersion, NodeFactory.createLiteralString("0-older"));
        });
        IngestReport second = ingest();
        assertEquals(List.of(ZWEMBADEN), second.replaced(), second.summary());
        assertEquals(DocumentParser.VERSION, stored(ZWEMBADEN).parserVersion());
    }

    private static List<String> quadsWithout(DatasetGraph dsg, Node... properties) {
        List<Node> left = List.of(properties);
        return Txn.calculateRead(dsg, () -> dsg.stream().filter(q -> !left.contains(q.getPredicate()))
                .map(Quad::toString).sorted().toList());
    }
}
