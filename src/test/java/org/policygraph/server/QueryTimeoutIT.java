package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.store.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;

/** A query that runs past the time limit is stopped and the client gets an error. */
class QueryTimeoutIT {

    @TempDir
    Path tmp;

    @Test
    void runawayQueryIsStoppedAtTheLimit() {
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            new Ingester(store).ingest(List.of(Corpora.examples()));
            FusekiServer server = PolicyGraphServer.start(store.dataset(),
                    ServerSettings.DEFAULTS.withPort(0).withTimeout(Duration.ofSeconds(1)));
            try {
                String url = "http://127.0.0.1:" + server.getHttpPort() + PolicyGraphServer.DATASET + "/sparql";
                // Four-way cross product of ~1,000 triples: 10^12 rows, far beyond one second.
                String bomb = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
                long start = System.nanoTime();
                QueryExceptionHTTP e = assertThrows(QueryExceptionHTTP.class, () -> {
                    try (var qe = QueryExecHTTP.service(url).query(bomb).build()) {
                        qe.select().materialize();
                    }
                });
                assertEquals(503, e.getStatusCode(), "Fuseki answers a timed-out query with 503");
                long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
                assertTrue(seconds < 20, "stopped after " + seconds + " s");
                try (var qe = QueryExecHTTP.service(url).query("ASK { ?s ?p ?o }").build()) {
                    assertTrue(qe.ask(), "the server still answers");
                }
            } finally {
                server.stop();
            }
        }
    }
}
