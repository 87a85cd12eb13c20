package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;

/**
 * On a server that answers one query at a time, a quick query sent while a slow one runs is answered
 * only once the slow one is stopped at the time limit; with no limit, before. Judged by bounds a
 * loaded machine cannot break: the slow query cannot be stopped before the limit has passed since it
 * was sent, so a quick answer that waited for it comes at least that late. The order in which the
 * client sees the two answers is no proof: the quick answer may overtake the slow one's 503 once
 * the turn is given back.
 */
@Tag("server")
class QueryAdmissionIT {

    private static final String SLOW = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static final String QUICK = "ASK { ?s ?p ?o }";
    private static final Duration LIMIT = Duration.ofSeconds(10);

    @TempDir
    Path tmp;

    @Test
    void aQuickQueryWaitsForTheOnlyTurnWhileASlowOneRuns() throws Exception {
        Outcome o = quickWhileSlowRuns(1);
        if (o.quickStatus() == 200)
            assertTrue(o.quickEnded() - o.slowSent() >= LIMIT.toNanos(),
                    "answered only after the slow query was stopped at the limit: " + o);
        else
            assertTrue(o.quickTook().compareTo(LIMIT) >= 0, "refused only after waiting the limit for a turn: " + o);
    }

    @Test
    void withoutALimitTheQuickQueryDoesNotWait() throws Exception {
        Outcome o = quickWhileSlowRuns(0);
        assertEquals(200, o.quickStatus());
        assertTrue(o.quickEnded() < o.slowEnded(), "answered beside the slow query, before it was stopped");
    }

    /**
     * When the slow query was sent and each query's answer came ({@link System#nanoTime}), the quick
     * one's status and how long it took.
     */
    private record Outcome(long slowSent, long slowEnded, long quickEnded, int quickStatus, Duration quickTook) {
    }

    /** Sends the slow query, and 0.3 s later the quick one: answered, or refused for want of a turn. */
    private Outcome quickWhileSlowRuns(int maxQueries) throws Exception {
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            assertTrue(Ingester.builder(store).build().ingest(List.of(Corpora.examples())).ok());
            FusekiServer server = PolicyGraphServer.start(store.dataset(),
                    ServerSettings.DEFAULTS.withPort(0).withTimeout(LIMIT).withMaxRows(0).withMaxQueries(maxQueries));
            try {
                String url = "http://127.0.0.1:" + server.getHttpPort() + PolicyGraphServer.DATASET + "/sparql";
                HttpClient http = HttpClient.newHttpClient();
                long slowSent = System.nanoTime();
                CompletableFuture<Long> slow = http.sendAsync(post(url, SLOW), HttpResponse.BodyHandlers.ofString())
                        .thenApply(r -> {
                            assertEquals(503, r.statusCode(), "the slow query is stopped at the limit");
                            return System.nanoTime();
                        });
                Thread.sleep(300);
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(post(url, QUICK), HttpResponse.BodyHandlers.ofString());
                long quickEnded = System.nanoTime();
                assertTrue(r.statusCode() == 200 || r.statusCode() == 503 && r.body().contains("as many queries"),
                        r.statusCode() + " " + r.body());
                return new Outcome(slowSent, slow.get(), quickEnded, r.statusCode(), Duration.ofNanos(quickEnded - t0));
            } finally {
                server.stop();
            }
        }
    }

    private static HttpRequest post(String url, String query) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
    }
}
