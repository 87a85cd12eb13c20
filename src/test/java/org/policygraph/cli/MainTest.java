package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.testing.Corpora;

@Tag("store")
class MainTest {

    @TempDir
    Path tmp;
    private String store;

    @BeforeEach
    void setUp() {
        store = tmp.resolve("store").toString();
    }

    private CliRun ingestExamples() {
        CliRun r = CliRun.of("ingest", "--store", store, Corpora.examples().toString());
        assertEquals(0, r.code(), r.err());
        return r;
    }

    @Test
    void helpListsEveryCommand() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.code());
        for (String c : List.of("ingest", "serve", "query", "export", "parse", "validate", "link", "harvest"))
            assertTrue(r.out().contains(c), c + " missing from --help:\n" + r.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : List.of("ingest", "serve", "query", "export", "parse", "validate", "link", "harvest")) {
            CliRun r = CliRun.of(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().startsWith("Usage: policygraph " + c), r.out());
        }
    }

    @Test
    void parsePrintsOneDocumentsTriples() {
        CliRun r = CliRun.of("parse", Corpora.example("vragen/sv-0312-fietspaden.txt").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("<https://w3id.org/policygraph/id/question/2024-02-14/312/tom-verhaegen>"), r.out());
        assertTrue(r.out().contains("PREFIX pg:"), r.out());
        assertTrue(Files.notExists(Path.of(store)), "parse leaves the store alone");
    }

    @Test
    void parseAsTrigNamesTheDocumentGraph() {
        CliRun r = CliRun.of("parse", "--format", "trig", Corpora.example("vragen/sv-0604-kusttram.txt").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("graph/document/sv-0604-kusttram.txt"), r.out());
    }

    @Test
    void parseOfAnEmptyFileNamesTheFileAndTheReason() throws IOException {
        Path empty = Files.createFile(tmp.resolve("leeg.txt"));
        CliRun r = CliRun.of("parse", empty.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertTrue(r.err().contains("leeg.txt") && r.err().contains("empty file"), r.err());
    }

    @Test
    void ingestReportsFailuresAndStillLandsTheRest() throws IOException {
        Path bad = Files.writeString(tmp.resolve("kapot.txt"), "SCHRIFTELIJKE VRAAG\n\nnr. 4\nvan AN");
        CliRun r = CliRun.of("ingest", "--store", store, Corpora.examples().toString(), bad.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertTrue(r.err().contains("kapot.txt") && r.err().contains("cannot be found"), r.err());
        assertTrue(r.err().contains("Ingested 9 new"), r.err());
        CliRun count = CliRun.of("query", "--store", store, "--format", "csv",
                "-e", "SELECT (COUNT(*) AS ?n) { ?q a pg:WrittenQuestion ; prov:wasDerivedFrom ?src }");
        assertEquals("n\r\n7\r\n", count.out());
    }

    @Test
    void queryFormats() {
        ingestExamples();
        String q = "SELECT ?n { ?q pg:questionNumber ?n } ORDER BY ?n";
        assertTrue(CliRun.of("query", "--store", store, "--format", "json", "-e", q).out().contains("\"bindings\""));
        assertTrue(CliRun.of("query", "--store", store, "--format", "tsv", "-e", q).out().startsWith("?n\n"));
        assertTrue(CliRun.of("query", "--store", store, "-e", q).out().contains("| \"312\" |"));
        CliRun ttl = CliRun.of("query", "--store", store, "--format", "ttl",
                "-e", "CONSTRUCT { ?q dcterms:title ?t } WHERE { ?q dcterms:title ?t }");
        assertTrue(ttl.out().contains("dcterms:title"), ttl.out());
        assertEquals("yes", CliRun.of("query", "--store", store, "-e", "ASK { ?q pg:questionNumber \"604\" }").out().strip());
    }

    /** Queries that call Wikidata's public endpoint (SERVICE): the tests have no network, so they are only parsed. */
    private static final List<String> NEEDS_INTERNET = List.of("federated-wikidata-party.rq");

    /**
     * Every catalogue query finds rows on the examples after {@code link} has run with our local
     * Wikidata-shaped sample and REFNIS sample: queries about posts, Wikidata items and NIS codes need
     * the link step (whose results are kept apart from ingest), so the store is linked first, as a user
     * would. Queries needing the internet are parsed only.
     */
    @Test
    void everyCatalogueQueryRunsAndFindsRows() throws IOException {
        ingestExamples();
        CliRun link = CliRun.of("link", "--store", store, "--reference", "src/test/resources/link/wikidata-sample.ttl",
                "--reference", "src/test/resources/link/refnis-sample.txt");
        assertEquals(0, link.code(), link.err());
        // The Parliament's metadata for the harvest queries, from our own example records.
        CliRun harvest = CliRun.of("harvest", "--from-dir", "src/test/resources/harvest/records", "--store", store);
        assertEquals(0, harvest.code(), harvest.err());
        List<Path> queries;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            queries = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        for (String name : NEEDS_INTERNET) {
            Path q = Path.of("queries", name);
            String text = Files.readString(q);
            assertTrue(text.startsWith("# title: ") && text.contains("\n# description: "), q + " needs a header");
            assertTrue(text.contains("SERVICE <https://query.wikidata.org/sparql>"), q.toString());
            org.apache.jena.query.QueryFactory.create(text);
        }
        queries = queries.stream().filter(q -> !NEEDS_INTERNET.contains(q.getFileName().toString())).toList();
        assertTrue(queries.size() >= 3);
        for (Path q : queries) {
            String header = Files.readString(q);
            assertTrue(header.startsWith("# title: ") && header.contains("\n# description: "), q + " needs a header");
            CliRun r = CliRun.of("query", "--store", store, "--format", "csv", q.toString());
            assertEquals(0, r.code(), q + ": " + r.err());
            assertTrue(r.out().strip().split("\r\n").length >= 2, q + " found no rows:\n" + r.out());
        }
    }

    @Test
    void badQueryIsAClearError() {
        ingestExamples();
        CliRun r = CliRun.of("query", "--store", store, "-e", "SELECT WHERE {");
        assertEquals(ExitCodes.CANNOT_RUN, r.code());
        assertTrue(r.err().contains("Query does not parse"), r.err());
    }

    @Test
    void queryOnAMissingStoreSaysSo() {
        CliRun r = CliRun.of("query", "--store", tmp.resolve("nothing").toString(), "-e", "ASK {}");
        assertEquals(ExitCodes.CANNOT_RUN, r.code());
        assertTrue(r.err().contains("No store at"), r.err());
    }

    @Test
    void exportToAFile() {
        ingestExamples();
        Path out = tmp.resolve("dump.nq");
        CliRun r = CliRun.of("export", "--store", store, "--format", "nq", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(RDFDataMgr.loadDatasetGraph(out.toString()).listGraphNodes().hasNext());
        assertEquals(ExitCodes.CANNOT_RUN, CliRun.of("export", "--store", store, "--format", "xml").code());
    }

    @Test
    void exportToStandardOutputIsTheSameAsToAFile() throws IOException {
        ingestExamples();
        Path file = tmp.resolve("dump.nq");
        assertEquals(0, CliRun.of("export", "--store", store, "--format", "nq", "-o", file.toString()).code());
        CliRun r = CliRun.of("export", "--store", store, "--format", "nq");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8), r.out(),
                "the command's writer carries the same characters, curly quotes and euro signs included");
        assertTrue(r.out().contains("‘"), "a non-ASCII character came through");
    }

    @Test
    void linkReportsWhatItLinkedAndWhatIsAmbiguous() {
        ingestExamples();
        CliRun r = CliRun.of("link", "--store", store, "--reference", "src/test/resources/link/wikidata-sample.ttl",
                "--reference", "src/test/resources/link/refnis-sample.txt");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Linked: "), r.out());
        assertTrue(r.out().contains("ambiguous: Tom Verhaegen"), r.out());
        CliRun q = CliRun.of("query", "--store", store, "--format", "csv", "-e",
                "SELECT ?code { ?p a pg:Municipality ; rdfs:label \"Genk\" ; pg:nisCode ?code }");
        assertEquals("code\r\n71016\r\n", q.out());
        CliRun again = CliRun.of("link", "--store", store, "--no-endpoint");
        assertEquals(0, again.code(), again.err());
        assertEquals("code\r\n", CliRun.of("query", "--store", store, "--format", "csv", "-e",
                "SELECT ?code { ?p a pg:Municipality ; rdfs:label \"Genk\" ; pg:nisCode ?code }").out(), "re-running replaces the previous links");
    }

    @Test
    void linkWithAMissingReferenceFileSaysSo() {
        ingestExamples();
        CliRun r = CliRun.of("link", "--store", store, "--reference", tmp.resolve("nope.txt").toString());
        assertEquals(ExitCodes.CANNOT_RUN, r.code());
        assertTrue(r.err().contains("nope.txt") && r.err().contains("no such file"), r.err());
    }

    @Test
    void validateConforms() {
        ingestExamples();
        CliRun r = CliRun.of("validate", "--store", store);
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("Conforms"));
    }
}
