package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.ExportFormat;
import org.policygraph.store.Exporter;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.StoreValidator;
import org.policygraph.testing.Corpora;
import org.policygraph.testing.Rdf4j;

/**
 * The whole path: the seeds (where ../shared has them) and our examples ingested into a real TDB2
 * store in a temp dir, served by a real Fuseki on a free port, queried over HTTP, exported and
 * checked by a second parser, validated with SHACL.
 */
@Tag("server")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerIT {

    private static final String PREFIXES = "PREFIX pg: <https://w3id.org/policygraph/def#> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX foaf: <http://xmlns.com/foaf/0.1/> ";

    @TempDir
    static Path tmp;
    private PolicyGraphStore store;
    private FusekiServer server;
    private String base;
    private boolean withSeeds;

    @BeforeAll
    void start() {
        store = PolicyGraphStore.open(tmp.resolve("store"));
        List<Path> inputs = new ArrayList<>(List.of(Corpora.examples()));
        Path seeds = Corpora.shared().resolve("seeds");
        withSeeds = Files.isDirectory(seeds);
        if (withSeeds)
            inputs.add(seeds);
        IngestReport report = Ingester.builder(store).build().ingest(inputs);
        assertTrue(report.ok(), report.failures().toString());
        server = PolicyGraphServer.start(store.dataset(), ServerSettings.DEFAULTS.withPort(0));
        base = "http://127.0.0.1:" + server.getHttpPort() + PolicyGraphServer.DATASET;
    }

    @AfterAll
    void stop() {
        if (server != null)
            server.stop();
        if (store != null)
            store.close();
    }

    private List<QuerySolution> select(String endpoint, String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (var qe = QueryExecHTTP.service(base + endpoint).query(PREFIXES + query).build()) {
            ResultSet rs = org.apache.jena.query.ResultSetFactory.copyResults(
                    org.apache.jena.query.ResultSet.adapt(qe.select()));
            rs.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void queriesAnswerOverHttpFromTheUnionDefaultGraph() {
        List<QuerySolution> rows = select("/sparql", """
                SELECT ?number ?asker WHERE {
                  ?q a pg:WrittenQuestion ; pg:questionNumber ?number ; pg:askedBy/foaf:name ?asker }
                ORDER BY ?number""");
        List<String> numbers = rows.stream().map(r -> r.getLiteral("number").getString()).toList();
        assertTrue(numbers.containsAll(List.of("312", "88", "604", "45", "150")), numbers.toString());
        if (withSeeds) {
            assertTrue(numbers.containsAll(List.of("497", "521", "222", "461")), numbers.toString());
            assertTrue(rows.stream().anyMatch(r -> r.getLiteral("asker").getString().equals("Kurt De Loor")));
        }
        assertEquals(rows.size(), select("/query", "SELECT * { ?q a pg:WrittenQuestion ; pg:askedBy ?a }").size(),
                "/query answers like /sparql");
    }

    @Test
    void eachDocumentHasItsOwnNamedGraph() {
        List<QuerySolution> rows = select("/sparql",
                "SELECT ?g WHERE { GRAPH ?g { ?q a pg:WrittenQuestion ; pg:questionNumber \"312\" } }");
        assertEquals(1, rows.size());
        assertEquals("https://w3id.org/policygraph/id/graph/document/vragen/sv-0312-fietspaden.txt",
                rows.get(0).getResource("g").getURI());
    }

    @Test
    void graphStoreReadServesADocumentGraph() {
        Graph g = GSP.service(base + "/get")
                .graphName("https://w3id.org/policygraph/id/graph/document/vragen/sv-0312-fietspaden.txt").GET();
        assertTrue(g.size() > 10);
    }

    @Test
    void updatesAreRefused() {
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        for (String endpoint : List.of("", "/sparql", "/query", "/update"))
            assertThrows(HttpException.class,
                    () -> UpdateExecHTTP.service(base + endpoint).update(update).execute(), endpoint);
        assertTrue(select("/sparql", "SELECT * { <urn:x> ?p ?o }").isEmpty());
    }

    @Test
    void graphStoreWritesAreRefused() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(org.apache.jena.graph.NodeFactory.createURI("urn:x"), org.apache.jena.graph.NodeFactory.createURI("urn:y"),
                org.apache.jena.graph.NodeFactory.createURI("urn:z"));
        for (String endpoint : List.of("/get", "", "/data", "/upload")) {
            assertThrows(HttpException.class, () -> GSP.service(base + endpoint).defaultGraph().PUT(g), "PUT " + endpoint);
            assertThrows(HttpException.class, () -> GSP.service(base + endpoint).defaultGraph().POST(g), "POST " + endpoint);
            assertThrows(HttpException.class, () -> GSP.service(base + endpoint).defaultGraph().DELETE(), "DELETE " + endpoint);
        }
        assertTrue(select("/sparql", "SELECT * { <urn:x> ?p ?o }").isEmpty());
    }

    @Test
    void rdfLinkClientSeesTheSameData() {
        try (RDFLink link = RDFLinkHTTP.service(base).queryEndpoint("sparql").build()) {
            assertTrue(link.queryAsk(PREFIXES + "ASK { ?q pg:questionNumber \"604\" }"));
        }
    }

    @Test
    void pingAnswers() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getHttpPort() + "/$/ping")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
    }

    @Test
    void turtleExportIsIsomorphicToTheUnionGraphForRdf4j() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(store, ExportFormat.TTL, out);
        Graph union = Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().getUnionGraph().find().forEachRemaining(g::add);
            return g;
        });
        assertTrue(Rdf4j.isomorphic(Rdf4j.fromJena(union), Rdf4j.parseTurtle(out.toByteArray())));
    }

    @Test
    void storeConformsToTheShapes() {
        ValidationReport report = StoreValidator.validate(store);
        if (!report.conforms())
            ShLib.printReport(report);
        assertTrue(report.conforms());
    }
}
