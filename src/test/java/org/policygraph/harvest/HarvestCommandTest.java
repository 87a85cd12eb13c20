package org.policygraph.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.cli.ExitCodes;
import org.policygraph.cli.Main;
import org.policygraph.store.PolicyGraphStore;

/** {@code policygraph harvest} end to end: a local mock API, the folder, the store, and --from-dir. */
@Tag("store")
class HarvestCommandTest {

    private static final String PREFIXES = """
            PREFIX pg: <https://w3id.org/policygraph/def#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    @TempDir
    Path tmp;
    private MockParliament api;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void start() {
        api = new MockParliament();
        api.hit("1001", "beantwoord").hit("1002", "beantwoord");
        api.question("1001", Fixtures.question("1001", "101", "2024-02-05", "2024-02-27", api.pdfUrl("5001")))
                // The record says 1 March; its document says 4 March.
                .question("1002", Fixtures.questionOtherFormats("1002", api.pdfUrl("5002"), api.pdfUrl("5003")))
                .pdf("5001", Fixtures.questionPdf(tmp, "101", "5 februari 2024", "Lotte Vermeulen", "Pieter Daems"))
                .pdf("5002", Fixtures.questionPdf(tmp, "88", "4 maart 2024", "Hanne Wouters", "Pieter Daems"))
                .pdf("5003", "%PDF-1.4 a file that is no real PDF".getBytes())
                .member("41", Fixtures.member("41"));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private String[] harvestArgs(Path out, Path store, String... more) {
        List<String> args = new ArrayList<>(List.of("harvest", "--from", "2024-01-01", "--to", "2024-06-30", "--base-url", api.base(),
                "--out", out.toString(), "--store", store.toString(), "--rate", "100", "--timeout", "10", "--backoff", "0.01"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static List<String> select(Path store, String query) {
        try (PolicyGraphStore s = PolicyGraphStore.openExisting(store)) {
            Dataset ds = DatasetFactory.wrap(s.dataset());
            return Txn.calculateRead(ds, () -> {
                List<String> rows = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                    org.apache.jena.query.ResultSet rs = qe.execSelect();
                    List<String> vars = rs.getResultVars();
                    rs.forEachRemaining((QuerySolution row) -> {
                        List<String> cells = new ArrayList<>();
                        vars.forEach(v -> cells.add(row.get(v).isLiteral() ? row.getLiteral(v).getLexicalForm() : row.get(v).toString()));
                        rows.add(String.join(" | ", cells));
                    });
                }
                return rows;
            });
        }
    }

    @Test
    void harvestIngestsDocumentsWithTheirMetadataAndAgainReplacesIt() {
        Path out = tmp.resolve("harvest");
        Path store = tmp.resolve("store");
        Run r = run(harvestArgs(out, store, "--ingest"));
        // The second PDF of 1002 is no readable PDF: ingest reports it, the rest goes in.
        assertEquals(ExitCodes.INPUT_FAILED, r.code(), r.err());
        assertTrue(r.err().contains("Harvested: 2 found, 2 fetched (3 PDFs), 0 skipped (up to date), 0 failed"), r.err());
        assertTrue(r.err().contains("pfile-5003.pdf"), r.err());
        assertTrue(r.err().contains("Metadata: 2 records, 2 metadata graphs written, 2 joined to their document, 0 failed"), r.err());
        assertTrue(r.err().contains("[1/2 50%] 1001 fetched (1 PDF)"), "progress on stderr: " + r.err());

        List<String> joined = select(store, """
                SELECT ?q ?date ?late ?onTime ?kind ?party WHERE {
                  GRAPH ?doc { ?q pg:questionNumber "101" ; dcterms:date ?date }
                  GRAPH ?meta { ?q dcterms:identifier "1001" ; owl:sameAs <https://ws.vlpar.be/e/opendata/schv/1001> ;
                     pg:workingDaysLate ?late ; pg:answeredOnTime ?onTime ; pg:answerKind ?kind ; pg:askerParty/rdfs:label ?party }
                  FILTER(?doc != ?meta) }""");
        assertEquals(List.of("https://w3id.org/policygraph/id/question/2024-02-05/101/pieter-daems | 2024-02-05 | 0 | true"
                + " | https://w3id.org/policygraph/def#OwnAnswer | Vooruit"), joined);

        List<String> disagreement = select(store, """
                SELECT ?docDate ?doc ?rec WHERE {
                  ?q dcterms:identifier "1002" ; dcterms:date ?docDate .
                  ?i a pg:ParseIssue ; pg:issueCode "metadata-disagrees" ; pg:concerns ?q ;
                     pg:documentValue ?doc ; pg:recordValue ?rec }""");
        assertEquals(List.of("2024-03-04 | 2024-03-04 | 2024-03-01"), disagreement, "the document's date stays, both are kept");

        Run validate = run("validate", "--store", store.toString());
        assertEquals(ExitCodes.OK, validate.code(), "metadata graphs conform to the shapes:\n" + validate.out() + validate.err());

        String countMeta = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/policygraph/id/graph/harvest/schv/1001> { ?s ?p ?o } }";
        String before = select(store, countMeta).get(0);
        Run again = run(harvestArgs(out, store, "--ingest"));
        assertTrue(again.err().contains("Harvested: 2 found, 0 fetched (0 PDFs), 2 skipped (up to date), 0 failed"), again.err());
        assertEquals(1, api.count("/e/opendata/schv/1001"), "nothing fetched twice");
        assertEquals(before, select(store, countMeta).get(0), "the metadata graph is replaced, not added to");
    }

    @Test
    void fromDirImportsSavedFilesWithoutTheNetwork() throws Exception {
        Path out = tmp.resolve("harvest");
        Run harvested = run(harvestArgs(out, tmp.resolve("unused")));
        assertEquals(ExitCodes.OK, harvested.code(), harvested.err());
        api.close();
        // A flat folder as a user may keep it: 1001.json beside 1001-vraag.pdf, and a broken record.
        Path flat = tmp.resolve("flat");
        Files.createDirectories(flat);
        Files.copy(out.resolve("1001/vraag.json"), flat.resolve("1001.json"));
        Files.copy(out.resolve("1001/pfile-5001.pdf"), flat.resolve("1001-vraag.pdf"));
        Files.writeString(flat.resolve("1009.json"), "{\"id\": 1009, \"titel\": \"Afgebro");
        Path store = tmp.resolve("store2");
        Run r = run("harvest", "--from-dir", flat.toString(), "--store", store.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code(), r.err());
        assertTrue(r.err().contains("1009.json: the response is not readable JSON"), r.err());
        assertTrue(r.err().contains("Metadata: 2 records, 1 metadata graphs written, 1 joined to their document, 1 failed"), r.err());
        assertEquals(List.of("2024-02-27"), select(store, "SELECT ?d WHERE { ?q pg:questionNumber \"101\" ; pg:answerDate ?d }"));
    }

    @Test
    void dryRunListsAndWritesNothing() {
        Path out = tmp.resolve("dry");
        Run r = run(harvestArgs(out, tmp.resolve("s"), "--dry-run"));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(List.of(api.base() + "/e/opendata/schv/1001", api.base() + "/e/opendata/schv/1002"), r.out().lines().toList());
        assertEquals(0, api.countStartingWith("/e/opendata/schv/"));
        assertFalse(Files.exists(out.resolve("1001")));
    }

    @Test
    void usageErrors() {
        assertEquals(ExitCodes.USAGE, run("harvest").code());
        Run r = run("harvest", "--from", "gisteren");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("cannot read the date gisteren"), r.err());
        assertEquals(ExitCodes.USAGE, run("harvest", "--from", "2024-05-01", "--to", "2024-04-01").code());
    }
}
