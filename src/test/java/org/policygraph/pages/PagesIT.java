package org.policygraph.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.link.Linker;
import org.policygraph.rdf.PG;
import org.policygraph.server.PolicyGraphServer;
import org.policygraph.server.ServerSettings;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;

/**
 * The analyst's pages on a real Fuseki over a real TDB2 store with our examples and one hostile
 * document (markup and script in its title, names and text): every IRI a page in every form, the
 * vocabulary, the document text with its facts highlighted, search, and nothing from a document
 * ever rendered as markup.
 */
@Tag("server")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesIT {

    static final String HOSTILE = """
            SCHRIFTELIJKE VRAAG

            nr. 666
            van JANA <b id="inj1">PEETERS</b>
            datum: 12 oktober 2023

            aan TOM VERHAEGEN
            VLAAMS MINISTER VAN MOBILITEIT EN OPENBARE WERKEN

            Veiligheid - <script>window.pwned=1</script><img src=x onerror="window.pwned=2"> en "quotes" & 'apostrophes'

            In de gemeente Genk werden <i id="inj2">onderzoeken</i> gevoerd naar </pre><script>window.pwned=3</script>.

            1. Hoeveel <script>window.pwned=4</script> werden er in 2023 uitgevoerd?

            TOM VERHAEGEN
            VLAAMS MINISTER VAN MOBILITEIT EN OPENBARE WERKEN

            ANTWOORD
            op vraag nr. 666 van 12 oktober 2023
            van JANA PEETERS

            1. In 2023 werden 12 <img src=x onerror="window.pwned=5"> inspecties uitgevoerd voor 3,5 miljoen euro.
            """;

    static final String QUESTION_87 = "question/2023-10-12/87/tom-verhaegen";
    static final String SOURCE_87 = "source/vragen/sv-0087-fietspaden.txt";
    static final String ENCODED_SLASH = "test/a%2Fb";
    static final Node POPULAR = NodeFactory.createURI(PG.ID + "test/popular");

    @TempDir
    static Path tmp;
    private PolicyGraphStore store;
    private FusekiServer server;
    private String root;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws IOException {
        Path hostile = tmp.resolve("hostile");
        Files.createDirectories(hostile);
        Files.writeString(hostile.resolve("sv-0666-hostile.txt"), HOSTILE);
        store = PolicyGraphStore.open(tmp.resolve("store"));
        IngestReport report = Ingester.builder(store).build().ingest(List.of(Corpora.examples(), hostile));
        assertTrue(report.ok(), report.failures().toString());
        Linker.create(store).run();
        // A resource whose IRI holds an encoded slash, as a cited web address or file name may.
        Txn.executeWrite(store.dataset(), () -> store.dataset().add(NodeFactory.createURI(PG.ID + "graph/test"),
                NodeFactory.createURI(PG.ID + ENCODED_SLASH), RDFS.Nodes.label, NodeFactory.createLiteralString("a/b")));
        // A resource stated in more graphs and named by more statements than a page lists, as a minister is.
        Txn.executeWrite(store.dataset(), () -> {
            for (int i = 0; i < Description.MAX_COUNTED + 5; i++) {
                Node graph = NodeFactory.createURI(PG.ID + "graph/test/" + (i % (ResourcePage.MAX_GRAPHS + 5)));
                store.dataset().add(graph, NodeFactory.createURI(PG.ID + "test/namer/" + i), RDFS.Nodes.seeAlso, POPULAR);
                store.dataset().add(graph, POPULAR, RDFS.Nodes.label, NodeFactory.createLiteralString("popular"));
            }
        });
        server = PolicyGraphServer.start(store.dataset(), ServerSettings.DEFAULTS.withPort(0));
        root = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterAll
    void stop() {
        server.stop();
        store.close();
    }

    @Test
    void everyFormOfAResourceSaysTheSame() throws Exception {
        HttpResponse<String> html = get("/id/" + QUESTION_87, "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document page = Jsoup.parse(html.body());
        assertEquals("Fietsinfrastructuur - Budget voor fietspaden langs gewestwegen", page.selectFirst("h1").text());
        // Properties carry their Dutch and English labels; the minister is a link to his page.
        assertTrue(page.select("table.properties th a").eachText().contains("gesteld door / asked by"), page.select("table.properties th a").eachText().toString());
        assertFalse(page.select("a[href=/id/person/tom-verhaegen]").isEmpty());
        assertFalse(page.select("ul.provenance li").isEmpty());

        Graph turtle = parse(get("/id/" + QUESTION_87, "text/turtle"), Lang.TURTLE);
        Node q = NodeFactory.createURI(PG.ID + QUESTION_87);
        assertTrue(turtle.contains(q, PG.questionNumber, NodeFactory.createLiteralString("87")));
        assertTrue(turtle.isIsomorphicWith(parse(get("/id/" + QUESTION_87 + "?format=ttl", null), Lang.TURTLE)));
        assertTrue(turtle.isIsomorphicWith(parse(get("/id/" + QUESTION_87, "application/ld+json"), Lang.JSONLD)));
        assertTrue(turtle.isIsomorphicWith(parse(get("/id/" + QUESTION_87, "application/n-triples"), Lang.NTRIPLES)));
        assertTrue(turtle.isIsomorphicWith(parse(get("/id/" + QUESTION_87, "application/rdf+xml"), Lang.RDFXML)));
        assertTrue(turtle.isIsomorphicWith(parse(get("/id/" + QUESTION_87 + "?format=rdf", "text/html"), Lang.RDFXML)));
    }

    @Test
    void unknownIrisAndFormatsAreRefused() throws Exception {
        assertEquals(404, get("/id/question/1999-01-01/1", null).statusCode());
        assertEquals(404, get("/id/" + QUESTION_87 + "x", "text/turtle").statusCode());
        assertEquals(404, get("/id/", null).statusCode());
        assertEquals(400, get("/id/" + QUESTION_87 + "?format=pdf", null).statusCode());
        assertEquals(406, get("/id/" + QUESTION_87, "image/png").statusCode());
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(root + "/id/" + QUESTION_87))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    void anEncodedSlashIsPartOfTheIri() throws Exception {
        HttpResponse<String> page = get("/id/" + ENCODED_SLASH, null);
        assertEquals(200, page.statusCode(), page.body());
        assertEquals(PG.ID + ENCODED_SLASH, Jsoup.parse(page.body()).selectFirst("p.iri code").text());
        Graph turtle = parse(get("/id/" + ENCODED_SLASH, "text/turtle"), Lang.TURTLE);
        assertTrue(turtle.contains(NodeFactory.createURI(PG.ID + ENCODED_SLASH), RDFS.Nodes.label, Node.ANY));
        // Not the same IRI as the one with a real slash, and an unknown one is not found, not refused.
        assertEquals(404, get("/id/test/a/b", null).statusCode());
        assertEquals(404, get("/id/question/2023-10-12%2F87", null).statusCode());
        assertEquals(404, get("/id/a%2F..%2F..%2Fdef", null).statusCode());
        // Elsewhere an encoded slash has no use and stays refused.
        assertEquals(400, get("/ui/x%2F..%2Findex.html", null).statusCode());
        assertEquals(400, get("/policygraph%2Fsparql?query=ASK%7B%7D", null).statusCode());
    }

    @Test
    void aResourceNamedByThousandsListsTheFirstAndSaysSo() throws Exception {
        Document page = Jsoup.parse(get("/id/test/popular", null).body());
        assertEquals(PagesServlet.MAX_INCOMING, page.select("table.incoming tr").size());
        assertTrue(page.text().contains("The first " + PagesServlet.MAX_INCOMING + " of more than " + Description.MAX_COUNTED
                + " statements naming it"), page.select("main > p").eachText().toString());
        assertEquals(ResourcePage.MAX_GRAPHS + 1, page.select("ul.provenance li").size());
        assertTrue(page.selectFirst("ul.provenance li.more").text().startsWith("and 5 more graphs"));
    }

    @Test
    void theVocabularysHierarchyCanBeFollowedInQueries() throws Exception {
        // Every written question is a document by the class hierarchy, and its asker a creator by the property one.
        String classes = sparql("SELECT (COUNT(DISTINCT ?q) AS ?n) { ?q a pg:WrittenQuestion ; a/rdfs:subClassOf+ foaf:Document }");
        String questions = sparql("SELECT (COUNT(DISTINCT ?q) AS ?n) { ?q a pg:WrittenQuestion }");
        assertEquals(questions, classes);
        assertTrue(Integer.parseInt(questions.lines().toList().get(1)) > 3, questions);
        String creators = sparql("SELECT ?who { <" + PG.ID + QUESTION_87 + "> ?p ?who . ?p rdfs:subPropertyOf+ dcterms:creator } ORDER BY ?who");
        assertEquals(List.of("who", PG.ID + "person/jana-peeters"), creators.lines().toList());
    }

    @Test
    void theVocabularyIsAPageAndAGraph() throws Exception {
        HttpResponse<String> html = get("/def", null);
        assertEquals(200, html.statusCode());
        Document page = Jsoup.parse(html.body());
        Element term = page.getElementById("WrittenQuestion");
        assertTrue(term != null && term.text().contains("schriftelijke vraag") && term.text().contains("written question"));
        Graph served = parse(get("/def", "text/turtle"), Lang.TURTLE);
        assertTrue(served.isIsomorphicWith(Vocabulary.load().graph()));

        // In the dataset too, as a graph of its own, so that labels can be queried (no PREFIX needed).
        String csv = sparql("SELECT ?l { GRAPH <https://w3id.org/policygraph/def> { pg:WrittenQuestion rdfs:label ?l } } ORDER BY STR(?l)");
        assertEquals(List.of("l", "schriftelijke vraag", "written question"), csv.lines().toList());
    }

    @Test
    void theDocumentPageHighlightsEveryFact() throws Exception {
        HttpResponse<String> html = get("/id/" + SOURCE_87, null);
        assertEquals(200, html.statusCode());
        Document page = Jsoup.parse(html.body());
        Element text = page.getElementById("document-text");
        List<String> figures = text.select(".fact.figure").eachText();
        assertEquals(List.of("41,5 miljoen euro", "6,2 miljoen euro", "1.180 meldingen"), figures);
        assertEquals("/id/figure/vragen/sv-0087-fietspaden.txt/585-602", text.selectFirst(".fact.figure").attr("data-href"));
        // The figure stands inside its answer part; the question it refers to and the places are marked.
        assertFalse(text.select(".fact.answerpart .fact.figure").isEmpty());
        assertEquals(List.of("vraag nr. 240 van 3 mei 2023"), text.select(".fact.reference").eachText());
        assertTrue(text.select(".fact.mention").eachText().containsAll(List.of("Limburg", "Genk")));
        assertTrue(text.selectFirst(".fact.subquestion").text().startsWith("1. Welk budget"));
        assertEquals(List.of("Fietsinfrastructuur - Budget voor fietspaden langs gewestwegen"), text.select(".fact.title").eachText());
        // The text is the source's normalised text, character for character.
        assertTrue(text.wholeText().contains("In 2023 werd in totaal 41,5 miljoen euro uitgetrokken"));
        Element row = page.selectFirst("table.alignment tr:nth-child(2)");
        assertTrue(row.child(0).text().contains("Welk budget") && row.child(1).text().contains("41,5 miljoen euro"));
        assertFalse(page.select("table.diagnostics td").isEmpty());
    }

    @Test
    void grantsAreHighlightedWithTheirAmount() throws Exception {
        Document page = Jsoup.parse(get("/id/source/vragen/sv-0150-buurtsportvelden.txt", null).body());
        List<String> grants = page.select("#document-text .fact.grant").eachText();
        assertEquals(1, grants.size(), grants.toString());
        assertTrue(grants.get(0).contains("stad Genk") && grants.get(0).contains("180.000 euro"), grants.get(0));
        assertEquals(1, page.select("#document-text .fact.grant .fact.figure").size());
    }

    @Test
    void unansweredSubQuestionsAreMarked() throws Exception {
        Document page = Jsoup.parse(get("/id/source/vragen/sv-0019-zwembaden.txt", null).body());
        assertEquals(2, page.select("#document-text .fact.subquestion.unanswered").size());
        assertEquals(2, page.select("table.alignment td.unanswered").size());
    }

    @Test
    void nothingFromADocumentIsEverMarkup() throws Exception {
        String csv = sparql("SELECT ?q ?src { ?q pg:questionNumber \"666\" ; prov:wasDerivedFrom ?src }");
        List<String> row = List.of(csv.lines().toList().get(1).split(","));
        for (String iri : row) {
            HttpResponse<String> r = get(iri.replace(PG.ID, "/id/"), null);
            assertEquals(200, r.statusCode(), iri);
            assertEquals(Page.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
            Document page = Jsoup.parse(r.body());
            assertInert(page);
            assertTrue(page.text().contains("<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">"),
                    "the hostile title is shown as text");
        }
        Document source = Jsoup.parse(get(row.get(1).replace(PG.ID, "/id/"), null).body());
        assertTrue(source.getElementById("document-text").wholeText().contains("</pre><script>window.pwned=3</script>"));
        Document search = Jsoup.parse(get("/search?q=" + URLEncoder.encode("<script>window.pwned", StandardCharsets.UTF_8), null).body());
        assertInert(search);
        assertEquals(1, search.select("ol.hits li").size());
    }

    /** No script but our own, no event handler, no element the document's text tried to make. */
    private static void assertInert(Document page) {
        for (Element script : page.select("script"))
            assertTrue(script.attr("src").startsWith("/ui/") && script.data().isEmpty(), script.outerHtml());
        for (Element e : page.getAllElements())
            for (Attribute a : e.attributes())
                assertFalse(a.getKey().toLowerCase().startsWith("on"), e.outerHtml());
        assertTrue(page.select("#inj1, #inj2, img").isEmpty());
    }

    @Test
    void aMinistersPageShowsQuestionsPerYearAnswerKindsAndPosts() throws Exception {
        Document page = Jsoup.parse(get("/id/person/tom-verhaegen", null).body());
        assertEquals("Tom Verhaegen", page.selectFirst("h1").text());
        List<String> years = page.select("table.per-year tr").eachText();
        assertTrue(years.contains("2023 0 2"), years.toString());
        assertTrue(years.contains("2024 0 1"), years.toString());
        List<String> kinds = page.select("table.answer-kinds tr").eachText();
        // The counts kept at ingest, against the parts counted now.
        List<String> direct = sparql("SELECT (COUNT(DISTINCT ?part) AS ?parts) (COUNT(DISTINCT ?pointing) AS ?pointing) {"
                + " ?q pg:addressedTo <" + PG.ID + "person/tom-verhaegen> ; pg:hasAnswer/pg:hasAnswerPart+ ?part ."
                + " OPTIONAL { ?part pg:pointsTo ?t BIND (?part AS ?pointing) } }").lines().toList();
        String[] counts = direct.get(1).split(",");
        int parts = Integer.parseInt(counts[0]);
        int pointing = Integer.parseInt(counts[1]);
        assertTrue(parts > 0, direct.toString());
        assertEquals(List.of("kind parts", "answering " + (parts - pointing), "pointing elsewhere " + pointing), kinds);
        Element post = page.selectFirst("table.posts td a");
        assertTrue(post != null && post.text().toLowerCase().contains("mobiliteit"), page.select("table.posts").outerHtml());
        assertTrue(page.select("table.latest a").eachText().contains("Fietsinfrastructuur - Budget voor fietspaden langs gewestwegen"));

        Document postPage = Jsoup.parse(get(post.attr("href"), null).body());
        assertTrue(postPage.select("table.holders a").eachText().contains("Tom Verhaegen"), postPage.select("main").text());
        assertFalse(postPage.select("table.per-year td").isEmpty());

        Document member = Jsoup.parse(get("/id/person/jana-peeters", null).body());
        // 240 and 87 of the examples, and the hostile 666
        assertTrue(member.select("table.per-year tr").eachText().contains("2023 3 0"), member.select("table.per-year").text());
    }

    @Test
    void searchFindsTitlesQuestionTextsAndFigureMeasures() throws Exception {
        Document byTitle = Jsoup.parse(get("/search?q=zwembaden", null).body());
        assertTrue(byTitle.select("ol.hits a").eachAttr("href").contains("/id/question/2025-10-10/19/annelies-van-damme"));
        Document byText = Jsoup.parse(get("/search?q=steunmaatregel+renovatie", null).body());
        assertEquals(List.of("Sportinfrastructuur - Sluiting van gemeentelijke zwembaden"), byText.select("ol.hits a").eachText());
        Document none = Jsoup.parse(get("/search?q=qqqxxyyzz", null).body());
        assertTrue(none.select("ol.hits li").isEmpty());
    }

    @Test
    void everyQueryOfTheReadmeRunsOverHttp() throws Exception {
        for (String query : ReadmeQueries.all(Path.of("README.md"))) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root + "/policygraph/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), query + "\n" + r.body());
        }
        // skos: and unit: too, as in the query command.
        assertEquals("n", sparql("SELECT (COUNT(*) AS ?n) { ?f pg:unit unit:CCY_EUR OPTIONAL { ?f skos:note ?x } }").lines().findFirst().orElseThrow());
    }

    private String sparql(String query) throws Exception {
        HttpResponse<String> r = get("/policygraph/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path));
        if (accept != null)
            b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Graph parse(HttpResponse<String> r, Lang lang) {
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).lang(lang).parse(g);
        return g;
    }
}
