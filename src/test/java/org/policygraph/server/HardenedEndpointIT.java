package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;

/**
 * The endpoint as an operator leaves it running: every write path refused, updates only with a
 * password, row cap, request size limit, CORS, content negotiation, SERVICE allow-list, ping, stats,
 * the query page and its catalogue. Two servers over one store: {@code open} with the defaults
 * (read-only, no CORS, no SERVICE) and {@code tight} with the operator options switched on.
 */
@Tag("server")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HardenedEndpointIT {

    private static final String PG = "PREFIX pg: <https://w3id.org/policygraph/def#> ";
    private static final String ALLOWED_ORIGIN = "https://analysts.example";

    @TempDir
    static Path tmp;
    private PolicyGraphStore store;
    private FusekiServer open;
    private FusekiServer tight;
    private String openBase;
    private String tightBase;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        store = PolicyGraphStore.open(tmp.resolve("store"));
        assertTrue(Ingester.builder(store).build().ingest(List.of(Corpora.examples())).ok());
        open = PolicyGraphServer.start(store.dataset(), ServerSettings.DEFAULTS.withPort(0));
        openBase = "http://127.0.0.1:" + open.getHttpPort();
        Path passwords = tmp.resolve("passwords");
        Files.writeString(passwords, "analyst: s3cret\n");
        tight = PolicyGraphServer.start(store.dataset(), ServerSettings.DEFAULTS.withPort(0)
                .withMaxRows(5).withMaxRequestBytes(16 * 1024).withCors(List.of(ALLOWED_ORIGIN))
                .withUpdate(passwords).withAllowedServices(List.of(openBase + "/policygraph/sparql")));
        tightBase = "http://127.0.0.1:" + tight.getHttpPort();
    }

    @AfterAll
    void stop() {
        if (tight != null)
            tight.stop();
        if (open != null)
            open.stop();
        if (store != null)
            store.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpRequest r = request.build();
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closed) {
            // Jetty closes a connection after an error answer sent before the body was read; the
            // client may have picked that pooled connection for this request: once more, on a new one.
            return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
        }
    }

    private HttpResponse<String> post(String url, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2)
            b.header(headers[i], headers[i + 1]);
        return send(b);
    }

    private HttpResponse<String> query(String base, String query, String accept) throws Exception {
        return post(base + "/policygraph/sparql", "application/sparql-query", query, "Accept", accept);
    }

    /** Whether the server refused a request with an error status. */
    private static boolean refused(java.util.concurrent.Callable<HttpResponse<String>> request) throws Exception {
        return request.call().statusCode() >= 400;
    }

    private static String form(String key, String value) {
        return key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private boolean marked() throws Exception {
        HttpResponse<String> r = query(openBase, "ASK { <urn:pg:test> ?p ?o }", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().contains("true");
    }

    @Test
    void everyUpdatePathOfTheReadOnlyServerIsRefused() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:pg:g> { <urn:pg:test> <urn:pg:p> 1 } }";
        for (String endpoint : List.of("", "/sparql", "/query", "/get", "/update", "/data", "/upload")) {
            String url = openBase + "/policygraph" + endpoint;
            int direct = post(url, "application/sparql-update", update).statusCode();
            int viaForm = post(url, "application/x-www-form-urlencoded", form("update", update)).statusCode();
            assertTrue(direct >= 400, endpoint + " sparql-update answered " + direct);
            assertTrue(viaForm >= 400, endpoint + " update form answered " + viaForm);
        }
        assertFalse(marked());
    }

    @Test
    void everyGraphStoreWriteAndUploadIsRefused() throws Exception {
        String turtle = "<urn:pg:test> <urn:pg:p> 1 .";
        String multipart = "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ttl\"\r\n"
                + "Content-Type: text/turtle\r\n\r\n" + turtle + "\r\n--XX--\r\n";
        for (String endpoint : List.of("", "/get", "/data", "/upload", "/sparql", "/query")) {
            for (String target : List.of("?default", "?graph=urn:pg:g", "")) {
                String url = openBase + "/policygraph" + endpoint + target;
                HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString(turtle));
                assertTrue(send(put).statusCode() >= 400, "PUT " + url);
                assertTrue(refused(() -> post(url, "text/turtle", turtle)), "POST " + url);
                assertTrue(refused(() -> post(url, "multipart/form-data; boundary=XX", multipart)), "upload " + url);
                assertTrue(send(HttpRequest.newBuilder(URI.create(url)).DELETE()).statusCode() >= 400, "DELETE " + url);
            }
        }
        assertFalse(marked());
    }

    @Test
    void adminPathsDoNotExist() throws Exception {
        for (String path : List.of("/$/datasets", "/$/datasets/policygraph", "/$/server", "/$/backup/policygraph",
                "/$/compact/policygraph", "/$/tasks", "/$/sleep", "/$/reload", "/$/metrics", "/$/logs")) {
            int get = send(HttpRequest.newBuilder(URI.create(openBase + path))).statusCode();
            int postStatus = post(openBase + path, "application/x-www-form-urlencoded",
                    form("dbName", "evil") + "&" + form("dbType", "mem")).statusCode();
            int delete = send(HttpRequest.newBuilder(URI.create(openBase + path)).DELETE()).statusCode();
            assertTrue(get >= 400 && postStatus >= 400 && delete >= 400, path + ": " + get + " " + postStatus + " " + delete);
        }
    }

    @Test
    void updatesNeedThePassword() throws Exception {
        String url = tightBase + "/policygraph/update";
        // Into a named graph: the default graph that queries see is the union of the named graphs.
        String insert = "INSERT DATA { GRAPH <urn:pg:g> { <urn:pg:test> <urn:pg:p> 1 } }";
        assertEquals(401, post(url, "application/sparql-update", insert).statusCode());
        String wrong = "Basic " + Base64.getEncoder().encodeToString("analyst:guess".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, post(url, "application/sparql-update", insert, "Authorization", wrong).statusCode());
        assertFalse(marked());
        String right = "Basic " + Base64.getEncoder().encodeToString("analyst:s3cret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> ok = post(url, "application/sparql-update", insert, "Authorization", right);
        assertEquals(2, ok.statusCode() / 100, ok.body());
        try {
            assertTrue(marked());
            // Only the update endpoint is behind the password; queries stay open.
            assertEquals(200, query(tightBase, "ASK {}", "application/sparql-results+json").statusCode());
            // The query endpoints of the updatable server still refuse updates.
            HttpResponse<String> viaQuery = post(tightBase + "/policygraph/sparql", "application/sparql-update",
                    "INSERT DATA { GRAPH <urn:pg:g> { <urn:pg:test2> <urn:pg:p> 1 } }", "Authorization", right);
            assertTrue(viaQuery.statusCode() >= 400, viaQuery.statusCode() + " " + viaQuery.body());
        } finally {
            assertEquals(2, post(url, "application/sparql-update", "DROP GRAPH <urn:pg:g>",
                    "Authorization", right).statusCode() / 100);
        }
        assertFalse(marked());
    }

    @ParameterizedTest
    @CsvSource({
            "application/sparql-results+json, application/sparql-results+json",
            "application/sparql-results+xml, application/sparql-results+xml",
            "text/csv, text/csv",
            "text/tab-separated-values, text/tab-separated-values"})
    void selectResultsByContentNegotiation(String accept, String expected) throws Exception {
        HttpResponse<String> r = query(openBase, PG + "SELECT ?n { ?q pg:questionNumber ?n } ORDER BY ?n", accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(expected), r.headers().toString());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                Map.of("application/sparql-results+json", ResultSetLang.RS_JSON,
                        "application/sparql-results+xml", ResultSetLang.RS_XML,
                        "text/csv", ResultSetLang.RS_CSV,
                        "text/tab-separated-values", ResultSetLang.RS_TSV).get(expected));
        String all = ResultSetFormatter.asText(rs);
        assertTrue(all.contains("312") && all.contains("604"), all);
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/n-triples, NTRIPLES"})
    void constructAndDescribeByContentNegotiation(String accept, String lang) throws Exception {
        Lang l = switch (lang) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.NTRIPLES;
        };
        for (String q : List.of(PG + "CONSTRUCT { ?q pg:questionNumber ?n } WHERE { ?q pg:questionNumber ?n }",
                PG + "DESCRIBE ?q WHERE { ?q pg:questionNumber \"312\" }")) {
            HttpResponse<String> r = query(openBase, q, accept);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), r.headers().toString());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), l).parse(g);
            assertTrue(g.size() >= 1, q);
        }
    }

    @Test
    void rowsAreCappedButSmallerLimitsKept() throws Exception {
        String json = query(tightBase, "SELECT * { ?s ?p ?o }", "application/sparql-results+json").body();
        assertEquals(5, rows(json));
        assertEquals(3, rows(query(tightBase, "SELECT * { ?s ?p ?o } LIMIT 3", "application/sparql-results+json").body()));
        assertEquals(5, rows(query(tightBase, "SELECT * { ?s ?p ?o } LIMIT 500", "application/sparql-results+json").body()));
        assertTrue(rows(query(openBase, "SELECT * { ?s ?p ?o }", "application/sparql-results+json").body()) > 5);
    }

    private static int rows(String json) {
        JsonArray bindings = JSON.parse(json).getObj("results").get("bindings").getAsArray();
        return bindings.size();
    }

    @Test
    void largeRequestsAreRefused() throws Exception {
        String padding = "#" + "x".repeat(20 * 1024) + "\n";
        assertEquals(413, query(tightBase, padding + "ASK {}", "application/sparql-results+json").statusCode());
        assertEquals(413, post(tightBase + "/policygraph/sparql", "application/x-www-form-urlencoded",
                form("query", padding + "ASK {}")).statusCode());
        // Chunked, without a length.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(tightBase + "/policygraph/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream((padding + "ASK {}").getBytes(StandardCharsets.UTF_8)))).build();
        assertTrue(http.send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode() >= 400);
        assertEquals(200, query(tightBase, "#small\nASK {}", "application/sparql-results+json").statusCode());
    }

    @Test
    void corsOnlyForAllowedOrigins() throws Exception {
        String url = "/policygraph/sparql?query=ASK%7B%7D";
        HttpResponse<String> allowed = send(HttpRequest.newBuilder(URI.create(tightBase + url)).header("Origin", ALLOWED_ORIGIN));
        assertEquals(ALLOWED_ORIGIN, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> other = send(HttpRequest.newBuilder(URI.create(tightBase + url)).header("Origin", "https://elsewhere.example"));
        assertNull(other.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> byDefault = send(HttpRequest.newBuilder(URI.create(openBase + url)).header("Origin", ALLOWED_ORIGIN));
        assertNull(byDefault.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(tightBase + "/policygraph/sparql"))
                .header("Origin", ALLOWED_ORIGIN).header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        HttpResponse<String> refusedPreflight = send(HttpRequest.newBuilder(URI.create(openBase + "/policygraph/sparql"))
                .header("Origin", ALLOWED_ORIGIN).header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertNull(refusedPreflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void serviceIsRefusedUnlessAllowed() throws Exception {
        String remote = openBase + "/policygraph/sparql";
        String federated = PG + "SELECT ?n { SERVICE <" + remote + "> { ?q pg:questionNumber ?n } }";
        HttpResponse<String> refused = query(openBase, federated, "application/sparql-results+json");
        assertEquals(403, refused.statusCode(), refused.body());
        // The endpoint chosen at run time is checked too.
        HttpResponse<String> byVariable = query(openBase, PG + "SELECT ?n { VALUES ?e { <" + remote + "> } "
                + "SERVICE ?e { ?q pg:questionNumber ?n } }", "application/sparql-results+json");
        assertTrue(byVariable.statusCode() >= 400, byVariable.statusCode() + " " + byVariable.body());
        HttpResponse<String> elsewhere = query(tightBase, "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                "application/sparql-results+json");
        assertEquals(403, elsewhere.statusCode());
        HttpResponse<String> allowed = query(tightBase, federated, "application/sparql-results+json");
        assertEquals(200, allowed.statusCode(), allowed.body());
        assertEquals(5, rows(allowed.body()), "the remote rows, capped at 5");
    }

    @Test
    void pingStatsPageAndCatalogue() throws Exception {
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(openBase + "/$/ping"))).statusCode());
        HttpResponse<String> stats = send(HttpRequest.newBuilder(URI.create(openBase + "/$/stats")));
        assertEquals(200, stats.statusCode());
        assertTrue(stats.body().contains("/policygraph"), stats.body());
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(openBase + "/")));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("yasgui.min.js"));
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(openBase + "/ui/yasgui/yasgui.min.js"))).statusCode());
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(openBase + "/ui/../log4j2.xml"))).statusCode());
        JsonArray catalogue = JSON.parseAny(send(HttpRequest.newBuilder(URI.create(openBase + "/catalogue"))).body()).getAsArray();
        try (var files = Files.list(Path.of("queries"))) {
            assertEquals(files.filter(f -> f.toString().endsWith(".rq")).count(), catalogue.size());
        }
        catalogue.forEach(e -> assertFalse(e.getAsObject().getString("title").endsWith(".rq"), e.toString()));
    }

    @Test
    void aQuerySentAgainIsAnsweredAsTheFirstTime() throws Exception {
        // the second time its prepared text comes from the endpoint's cache; a long one is prepared each time
        String undeclared = "SELECT ?n { ?q pg:questionNumber ?n } ORDER BY ?n";
        String longOne = "# " + "x".repeat(20_000) + "\n" + undeclared;
        String broken = "SELECT ?n { ?q pg:questionNumber ?n FILTER( }";
        for (String q : List.of(undeclared, longOne)) {
            HttpResponse<String> first = query(openBase, q, "application/sparql-results+json");
            HttpResponse<String> again = query(openBase, q, "application/sparql-results+json");
            assertEquals(200, first.statusCode(), first.body());
            assertEquals(200, again.statusCode(), again.body());
            assertTrue(rows(first.body()) > 0, "the examples' questions have numbers");
            assertEquals(first.body(), again.body());
        }
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = query(openBase, broken, "application/sparql-results+json");
            assertEquals(400, r.statusCode(), "a broken query is refused every time it comes");
        }
    }

    @Test
    void queryParseBombsAreRefusedAndTheServerStaysUp() throws Exception {
        List<String> bombs = List.of(
                "SELECT * WHERE " + "{".repeat(50_000) + "}".repeat(50_000),
                "SELECT * WHERE { " + "?s ?p ?o . FILTER(" + "(".repeat(50_000) + "1" + ")".repeat(50_000) + ") }",
                "SELECT * WHERE { ?s ?p ?o " + "UNION { ?s ?p ?o } ".repeat(20_000) + "}");
        for (String bomb : bombs) {
            HttpResponse<String> r = query(openBase, bomb, "application/sparql-results+json");
            assertTrue(r.statusCode() == 400 || r.statusCode() == 413, "refused as a bad request: " + r.statusCode());
            HttpResponse<String> ok = query(openBase, "ASK { ?s ?p ?o }", "application/sparql-results+json");
            assertEquals(200, ok.statusCode(), "the server answers the next client after a bomb of "
                    + bomb.length() + " characters");
        }
    }
}
