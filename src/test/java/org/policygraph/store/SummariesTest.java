package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.harvest.HarvestImport;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.testing.Corpora;
import org.policygraph.text.SourceFiles;
import org.policygraph.text.SourceFiles.SourceFile;

/**
 * The summary-backed catalogue queries give the rows of the direct aggregates they replace, on a
 * fixture of our examples, generated documents (with references between questions, so the same
 * question is described in more than one document) and the counting fixture (an unanswered question,
 * and the Parliament's records of its questions, one still open), after a transactional build, a bulk
 * build, a harvest, replacement, removal, a write that never committed, and a reopen; and when an
 * answer arrives later, in another document or in a new record.
 */
@Tag("store")
class SummariesTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
    private static final int GENERATED = 150;
    private static final Path COUNTING = Path.of("src/test/resources/counting");

    @TempDir
    Path tmp;

    private Path corpus() {
        Path corpus = tmp.resolve("corpus");
        Corpora.copyTree(Corpora.examples(), corpus.resolve("examples"));
        new CorpusGenerator(11).write(corpus.resolve("generated"), GENERATED);
        Corpora.copyTree(COUNTING.resolve("vragen"), corpus.resolve("counting"));
        return corpus;
    }

    /** Imports the counting fixture's records (903 open) from a copy under {@code tmp}, which a test may change. */
    private HarvestImport.Result harvest(PolicyGraphStore store) {
        Path records = tmp.resolve("records");
        if (!Files.isDirectory(records))
            Corpora.copyTree(COUNTING.resolve("harvest"), records);
        HarvestImport.Result r = new HarvestImport(store).importFolder(records);
        assertTrue(r.failed().isEmpty(), r.failed().toString());
        return r;
    }

    private static IngestReport ingest(PolicyGraphStore store, int bulkMin, Path corpus) {
        IngestReport r = Ingester.builder(store).threads(2).batchSize(16).clock(FIXED).bulkMinFiles(bulkMin).build()
                .ingest(List.of(corpus));
        assertTrue(r.ok(), r.failures().toString());
        return r;
    }

    private static void assertInStep(PolicyGraphStore store, String when) {
        Map<String, List<List<String>>> diff = SummaryAgreement.differences(store.dataset());
        assertEquals(Map.of(), diff, "summaries " + when);
        assertTotalsAsRecomputed(store, when);
    }

    /**
     * Every total row as recomputing it from all its contributions makes it: a commit changes a
     * total by the difference of its contributions (TotalChanges), which must come to the same.
     */
    private static void assertTotalsAsRecomputed(PolicyGraphStore store, String when) {
        DatasetGraph dsg = store.dataset();
        dsg.begin(org.apache.jena.query.TxnType.WRITE);
        try {
            Graph kept = summaryGraph(dsg);
            java.util.Set<Node> totals = new java.util.HashSet<>();
            dsg.find(Summaries.GRAPH, Node.ANY, Summaries.TOTAL, Node.ANY).forEachRemaining(q -> totals.add(q.getObject()));
            assertFalse(totals.isEmpty(), "the fixture has totals " + when);
            for (Node t : totals)
                Summaries.recomputeTotal(dsg, t);
            Graph recomputed = summaryGraph(dsg);
            assertTrue(kept.isIsomorphicWith(recomputed), "totals as recomputed " + when + ": kept " + kept.size()
                    + " triples, recomputed " + recomputed.size());
        } finally {
            dsg.abort();
            dsg.end();
        }
    }

    private static Graph summaryGraph(DatasetGraph dsg) {
        Graph copy = GraphFactory.createDefaultGraph();
        dsg.find(Summaries.GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
        return copy;
    }

    private static Graph summaryGraph(PolicyGraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> summaryGraph(store.dataset()));
    }

    @Test
    void summariesFollowEveryWritePath() throws Exception {
        Path corpus = corpus();
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            ingest(store, Integer.MAX_VALUE, corpus);
            assertInStep(store, "after a transactional build");
            harvest(store);
            assertInStep(store, "after a harvest");
            for (String q : SummaryAgreement.QUERIES)
                assertFalse(SummaryAgreement.rows(store.dataset(), SummaryAgreement.catalogue(q)).isEmpty(),
                        q + " has rows on the fixture, so agreement means something");

            // Replace: a third of the generated documents change.
            CorpusGenerator gen = new CorpusGenerator(11);
            for (int i = 0; i < GENERATED; i += 3) {
                CorpusGenerator.Generated g = gen.edited(i);
                Files.write(corpus.resolve("generated").resolve(g.path()), g.bytes());
            }
            assertFalse(ingest(store, Integer.MAX_VALUE, corpus).replaced().isEmpty());
            assertInStep(store, "after replacing documents");

            // Every document replaced by itself in one transaction: each total's extremes are taken
            // away and added again, which TotalChanges follows by difference, not by recomputation.
            List<String> all = StoredDocuments.read(store.dataset()).keySet().stream().sorted().toList();
            Txn.executeWrite(store.dataset(), () -> {
                DatasetGraph d = store.dataset();
                SummaryUpdate summaries = SummaryUpdate.begin(d);
                for (String key : all) {
                    Node g = org.policygraph.rdf.Iris.documentGraph(key);
                    Graph copy = GraphFactory.createDefaultGraph();
                    d.getGraph(g).find().forEachRemaining(copy::add);
                    summaries.removing(g);
                    d.removeGraph(g);
                    d.addGraph(g, copy);
                    summaries.written(g, copy);
                }
                summaries.finish();
            });
            assertInStep(store, "after every document was replaced by itself");

            // Remove: every fourth document, in one transaction.
            List<String> keys = StoredDocuments.read(store.dataset()).keySet().stream().sorted().toList();
            DatasetGraph dsg = store.dataset();
            Txn.executeWrite(dsg, () -> {
                SummaryUpdate summaries = SummaryUpdate.begin(dsg);
                for (int i = 0; i < keys.size(); i += 4)
                    DocumentWriter.remove(dsg, keys.get(i), summaries);
                summaries.finish();
            });
            assertInStep(store, "after removing documents");

            // A write that dies before it commits (as a kill would) leaves the summaries as they were.
            List<String> before = SummaryAgreement.rows(dsg, SummaryAgreement.catalogue("questions-per-member"));
            MappedDocument moved = new DocumentPipeline().process(corpus.resolve("generated").resolve(gen.edited(1).path()),
                    keys.get(0));
            assertThrows(IllegalStateException.class, () -> Txn.executeWrite(dsg, () -> {
                SummaryUpdate summaries = SummaryUpdate.begin(dsg);
                for (int i = 1; i < keys.size(); i += 2)
                    DocumentWriter.remove(dsg, keys.get(i), summaries);
                DocumentWriter.replace(dsg, moved, FIXED.instant(), FIXED.instant(), summaries);
                summaries.finish();
                throw new IllegalStateException("killed before the commit");
            }));
            assertEquals(before, SummaryAgreement.rows(dsg, SummaryAgreement.catalogue("questions-per-member")));
            assertInStep(store, "after a write that never committed");
        }
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            assertInStep(store, "after a reopen");
        }
    }

    @Test
    void renamesAndRemovalsOfTheWatcherKeepTheSummariesInStep() throws Exception {
        Path corpus = corpus();
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            ingest(store, Integer.MAX_VALUE, corpus);
            harvest(store);
            List<SourceFile> before = SourceFiles.discover(List.of(corpus));
            Path generated = corpus.resolve("generated");
            List<Path> files;
            try (var listing = Files.walk(generated)) {
                files = listing.filter(Files::isRegularFile).sorted().toList();
            }
            // Every fifth generated file renamed (its document's IRIs change), every seventh other one deleted.
            int renamed = 0;
            int deleted = 0;
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                if (i % 5 == 0) {
                    Path to = Files.createDirectories(generated.resolve("hernoemd")).resolve("r-" + f.getFileName());
                    Files.move(f, to);
                    renamed++;
                } else if (i % 7 == 0) {
                    Files.delete(f);
                    deleted++;
                }
            }
            List<SourceFile> after = SourceFiles.discover(List.of(corpus));
            Set<String> beforeKeys = before.stream().map(SourceFile::key).collect(Collectors.toSet());
            Set<String> afterKeys = after.stream().map(SourceFile::key).collect(Collectors.toSet());
            List<SourceFile> changed = after.stream().filter(f -> !beforeKeys.contains(f.key())).toList();
            List<SourceFile> gone = before.stream().filter(f -> !afterKeys.contains(f.key())).toList();

            IngestReport r = Ingester.builder(store).threads(2).batchSize(16).clock(FIXED).removeDeleted(true).build()
                    .ingestChanges(changed, gone);
            assertTrue(r.ok(), r.failures().toString());
            assertEquals(renamed, r.moved().size(), r.summary());
            assertEquals(deleted, r.deletions().size(), r.summary());
            assertTrue(r.added().isEmpty(), "renamed files are moved, not read again: " + r.summary());
            assertInStep(store, "after renames and removals of watched files");
            for (String q : SummaryAgreement.QUERIES)
                assertFalse(SummaryAgreement.rows(store.dataset(), SummaryAgreement.catalogue(q)).isEmpty(),
                        q + " still has rows, so agreement means something");
        }
    }

    @Test
    void bulkBuildWritesTheSameSummariesAsTheTransactionalPath() throws Exception {
        Path corpus = corpus();
        try (PolicyGraphStore bulk = PolicyGraphStore.open(tmp.resolve("bulk"));
             PolicyGraphStore txn = PolicyGraphStore.open(tmp.resolve("txn"))) {
            IngestReport built = ingest(bulk, 1, corpus);
            assertTrue(built.bulk());
            // The per-key rows came from the scratch store of the quads they read, which is gone.
            assertTrue(built.phases().keySet().stream().anyMatch(p -> p.startsWith("summaries: per-key rows on a scratch store")),
                    built.phases().keySet().toString());
            try (var beside = Files.list(tmp)) {
                assertEquals(List.of(), beside.filter(p -> p.getFileName().toString().contains("per-key")).toList());
            }
            ingest(txn, Integer.MAX_VALUE, corpus);
            assertInStep(bulk, "after a bulk build");
            harvest(bulk);
            harvest(txn);
            assertInStep(bulk, "after a harvest on a bulk build");
            assertTrue(summaryGraph(bulk).isIsomorphicWith(summaryGraph(txn)), "same summary graph by both paths");
        }
    }

    @Test
    void aStoreWithoutCurrentSummariesGetsThemOnOpen() {
        Path corpus = corpus();
        Graph built;
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            ingest(store, Integer.MAX_VALUE, corpus);
            harvest(store);
            built = summaryGraph(store);
            // As a store written before summaries existed, or by other summary definitions.
            Txn.executeWrite(store.dataset(), () -> store.dataset().deleteAny(Summaries.GRAPH, Node.ANY, Node.ANY, Node.ANY));
        }
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            assertInStep(store, "rebuilt on open");
            // The same rows under the same names as the documents' own writes made them: a store's
            // summaries do not depend on the path that computed them.
            Graph rebuilt = summaryGraph(store);
            assertEquals(built.size(), rebuilt.size());
            assertTrue(built.isIsomorphicWith(rebuilt), "rebuilt summary graph as written with the documents");
        }
    }

    /**
     * Whether question 903 is unanswered or open depends on more than its own document: an answer in
     * a later document of the same question, that document's removal, and a new record with an answer
     * date each change its rows, and the summaries follow each.
     */
    @Test
    void anAnswerArrivingLaterInAnotherDocumentOrRecordKeepsTheSummariesInStep() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Corpora.copyTree(COUNTING.resolve("vragen"), corpus.resolve("vragen"));
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            ingest(store, Integer.MAX_VALUE, corpus);
            harvest(store);
            assertInStep(store, "after the build and the harvest");
            assertEquals(1, unanswered(store).size(), unanswered(store).toString());
            assertTrue(unanswered(store).get(0).startsWith("\"903\""), unanswered(store).toString());
            assertEquals(1, open(store).size(), open(store).toString());

            // The answer comes in a file of its own: the same question (number, date, minister) with its answer.
            Path answer = Files.createDirectories(corpus.resolve("antwoorden")).resolve("sv-0903-antwoord.txt");
            Files.writeString(answer, Files.readString(COUNTING.resolve("vragen/sv-0903-speelpleinen.txt")) + """

                    BRAM DE WINTER
                    VLAAMS MINISTER VAN SPORT EN JEUGD

                    ANTWOORD
                    op vraag nr. 903 van 3 maart 2025
                    van JORIS PEETERS

                    1. In de speelpleinwerking zijn 230 vrijwilligers actief.

                    2. Zij krijgen een vorming en een vergoeding.
                    """);
            List<SourceFile> withAnswer = SourceFiles.discover(List.of(corpus));
            SourceFile answerFile = withAnswer.stream().filter(f -> f.path().endsWith("sv-0903-antwoord.txt")).findFirst().orElseThrow();
            assertEquals(1, ingest(store, Integer.MAX_VALUE, corpus).added().size());
            assertInStep(store, "after an answer in another document");
            assertEquals(List.of(), unanswered(store));
            assertEquals(List.of(), open(store));

            // The answer's file goes again: the question is unanswered and open again.
            Files.delete(answer);
            IngestReport gone = Ingester.builder(store).clock(FIXED).removeDeleted(true).build().ingestChanges(List.of(), List.of(answerFile));
            assertEquals(1, gone.deletions().size(), gone.summary());
            assertInStep(store, "after the answer's document was removed");
            assertEquals(1, unanswered(store).size());
            assertEquals(1, open(store).size());

            // A new record says the question was answered: no longer open, still without an answer in the corpus.
            Path record = tmp.resolve("records/9903.json");
            Files.writeString(record, Files.readString(record).replace("\"status\": \"Ingediend\"}]",
                    "\"status\": \"Ingediend\"}, {\"datum\": \"2025-03-20T00:00:00+01:00\", \"status\": \"Beantwoord\"}]"));
            harvest(store);
            assertInStep(store, "after a record with an answer date");
            assertEquals(List.of(), open(store));
            assertEquals(1, unanswered(store).size());
        }
    }

    /**
     * A question cited without its minister ("mijn vraag nr. 58 van ...") is counted on its own until
     * the question of that number and date arrives with its minister, and again when that goes: its
     * rows follow a document that does not describe it, through the questions it is tied to.
     */
    @Test
    void aQuestionCitedWithoutItsMinisterFollowsTheQuestionItStandsFor() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("sv-0910-zwembaden.txt"), """
                SCHRIFTELIJKE VRAAG

                nr. 910
                van LOTTE CLAES
                datum: 1 april 2025

                aan BRAM DE WINTER
                VLAAMS MINISTER VAN SPORT EN JEUGD

                Zwembaden - Renovatie van gemeentelijke zwembaden

                In mijn vraag nr. 58 van 17 oktober 2024 vroeg ik naar de zwembaden in Gent.

                1. Hoeveel zwembaden werden in 2024 gerenoveerd?
                """);
        Path earlier = corpus.resolve("sv-0058-zwembaden.txt");
        String earlierText = """
                SCHRIFTELIJKE VRAAG

                nr. 58
                van LOTTE CLAES
                datum: 17 oktober 2024

                aan BRAM DE WINTER
                VLAAMS MINISTER VAN SPORT EN JEUGD

                Zwembaden - Zwembaden in Gent

                1. Hoeveel zwembaden zijn er in Gent?
                """;
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            ingest(store, Integer.MAX_VALUE, corpus);
            assertInStep(store, "with the citation alone");
            assertTrue(perMinister(store).stream().anyMatch(r -> r.contains("| - |")),
                    "the cited question counts without a minister: " + perMinister(store));

            Files.writeString(earlier, earlierText);
            ingest(store, Integer.MAX_VALUE, corpus);
            assertInStep(store, "after the cited question arrived with its minister");
            assertFalse(perMinister(store).stream().anyMatch(r -> r.contains("| - |")),
                    "the citation now stands for the question: " + perMinister(store));

            SourceFile gone = SourceFiles.discover(List.of(corpus)).stream().filter(f -> f.path().equals(earlier)).findFirst().orElseThrow();
            Files.delete(earlier);
            Ingester.builder(store).clock(FIXED).removeDeleted(true).build().ingestChanges(List.of(), List.of(gone));
            assertInStep(store, "after the cited question went again");
            assertTrue(perMinister(store).stream().anyMatch(r -> r.contains("| - |")), perMinister(store).toString());
        }
    }

    private static List<String> perMinister(PolicyGraphStore store) {
        return SummaryAgreement.rows(store.dataset(), SummaryAgreement.catalogue("questions-per-member-and-minister"));
    }

    private static List<String> unanswered(PolicyGraphStore store) {
        return SummaryAgreement.rows(store.dataset(), SummaryAgreement.catalogue("unanswered-questions"));
    }

    private static List<String> open(PolicyGraphStore store) {
        return SummaryAgreement.rows(store.dataset(), SummaryAgreement.catalogue("open-questions-per-member"));
    }
}
