package org.policygraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
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
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.StoreValidator;
import org.policygraph.testing.Corpora;

/**
 * The link step against a local Fuseki serving a small sample in Wikidata's shape, over our examples
 * and (where ../shared has them) the seeds, with our REFNIS sample; no internet.
 */
@Tag("store")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkIT {

    private static final String PREFIXES = """
            PREFIX pg: <https://w3id.org/policygraph/def#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX mandaat: <http://data.vlaanderen.be/ns/mandaat#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
    private static final String WD = "http://www.wikidata.org/entity/";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    static Path tmp;
    private PolicyGraphStore store;
    private FusekiServer wikidata;
    private String endpoint;
    private boolean seeds;
    private LinkReport report;

    @BeforeAll
    void start() {
        store = PolicyGraphStore.open(tmp.resolve("store"));
        List<Path> inputs = new ArrayList<>(List.of(Corpora.examples()));
        Path seedDir = Corpora.shared().resolve("seeds");
        seeds = Files.isDirectory(seedDir);
        if (seeds)
            inputs.add(seedDir);
        IngestReport ingest = Ingester.builder(store).build().ingest(inputs);
        assertTrue(ingest.ok(), ingest.failures().toString());
        DatasetGraph sample = DatasetGraphFactory.create(RDFDataMgr.loadGraph("src/test/resources/link/wikidata-sample.ttl"));
        wikidata = FusekiServer.create().port(0).loopback(true).add("/wikidata", sample).build().start();
        endpoint = "http://localhost:" + wikidata.getHttpPort() + "/wikidata/sparql";
        report = linker().run();
    }

    @AfterAll
    void stop() {
        if (wikidata != null)
            wikidata.stop();
        if (store != null)
            store.close();
    }

    private Linker linker() {
        return Linker.create(store).clock(CLOCK)
                .codeList(List.of(NisCodeListTest.SAMPLE, NisCodeListTest.MERGERS))
                .source(ReferenceSource.endpoint(endpoint, Duration.ofSeconds(10)));
    }

    private List<String> rows(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(PREFIXES + query).build()) {
                ResultSet rs = qe.execSelect();
                List<String> out = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    out.add(rs.getResultVars().stream().map(v -> row.get(v) == null ? "-"
                            : row.get(v).isLiteral() ? row.get(v).asLiteral().getLexicalForm() : row.get(v).toString())
                            .collect(Collectors.joining(" | ")));
                }
                return out;
            }
        });
    }

    private Graph copy(Node graphName) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().getGraph(graphName).find().forEachRemaining(g::add);
            return g;
        });
    }

    @Test
    void personsAreLinkedByNameAndRole() {
        List<String> rows = rows("SELECT ?name ?item ?method ?score { ?p foaf:name ?name ; owl:sameAs ?item . "
                + "?l rdf:subject ?p ; rdf:object ?item ; pg:linkMethod ?method ; pg:linkScore ?score } ORDER BY ?name");
        assertTrue(rows.contains("Jana Peeters | " + WD + "Q9901010 | label-role-and-dates | 1.0"),
                "the member, not the footballer of the same name: " + rows);
        assertTrue(rows.contains("Annelies Van Damme | " + WD + "Q9901030 | label-role-and-dates | 1.0"), "by alias: " + rows);
        assertTrue(rows.contains("Sara D’Haese | " + WD + "Q9901040 | label-role-and-dates | 1.0"), "apostrophes: " + rows);
        assertFalse(rows.stream().anyMatch(r -> r.startsWith("Tom Verhaegen") || r.startsWith("Greet Wouters")), rows.toString());
        if (seeds) {
            assertTrue(rows.contains("Hilde Crevits | " + WD + "Q9901001 | label-role-and-dates | 1.0"), rows.toString());
            assertTrue(rows.contains("Ann Brusseel | " + WD + "Q9901007 | label-and-role | 0.8"), "member, no dates: " + rows);
        }
    }

    @Test
    void ambiguousCandidatesAreReportedNotGuessed() {
        List<String> described = report.ambiguities().stream().map(Ambiguity::describe).toList();
        assertTrue(described.stream().anyMatch(d -> d.startsWith("Tom Verhaegen") && d.contains("2 candidates fit equally")
                && d.contains("Q9901020") && d.contains("Q9901021")), described.toString());
        assertTrue(described.stream().anyMatch(d -> d.startsWith("Greet Wouters") && d.contains("no candidate shows the role")),
                described.toString());
        List<String> reviews = rows("SELECT ?s (COUNT(?c) AS ?n) { ?r a pg:AmbiguousMatch ; pg:linkSubject ?s ; pg:candidate ?c } GROUP BY ?s ORDER BY ?s");
        assertTrue(reviews.contains("https://w3id.org/policygraph/id/person/tom-verhaegen | 2"), reviews.toString());
    }

    @Test
    void placesGetTheirCodeTheFlemishIriAndTheirItem() {
        List<String> rows = rows("SELECT ?label ?code ?match { ?p a pg:Municipality ; rdfs:label ?label ; pg:nisCode ?code ; skos:exactMatch ?match } ORDER BY ?label ?match");
        assertTrue(rows.contains("Genk | 71016 | https://data.vlaanderen.be/id/gemeente/71016"), rows.toString());
        assertTrue(rows.contains("Genk | 71016 | " + WD + "Q9902001"), rows.toString());
        List<String> provinces = rows("SELECT ?label ?code { ?p a pg:Province ; rdfs:label ?label ; pg:nisCode ?code } ORDER BY ?label");
        assertEquals(List.of("Antwerpen | 10000", "Limburg | 70000", "Oost-Vlaanderen | 40000", "Vlaams-Brabant | 20001",
                "West-Vlaanderen | 30000"), provinces);
    }

    @Test
    void theMunicipalitiesOfThePlanSamenlevenAnswerHaveTheirCodes() {
        org.junit.jupiter.api.Assumptions.assumeTrue(seeds, "no shared seeds");
        List<String> rows = rows("""
                SELECT DISTINCT ?label ?code ?item {
                  ?q pg:questionNumber "222" ; pg:hasAnswer/pg:hasAnswerPart+ ?part . ?part pg:mentions ?p .
                  ?p a pg:Municipality ; rdfs:label ?label ; pg:nisCode ?code .
                  OPTIONAL { ?p skos:exactMatch ?item FILTER(STRSTARTS(STR(?item), "http://www.wikidata.org/")) } } ORDER BY ?label""");
        assertEquals(List.of("Aalst | 41002 | " + WD + "Q9902007", "Antwerpen | 11002 | " + WD + "Q9902006",
                "Geel | 13008 | " + WD + "Q9902008", "Genk | 71016 | " + WD + "Q9902001", "Gent | 44021 | " + WD + "Q9902005",
                "Herselt | 13013 | " + WD + "Q9902009", "Laakdal | 13053 | " + WD + "Q9902010", "Leuven | 24062 | " + WD + "Q9902004",
                "Lokeren | 46014 | " + WD + "Q9902014", "Maasmechelen | 73107 | " + WD + "Q9902002",
                "Meerhout | 13021 | " + WD + "Q9902011", "Moerbeke | 44045 | " + WD + "Q9902015",
                "Oostende | 35013 | " + WD + "Q9902013", "Sint-Niklaas | 46021 | " + WD + "Q9902003",
                "Westerlo | 13049 | " + WD + "Q9902012"), rows,
                "Moerbeke by its 2023 code, not the Moerbeke of Aalst that has the same label");
    }

    @Test
    void postsOverTime() {
        List<String> rows = rows("SELECT ?name ?post ?first ?last { ?h a pg:PostHolding ; org:holds/rdfs:label ?post ; "
                + "mandaat:isBestuurlijkeAliasVan/foaf:name ?name ; pg:firstSeen ?first ; pg:lastSeen ?last } ORDER BY ?name ?first");
        assertTrue(rows.contains("Tom Verhaegen | Vlaams minister van Mobiliteit en Openbare Werken | 2019-06-21 | 2024-02-14"), rows.toString());
        List<String> referred = rows("SELECT ?post { ?q pg:questionNumber \"240\" ; pg:addressedToPost/rdfs:label ?post }");
        assertEquals(List.of("Vlaams minister van Mobiliteit en Openbare Werken"), referred,
                "a question known only from a reference gets the post its addressee held on its date");
        if (seeds) {
            List<String> crevits = rows.stream().filter(r -> r.startsWith("Hilde Crevits")).toList();
            assertEquals(List.of(
                    "Hilde Crevits | Viceminister-president van de Vlaamse Regering, Vlaams minister van Onderwijs | 2018-08-14 | 2018-08-14",
                    "Hilde Crevits | Viceminister-president van de Vlaamse Regering, Vlaams minister van Welzijn, Volksgezondheid en Gezin | 2023-03-07 | 2023-03-07"),
                    crevits);
            List<String> questions = rows("SELECT ?n ?post { ?q pg:questionNumber ?n ; pg:addressedTo/foaf:name \"Hilde Crevits\" ; "
                    + "pg:addressedToPost/rdfs:label ?post ; prov:wasDerivedFrom ?src } ORDER BY ?n");
            assertEquals(2, questions.size(), questions.toString());
            assertTrue(questions.get(0).startsWith("461 | ") && questions.get(0).endsWith("Gezin"), questions.toString());
        }
    }

    @Test
    void onePersonResourcePerPerson() {
        List<String> names = rows("SELECT ?name (COUNT(DISTINCT ?p) AS ?n) { ?p a foaf:Person ; foaf:name ?name "
                + "FILTER NOT EXISTS { ?p owl:sameAs ?other FILTER(STRSTARTS(STR(?other), \"https://w3id.org/policygraph/\")) } } GROUP BY ?name");
        assertTrue(names.stream().allMatch(r -> r.endsWith(" | 1")), names.toString());
        assertEquals(report.persons(), names.size());
    }

    @Test
    void linksLiveInTheirOwnGraphsWithProvenance() {
        List<String> graphs = rows("SELECT DISTINCT ?g { GRAPH ?g { ?s owl:sameAs|skos:exactMatch|pg:nisCode|pg:addressedToPost ?o } } ORDER BY ?g");
        assertEquals(List.of(LinkIris.CORPUS_GRAPH.getURI(), LinkIris.EXTERNAL_GRAPH.getURI()), graphs);
        List<String> untraced = rows("SELECT ?s ?p ?o { GRAPH ?g { ?s ?p ?o VALUES ?p { owl:sameAs skos:exactMatch pg:nisCode } } "
                + "FILTER(STRSTARTS(STR(?s), \"https://w3id.org/policygraph/id/\")) "
                + "FILTER NOT EXISTS { ?l a pg:Link ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; pg:linkMethod ?m ; "
                + "pg:linkScore ?sc ; prov:generatedAtTime ?t ; prov:wasGeneratedBy ?run } }");
        assertEquals(List.of(), untraced, "every link on our resources has its record; the code list's facts about"
                + " data.vlaanderen.be municipalities (code, name, validity) are reference data, not links");
        List<String> runs = rows("SELECT ?g ?used { ?r a pg:LinkActivity ; pg:graph ?g ; prov:used ?used } ORDER BY ?g ?used");
        assertTrue(runs.contains(LinkIris.EXTERNAL_GRAPH.getURI() + " | " + endpoint), runs.toString());
    }

    @Test
    void aSecondRunGivesTheSameGraphsAndLeavesDocumentsAlone() {
        Graph corpus = copy(LinkIris.CORPUS_GRAPH);
        Graph external = copy(LinkIris.EXTERNAL_GRAPH);
        long documents = rows("SELECT * { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/policygraph/id/graph/document/\")) }").size();
        LinkReport again = linker().run();
        assertEquals(report.summary(), again.summary());
        assertEquals(set(corpus), set(copy(LinkIris.CORPUS_GRAPH)));
        assertEquals(set(external), set(copy(LinkIris.EXTERNAL_GRAPH)));
        assertTrue(external.size() > 50 && corpus.size() > 50);
        assertEquals(documents, rows("SELECT * { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/policygraph/id/graph/document/\")) }").size());
    }

    @Test
    void withoutCodeListOrSourceNoCodeIsInvented() {
        PolicyGraphStore bare = PolicyGraphStore.open(tmp.resolve("bare"));
        try {
            assertTrue(Ingester.builder(bare).build().ingest(List.of(Corpora.examples())).ok());
            LinkReport r = Linker.create(bare).clock(CLOCK).run();
            assertEquals(0, r.placesCoded());
            assertTrue(r.posts() > 0);
            long codes = Txn.calculateRead(bare.dataset(), () -> bare.dataset().getUnionGraph()
                    .find(Node.ANY, NodeFactory.createURI("https://w3id.org/policygraph/def#nisCode"), Node.ANY).toList().size());
            assertEquals(0, codes);
        } finally {
            bare.close();
        }
    }

    @Test
    void theLinkedStoreConformsToTheShapes() {
        ValidationReport r = StoreValidator.validate(store);
        if (!r.conforms())
            ShLib.printReport(r);
        assertTrue(r.conforms());
    }

    private static Set<Triple> set(Graph g) {
        return g.find().toSet();
    }
}
