package org.policygraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.apache.jena.system.Txn;
import org.policygraph.store.Summaries;
import org.junit.jupiter.api.Test;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.QueryPrefixes;

/**
 * The grant queries of the catalogue over two answers built to tempt double counting: the same
 * grant in a sentence and a table row of one answer, and again in a later answer; one recipient
 * with the same amount in two years; a grant only announced.
 */
class GrantQueriesTest {

    private static final Dataset DATA = DatasetFactory.create();

    @BeforeAll
    static void build() throws IOException {
        DocumentPipeline pipeline = new DocumentPipeline();
        for (String name : List.of("vraag-sportclubs-2024.txt", "vraag-sportclubs-2025.txt")) {
            Path file = Path.of("src/test/resources/grants", name);
            MappedDocument mapped = pipeline.process(file, "grants/" + name);
            DATA.addNamedModel(Iris.documentGraph("grants/" + name).getURI(), ModelFactory.createModelForGraph(mapped.graph()));
            // a store's default graph is the union of its documents, which per-key summaries read
            DATA.getDefaultModel().add(ModelFactory.createModelForGraph(mapped.graph()));
        }
        // the grant queries read the summary graph, computed as a store computes it
        Txn.executeWrite(DATA, () -> Summaries.rebuild(DATA.asDatasetGraph()));
    }

    /** The rows of a catalogue query, each as the values of {@code columns} joined by " | " (unbound as "-"). */
    private static List<String> rows(String queryFile, String... columns) throws IOException {
        String query = Files.readString(Path.of("queries", queryFile));
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DATA).query(QueryPrefixes.parse(query)).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                List<String> values = new ArrayList<>();
                for (String c : columns) {
                    RDFNode n = row.get(c);
                    values.add(n == null ? "-" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI());
                }
                out.add(String.join(" | ", values));
            }
        }
        return out;
    }

    @Test
    void grantsPerRecipientAndYearCountEachGrantOnce() throws IOException {
        // Olympia's 2023 grant stands in a sentence, a table row and a later answer: one grant of 45.000;
        // its 2024 grant of the same amount is another; Sportpunt's announced grant is not counted
        assertEquals(List.of(
                        "Sportclub Olympia | 2023 | 1 | 45000",
                        "Sportclub Olympia | 2024 | 1 | 45000",
                        "Tennisclub De Linde | - | 1 | 7000",
                        "Tennisclub De Linde | 2023 | 1 | 12500"),
                rows("grants-per-recipient-and-year.rq", "name", "year", "grants", "total").stream()
                        .map(r -> r.replace(".0 ", " ").replaceAll("\\.0$", "")).sorted().toList());
    }

    @Test
    void grantsPerMinisterAndYearCountEachGrantOnce() throws IOException {
        assertEquals(List.of(
                        "Annelies Van Damme | - | 1 | 7000",
                        "Annelies Van Damme | 2023 | 2 | 57500",
                        "Annelies Van Damme | 2024 | 1 | 45000"),
                rows("grants-per-minister-and-year.rq", "name", "year", "grants", "total").stream()
                        .map(r -> r.replaceAll("\\.0$", "")).sorted().toList());
    }
}
