package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.Compaction;
import org.policygraph.store.DerivedData;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.Waypoint;
import org.policygraph.store.WriteGate;

/**
 * A compaction under a running server, held at its first waypoint in the copy (no timing): the
 * server answers a query meanwhile, and a SPARQL update sent meanwhile waits at the store's write
 * gate, then is answered and lands on the new generation once the compaction goes on.
 */
@Tag("server")
class CompactionWhileServingIT {

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void queriesAreAnsweredAndAnUpdateWaitsWhileACompactionCopies() throws Exception {
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
                AtomicReference<Compaction.Result> result = new AtomicReference<>();
                Thread compaction = new Thread(() -> result.set(Compaction.run(store, DerivedData.NONE)));
                compaction.start();
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
                while (gate.waiting() == 0)
                    Thread.sleep(5);
                assertNull(updated.get(), "the update waits while the compaction copies");

                goOn.countDown();
                compaction.join();
                update.join();
                assertEquals(2, updated.get().statusCode() / 100, updated.get().body());
                HttpResponse<String> after = post(base + "/sparql", "application/sparql-query",
                        "ASK { GRAPH <urn:pg:during> { <urn:pg:x> <urn:pg:p> 1 } }");
                assertTrue(after.body().contains("true"), "the update landed: " + after.body());
                assertNotEquals("Data-0001", result.get().generation(), result.get().summary());
            } finally {
                Waypoint.listen(null);
                server.stop();
            }
        }
    }

    private HttpResponse<String> post(String url, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2)
            b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
