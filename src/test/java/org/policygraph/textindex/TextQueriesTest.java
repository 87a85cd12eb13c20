package org.policygraph.textindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;

/**
 * The catalogue queries that search text through {@code text:query} give the rows their former
 * form gave, which tested every literal with {@code FILTER(CONTAINS(...))} (kept in
 * {@code src/test/resources/textindex/*-filter.rq}), for several words and phrases.
 */
@Tag("store")
class TextQueriesTest {

    @TempDir
    static Path tmp;
    private static PolicyGraphStore store;

    @BeforeAll
    static void build() {
        store = PolicyGraphStore.open(tmp.resolve("store"));
        List<Path> inputs = new ArrayList<>(List.of(Corpora.examples()));
        Path seeds = Corpora.shared().resolve("seeds");
        if (Files.isDirectory(seeds))
            inputs.add(seeds);
        IngestReport report = Ingester.builder(store).build().ingest(inputs);
        assertTrue(report.ok(), report.failures().toString());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @CsvSource({
            "figures-about-topic.rq, \"subsidie\"",
            "figures-about-topic.rq, \"euro\"",
            "figures-about-topic.rq, \"leerlingen\"",
            "figures-about-topic.rq, \"Gemeenten\"",
            "figures-about-topic.rq, \"aantal leerlingen\"",
            "figures-about-topic.rq, \"bad\"",
            "figures-about-topic.rq, \"vertraging\"",
            "documents-citing.rq, \"duaal leren\"",
            "documents-citing.rq, \"decreet\"",
            "documents-citing.rq, \"advies over\"",
            "documents-citing.rq, \"onderwijs\"",
            "documents-citing.rq, \"uaal le\"",
            "euro-figures-about-topic-over-time.rq, \"subsidie\"",
            "euro-figures-about-topic-over-time.rq, \"euro\"",
            "euro-figures-about-topic-over-time.rq, \"genk\"",
            "euro-figures-about-topic-over-time.rq, \"aantal leerlingen\"",
            "euro-figures-about-topic-over-time.rq, \"Onderwijs\""
    })
    void textQueryGivesTheRowsOfTheFilter(String file, String word) throws IOException {
        String text = Files.readString(Path.of("queries", file));
        String filter = Files.readString(Path.of("src/test/resources/textindex", file.replace(".rq", "-filter.rq")));
        // the FILTER forms keep the default word they were written with; the catalogue's own
        // defaults have since become narrower words
        String values = file.startsWith("documents") ? "\"duaal leren\"" : file.startsWith("euro") ? "\"genk\"" : "\"vertraging\"";
        String filterValues = file.startsWith("documents") ? values : "\"subsidie\"";
        assertTrue(text.contains(values) && filter.contains(filterValues));
        List<String> expected = rows(filter.replace(filterValues, word));
        List<String> actual = rows(text.replace(values, word));
        if (file.startsWith("euro")) {
            // ordered by date alone: rows of one date come in no fixed order
            expected.sort(null);
            actual.sort(null);
        }
        assertEquals(expected, actual, file + " for " + word);
        if (word.equals(values))
            assertFalse(actual.isEmpty(), "the catalogue's own example finds something");
    }

    private static List<String> rows(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query).build()) {
                ResultSet rs = qe.execSelect();
                List<String> out = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    List<String> cells = new ArrayList<>();
                    for (String v : rs.getResultVars())
                        cells.add(value(row.get(v)));
                    out.add(String.join(" | ", cells));
                }
                return out;
            }
        });
    }

    private static String value(RDFNode n) {
        if (n == null)
            return "-";
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
