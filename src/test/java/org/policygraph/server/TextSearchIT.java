package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;

/** {@code text:query} over the HTTP endpoint of a real Fuseki on the store, and a text catalogue query there. */
@Tag("server")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextSearchIT {

    @TempDir
    static Path tmp;
    private PolicyGraphStore store;
    private FusekiServer server;
    private String endpoint;

    @BeforeAll
    void start() {
        store = PolicyGraphStore.open(tmp.resolve("store"));
        IngestReport report = Ingester.builder(store).build().ingest(List.of(Corpora.examples()));
        assertTrue(report.ok(), report.failures().toString());
        server = PolicyGraphServer.start(store.dataset(), ServerSettings.DEFAULTS.withPort(0));
        endpoint = PolicyGraphServer.queryUrl(server, "127.0.0.1");
    }

    @AfterAll
    void stop() {
        if (server != null)
            server.stop();
        if (store != null)
            store.close();
    }

    private List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (var qe = QueryExecHTTP.service(endpoint).query(query).build()) {
            ResultSet rs = ResultSetFactory.copyResults(ResultSet.adapt(qe.select()));
            rs.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void textQueryAnswersOverHttpWithJenaTextsShape() {
        List<QuerySolution> rows = select("""
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?s ?score ?title ?g WHERE { (?s ?score ?title ?g) text:query (dcterms:title "fietspad*" 10) }""");
        assertTrue(rows.size() >= 2, rows.toString());
        for (QuerySolution r : rows) {
            assertTrue(r.getLiteral("title").getString().toLowerCase().contains("fietspad"), r.toString());
            assertTrue(r.getResource("g").getURI().startsWith("https://w3id.org/policygraph/id/graph/document/"), r.toString());
        }
    }

    @Test
    void theTextCatalogueQueryAnswersOverHttp() throws Exception {
        List<QuerySolution> rows = select(Files.readString(Path.of("queries", "figures-about-topic.rq"))
                .replace("VALUES ?word { \"vertraging\" }", "VALUES ?word { \"subsidie\" }"));
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("file").getString().equals("sv-0150-buurtsportvelden.txt")),
                rows.toString());
    }
}
