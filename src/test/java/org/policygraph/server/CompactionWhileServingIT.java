package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.Compaction;
import org.policygraph.store.CompactionThread;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.Waypoint;
import org.policygraph.store.WriteGate;

/**
 * A compaction under a running server, held at its first waypoint in the copy (no timing): the
 * server answers a query meanwhile, and a SPARQL update sent meanwhile is answered without waiting
 * for the copy; the compaction's catch-up brings it into the new generation.
 */
@Tag("server")
class CompactionWhileServingIT {

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void queriesAndAnUpdateAreAnsweredWhileACompactionCopies() throws Exception {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(19).write(corpus, 20);
        Path passwords = tmp.resolve("passwords");
        Files.writeString(passwords, "analyst: s3cret\n");
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            Ingester.builder(store).noBulkLoad().build().ingest(List.of(corpus));
            FusekiServer server = PolicyGraphServer.start(store.dataset(), ServerSettings.DEFAULTS.withPort(0).withUpdate(passwords));
            String base = "http://127.0.0.1:" + server.getHttpPort() + "/policygraph";
            CountDownLatch copying = new CountDownLatch(1);
            CountDownLatch goOn = new CountDownLatch(1);
            Waypoint.listen(name -> {
                if (name.equals(Waypoint.COMPACTION_COPYING) && copying.getCount() > 0) {
                    copying.countDown();
                    try {
                        goOn.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            try {
                CompactionThread compaction = CompactionThread.start(store);
                copying.await();

                HttpResponse<String> during = post(base + "/sparql", "application/sparql-query",
                        "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
                assertEquals(200, during.statusCode(), "a query answered while the compaction copies: " + during.body());
                assertTrue(compaction.isAlive(), "the compaction is still copying");

                AtomicReference<HttpResponse<String>> updated = new AtomicReference<>();
                Thread update = new Thread(() -> {
                    try {
                        updated.set(post(base + "/update", "application/sparql-update",
                                "INSERT DATA { GRAPH <urn:pg:during> { <urn:pg:x> <urn:pg:p> 1 } }", "Authorization",
                                "Basic " + Base64.getEncoder().encodeToString("analyst:s3cret".getBytes(StandardCharsets.UTF_8))));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                update.start();
                WriteGate gate = WriteGate.of(store.dataset());
                while (update.isAlive() && gate.waiting() == 0)
                    Thread.sleep(5);
                assertEquals(0, gate.waiting(), "the update does not wait for the copy");
                update.join();
                assertEquals(2, updated.get().statusCode() / 100, updated.get().body());
                assertTrue(compaction.isAlive(), "the update was answered while the compaction copies");

                goOn.countDown();
                Compaction.Result result = compaction.join();
                assertNull(compaction.failure(), "the compaction");
                HttpResponse<String> after = post(base + "/sparql", "application/sparql-query",
                        "ASK { GRAPH <urn:pg:during> { <urn:pg:x> <urn:pg:p> 1 } }");
                assertTrue(after.body().contains("true"), "the update landed: " + after.body());
                assertNotEquals("Data-0001", result.generation(), result.summary());
            } finally {
                Waypoint.listen(null);
                server.stop();
            }
        }
    }

    /**
     * A query held under way at the switch (a test function parks it a row into its WHERE clause, so
     * no timing is involved) while four clients query throughout: the compaction switches with it
     * under way, a query sent after the switch is answered while it is still parked, and once let
     * go it is answered in full, from the old generation, which is deleted after it. Every query
     * of the clients is answered. With the dataset held exclusive for the switch (or Jena's switch)
     * the switch waits for the parked query, which waits for the new one: the waits below run out.
     */
    @Test
    void aQueryUnderWayAtTheSwitchFinishesWhileNewQueriesAreAnswered() throws Exception {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(21).write(corpus, 20);
        Path storeDir = tmp.resolve("store");
        CountDownLatch underWay = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        FunctionRegistry.get().put(PAUSE, uri -> new FunctionBase1() {
            @Override
            public NodeValue exec(NodeValue v) {
                if (underWay.getCount() > 0) {
                    underWay.countDown();
                    try {
                        finish.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return NodeValue.TRUE;
            }
        });
        try (PolicyGraphStore store = PolicyGraphStore.open(storeDir)) {
            Ingester.builder(store).noBulkLoad().build().ingest(List.of(corpus));
            FusekiServer server = PolicyGraphServer.start(store.dataset(), ServerSettings.DEFAULTS.withPort(0));
            String sparql = "http://127.0.0.1:" + server.getHttpPort() + "/policygraph/sparql";
            String oldGeneration = generation(storeDir);
            CountDownLatch switched = new CountDownLatch(1);
            Waypoint.listen(name -> {
                if (name.equals(Waypoint.COMPACTION_SWITCHED))
                    switched.countDown();
            });
            AtomicBoolean querying = new AtomicBoolean(true);
            List<Thread> clients = new ArrayList<>();
            List<String> errors = Collections.synchronizedList(new ArrayList<>());
            AtomicLong slowest = new AtomicLong();
            try {
                long quads = count(post(sparql, "application/sparql-query", COUNT));
                AtomicReference<HttpResponse<String>> parked = new AtomicReference<>();
                Thread parkedQuery = new Thread(() -> {
                    try {
                        parked.set(post(sparql, "application/sparql-query",
                                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(<" + PAUSE + ">(?s)) }"));
                    } catch (Exception e) {
                        errors.add("the parked query: " + e);
                    }
                });
                parkedQuery.start();
                assertTrue(underWay.await(60, TimeUnit.SECONDS), "the query is under way");
                for (int c = 0; c < 4; c++) {
                    Thread t = new Thread(() -> {
                        while (querying.get()) {
                            long from = System.nanoTime();
                            try {
                                HttpResponse<String> r = post(sparql, "application/sparql-query", COUNT);
                                if (r.statusCode() != 200 || count(r) != quads)
                                    errors.add(r.statusCode() + " " + r.body());
                            } catch (Exception e) {
                                errors.add(e.toString());
                            }
                            slowest.accumulateAndGet(System.nanoTime() - from, Math::max);
                        }
                    });
                    t.start();
                    clients.add(t);
                }

                CompactionThread compaction = CompactionThread.start(store);
                assertTrue(switched.await(120, TimeUnit.SECONDS), "the compaction switches with a query under way: " + compaction.failure());
                long asked = System.nanoTime();
                HttpResponse<String> after = post(sparql, "application/sparql-query", COUNT);
                long answeredIn = System.nanoTime() - asked;
                assertEquals(200, after.statusCode(), after.body());
                assertEquals(quads, count(after), "a query sent after the switch is answered");
                assertNull(parked.get(), "meanwhile the parked query is still under way");
                assertTrue(Files.isDirectory(storeDir.resolve(oldGeneration)), "on the old generation, which is still there");

                finish.countDown();
                parkedQuery.join();
                Compaction.Result result = compaction.join();
                querying.set(false);
                for (Thread t : clients)
                    t.join();
                assertNull(compaction.failure(), "the compaction");
                assertEquals(200, parked.get().statusCode(), parked.get().body());
                assertEquals(quads, count(parked.get()), "the parked query is answered in full");
                assertFalse(Files.exists(storeDir.resolve(oldGeneration)), "the old generation is deleted after it");
                assertEquals(List.of(), errors, "every client query answered");
                System.out.printf("compaction under 4 clients and a parked query: %s; a query sent after the switch answered in"
                        + " %.1f ms; slowest client query %.1f ms (load %s)%n", result.summary(), answeredIn / 1e6,
                        slowest.get() / 1e6, Files.readString(Path.of("/proc/loadavg")).strip());
            } finally {
                finish.countDown();
                querying.set(false);
                Waypoint.listen(null);
                server.stop();
            }
        } finally {
            FunctionRegistry.get().remove(PAUSE);
        }
    }

    private static final String PAUSE = "urn:pg:test:pause";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    /** The generation folder in use: TDB2 runs on the highest. */
    private static String generation(Path storeDir) throws Exception {
        try (var s = Files.list(storeDir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.matches("Data-\\d+")).max(String::compareTo).orElseThrow();
        }
    }

    /** The count in a JSON result of {@link #COUNT}. */
    private static long count(HttpResponse<String> r) {
        Matcher m = Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"").matcher(r.body());
        assertTrue(m.find(), r.body());
        return Long.parseLong(m.group(1));
    }

    private HttpResponse<String> post(String url, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).header("Content-Type", contentType)
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2)
            b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
