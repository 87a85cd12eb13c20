package org.policygraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.store.IngestReport;
import org.policygraph.store.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;

/**
 * Each catalogue query in {@code queries/} run on a store built from our examples and, where
 * present, the real seeds, with its expected rows.
 */
class QueryCatalogueTest {

    @TempDir
    static Path tmp;
    private static PolicyGraphStore store;
    private static boolean seeds;

    @BeforeAll
    static void build() {
        store = PolicyGraphStore.open(tmp.resolve("store"));
        List<Path> inputs = new ArrayList<>(List.of(Corpora.examples()));
        Path seedDir = Corpora.shared().resolve("seeds");
        seeds = Files.isDirectory(seedDir);
        if (seeds)
            inputs.add(seedDir);
        IngestReport report = new Ingester(store).ingest(inputs);
        assertTrue(report.ok(), report.failures().toString());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The rows of a catalogue query, each as its values joined by " | " (unbound as "-"). */
    static List<String> rows(String queryFile) {
        String query;
        try {
            query = Files.readString(Path.of("queries", queryFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static void assumeSeeds() {
        assumeTrue(seeds, "no shared seeds");
    }

    @Test
    void questionsPerMemberAndMinister() {
        List<String> rows = rows("questions-per-member-and-minister.rq");
        assertTrue(rows.contains("Jana Peeters | Tom Verhaegen | 3 | 2023-05-03 | 2024-02-14"), rows.toString());
        if (seeds) {
            assertTrue(rows.contains("Kurt De Loor | Bart Somers | 1 | 2023-09-05 | 2023-09-05"), rows.toString());
            assertTrue(rows.contains("Vera Celis | Hilde Crevits | 2 | 2017-10-17 | 2018-08-14"), rows.toString());
            assertTrue(rows.contains("Ann Brusseel | Hilde Crevits | 1 | 2017-11-13 | 2017-11-13"), rows.toString());
            assertTrue(rows.contains("Lise Vandecasteele | Hilde Crevits | 1 | 2023-03-07 | 2023-03-07"), rows.toString());
            assertTrue(rows.contains("Elisabeth Meuleman | - | 1 | 2023-03-03 | 2023-03-03"), rows.toString());
        }
    }

    @Test
    void unansweredSubQuestions() {
        List<String> rows = rows("unanswered-sub-questions.rq").stream()
                .map(r -> r.substring(0, r.lastIndexOf(" | "))).toList();
        List<String> expected = new ArrayList<>(List.of("604 | 2019-06-21 | 3"));
        if (seeds)
            expected.addAll(List.of("222 | 2023-03-03 | 3", "222 | 2023-03-03 | 4",
                    "461 | 2023-03-07 | 3", "461 | 2023-03-07 | 4", "461 | 2023-03-07 | 4 a",
                    "461 | 2023-03-07 | 4 b", "461 | 2023-03-07 | 4 c"));
        assertEquals(expected, rows);
    }

    @Test
    void deflectionsPerMinister() {
        List<String> rows = rows("deflections-per-minister.rq");
        assertTrue(rows.contains("Annelies Van Damme | 1 | 5"), rows.toString());
        if (seeds)
            assertEquals("Bart Somers | 5 | 8", rows.get(0));
    }

    @Test
    void earlierQuestionChainIsTransitive() {
        assertEquals(List.of("312 | 87 | 2023-10-12 | Jana Peeters | true", "312 | 240 | 2023-05-03 | Jana Peeters | false"),
                rows("earlier-question-chain.rq"));
    }

    @Test
    void mentionsOfAMunicipality() {
        List<String> rows = rows("mentions-of-municipality.rq");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Genk | 87 | 2023-10-12 | 1 | Genk |")), rows.toString());
        if (seeds)
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("Genk | 222 | 2023-03-03 | a | Genk | Dertien lokale besturen")),
                    rows.toString());
    }
}
