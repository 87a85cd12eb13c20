package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.FolderWatcher;
import org.policygraph.ingest.IngestReport;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;

/** serve --watch: new and changed files reach a running server, and readers only ever see whole documents. */
@Tag("server")
class WatchIT {

    private static final String QUERY = "PREFIX pg: <https://w3id.org/policygraph/def#> PREFIX dcterms: <http://purl.org/dc/terms/> "
            + "SELECT ?t (COUNT(?sq) AS ?items) { ?q pg:questionNumber \"604\" ; pg:hasAnswer ?a . "
            + "OPTIONAL { ?q dcterms:title ?t } OPTIONAL { ?q pg:hasSubQuestion ?sq } } GROUP BY ?t";

    @TempDir
    Path tmp;

    @Test
    void newAndChangedFilesReachTheRunningServerWhole() throws Exception {
        Path watched = Files.createDirectories(tmp.resolve("inbox"));
        List<IngestReport> reports = Collections.synchronizedList(new ArrayList<>());
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            FusekiServer server = PolicyGraphServer.start(store.dataset(), ServerSettings.DEFAULTS.withPort(0));
            String url = "http://127.0.0.1:" + server.getHttpPort() + PolicyGraphServer.DATASET + "/sparql";
            AtomicBoolean reading = new AtomicBoolean(true);
            AtomicInteger reads = new AtomicInteger();
            List<String> seen = Collections.synchronizedList(new ArrayList<>());
            List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> {
                while (reading.get()) {
                    try {
                        seen.add(read(url));
                        reads.incrementAndGet();
                    } catch (RuntimeException e) {
                        errors.add(e);
                    }
                }
            });
            try (FolderWatcher watcher = FolderWatcher.start(store, List.of(watched), Duration.ofMillis(200), reports::add)) {
                reader.start();
                Path file = watched.resolve("sv-0604-kusttram.txt");
                Files.copy(Corpora.example("vragen/sv-0604-kusttram.txt"), file);
                awaitState(url, "De Lijn - Stiptheid van de kusttram:3");
                String edited = Files.readString(file, StandardCharsets.UTF_8)
                        .replace("De Lijn - Stiptheid van de kusttram", "De Lijn - Stiptheid van de kusttram (2)");
                Files.writeString(file, edited, StandardCharsets.UTF_8);
                awaitState(url, "De Lijn - Stiptheid van de kusttram (2):3");
            } finally {
                reading.set(false);
                reader.join();
                server.stop();
            }
            assertTrue(errors.isEmpty(), "reader errors: " + errors);
            assertTrue(reads.get() > 10, "the reader kept reading: " + reads.get());
            for (String state : seen)
                assertTrue(state.isEmpty() || state.equals("De Lijn - Stiptheid van de kusttram:3")
                        || state.equals("De Lijn - Stiptheid van de kusttram (2):3"), "a half-written document was visible: " + state);
            assertEquals(1, reports.stream().mapToInt(r -> r.added().size()).sum());
            assertEquals(1, reports.stream().mapToInt(r -> r.replaced().size()).sum());
            assertTrue(reports.stream().allMatch(IngestReport::ok));
        }
    }

    /** What a reader sees of question 604: its titles and sub-question count, or "" when it is not there. */
    private static String read(String url) {
        try (var qe = QueryExecHTTP.service(url).query(QUERY).build()) {
            ResultSet rs = ResultSetFactory.copyResults(ResultSet.adapt(qe.select()));
            List<String> states = new ArrayList<>();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                states.add((row.contains("t") ? row.getLiteral("t").getString() : "-") + ":" + row.getLiteral("items").getInt());
            }
            return String.join(" & ", states);
        }
    }

    private static void awaitState(String url, String expected) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (read(url).equals(expected))
                return;
            Thread.sleep(100);
        }
        throw new AssertionError("never saw " + expected + ", last: " + read(url));
    }
}
