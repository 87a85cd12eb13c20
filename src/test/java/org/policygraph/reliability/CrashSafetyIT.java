package org.policygraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.rdf.Iris;
import org.policygraph.store.SummaryAgreement;
import org.policygraph.store.Summaries;
import org.policygraph.store.PolicyGraphStore;

/**
 * Kills {@code ingest} with SIGKILL at random moments, during a bulk build of an empty store and
 * during replacement of changed documents. After every kill the store opens, every document graph
 * is wholly the old or wholly the new version, nothing committed before is lost, and a final run
 * completes the job.
 */
@Tag("reliability")
class CrashSafetyIT {

    private static final int DOCUMENTS = 1200;
    private static final int EDITED_EVERY = 5;
    private static final int KILLS_PER_PHASE = 12;

    @TempDir
    Path tmp;

    private final Random random = new Random(42);
    private final DocumentPipeline pipeline = new DocumentPipeline();

    @Test
    void killedIngestLosesNothingAndLeavesNoHalfDocument() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path store = tmp.resolve("store");
        CorpusGenerator generator = new CorpusGenerator(7);
        generator.write(corpus, DOCUMENTS);
        Map<String, Graph> original = expected(corpus);

        int kills = 0;
        // Phase 1: the first runs take the bulk path into an empty store.
        kills += killRepeatedly(store, corpus, KILLS_PER_PHASE, Map.of(), original);
        assertEquals(0, run(store, corpus), "a run after the kills completes the build");
        Map<String, Graph> built = stored(store);
        assertEquals(original.keySet(), built.keySet());
        original.forEach((k, g) -> assertTrue(g.isIsomorphicWith(built.get(k)), k));

        // Phase 2: every fifth document changes; kills land while graphs are being replaced.
        for (int i = 0; i < DOCUMENTS; i += EDITED_EVERY) {
            CorpusGenerator.Generated g = generator.edited(i);
            Files.write(corpus.resolve(g.path()), g.bytes());
        }
        Map<String, Graph> edited = expected(corpus);
        kills += killRepeatedly(store, corpus, KILLS_PER_PHASE, original, edited);
        assertEquals(0, run(store, corpus), "a run after the kills completes the replacement");
        Map<String, Graph> last = stored(store);
        assertEquals(edited.keySet(), last.keySet());
        edited.forEach((k, g) -> assertTrue(g.isIsomorphicWith(last.get(k)), k + " is the new version"));
        try (var beside = Files.list(tmp)) {
            assertEquals(List.of(), beside.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".store."))
                    .toList(), "the side folders of killed bulk builds are cleared");
        }
        System.out.printf("crash safety: %d kills survived, %d documents, 0 lost%n", kills, DOCUMENTS);
        assertTrue(kills >= 20, "at least 20 kills landed on a running ingest: " + kills);
    }

    /** Kills ingest {@code times} times while it runs; after each, every graph is old or new and none committed is lost. */
    private int killRepeatedly(Path store, Path corpus, int times, Map<String, Graph> before, Map<String, Graph> after)
            throws Exception {
        int landed = 0;
        // Kill within the first `window` ms after start; a run that ends before its kill says runs
        // are now shorter than that (a faster ingest, or less left to do after earlier kills), so
        // the next kills come sooner: kills keep landing on a running ingest however fast it gets.
        int window = 5000;
        for (int attempt = 0; landed < times && attempt < times * 4; attempt++) {
            Map<String, Graph> committed = Files.exists(store) ? stored(store) : Map.of();
            Process p = start(store, corpus);
            Thread.sleep(700 + random.nextInt(window));
            if (!p.isAlive()) {
                window = Math.max(1000, window * 2 / 3);
                continue;
            }
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            landed++;
            Map<String, Graph> now = stored(store);
            try (PolicyGraphStore s = PolicyGraphStore.open(store)) {
                assertEquals(Map.of(), SummaryAgreement.differences(s.dataset()),
                        "the summaries agree with the documents after kill " + landed);
            }
            assertTrue(now.keySet().containsAll(committed.keySet()), "documents committed before the kill are still there");
            for (Map.Entry<String, Graph> e : now.entrySet()) {
                Graph old = before.get(e.getKey());
                Graph young = after.get(e.getKey());
                boolean whole = (old != null && old.isIsomorphicWith(e.getValue()))
                        || (young != null && young.isIsomorphicWith(e.getValue()));
                assertTrue(whole, e.getKey() + " is neither wholly the old nor wholly the new version after kill " + landed);
            }
        }
        return landed;
    }

    private Process start(Path store, Path corpus) throws Exception {
        return new ProcessBuilder(java(), "-jar", Path.of("target", "policygraph.jar").toString(),
                "ingest", "--store", store.toString(), corpus.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("ingest.log").toFile()).start();
    }

    /** Runs ingest to its end; returns its exit code, printing its output when that is not 0. */
    private int run(Path store, Path corpus) throws Exception {
        Process p = start(store, corpus);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "ingest finishes");
        if (p.exitValue() != 0)
            System.out.println(Files.readString(tmp.resolve("ingest.log")));
        return p.exitValue();
    }

    /** What each document's graph must be, by key, mapped in this process. */
    private Map<String, Graph> expected(Path corpus) throws Exception {
        Map<String, Graph> out = new HashMap<>();
        try (var s = Files.walk(corpus)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String key = corpus.relativize(f).toString().replace(File.separatorChar, '/');
                out.put(Iris.documentGraph(key).getURI(), pipeline.process(f, key).graph());
            }
        }
        return out;
    }

    /** The document graphs in the store, by graph name. */
    private static Map<String, Graph> stored(Path store) {
        try (PolicyGraphStore s = PolicyGraphStore.open(store)) {
            return Txn.calculateRead(s.dataset(), () -> {
                Map<String, Graph> out = new HashMap<>();
                s.dataset().listGraphNodes().forEachRemaining(g -> {
                    if (g.equals(Iris.REGISTRY_GRAPH) || g.equals(Summaries.GRAPH))
                        return;
                    Graph copy = GraphFactory.createDefaultGraph();
                    s.dataset().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
                    out.put(g.getURI(), copy);
                });
                return out;
            });
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
