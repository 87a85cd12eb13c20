package org.policygraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;

/**
 * Test helper: each catalogue query that reads the summary graph against the direct aggregate it
 * replaces (kept in {@code src/test/resources/org/policygraph/queries/direct}), on the same store.
 */
public final class SummaryAgreement {

    /**
     * The catalogue queries backed by summaries, and the summaries read by pages only (their reading
     * query kept in {@code src/test/resources/org/policygraph/queries/summary}).
     */
    public static final List<String> QUERIES = List.of("deflections-per-minister", "euro-amounts-per-minister",
            "questions-per-member", "questions-per-member-and-minister", "unanswered-sub-questions", "person-answer-parts",
            "responsiveness-per-minister", "responsiveness-per-minister-and-quarter",
            "commitments-per-minister", "documents-per-kind",
            "questions-per-month-per-member", "grants-per-minister-and-year", "grants-per-recipient-and-year",
            "cited-questions-not-in-corpus", "unanswered-questions", "open-questions-per-member",
            "member-vs-minister-figures");

    private SummaryAgreement() {
    }

    /** Per query: its rows from the summaries and from the direct aggregate, both sorted, when they differ. */
    public static Map<String, List<List<String>>> differences(DatasetGraph dsg) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        for (String name : QUERIES) {
            List<String> summary = rows(dsg, catalogue(name));
            List<String> direct = rows(dsg, direct(name));
            if (!summary.equals(direct))
                out.put(name, List.of(summary, direct));
        }
        return out;
    }

    /** The rows of a query, as "value | value | ...", sorted (ties in ORDER BY have no fixed order). */
    public static List<String> rows(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
                ResultSet rs = qe.execSelect();
                List<String> out = new ArrayList<>();
                while (rs.hasNext()) {
                    Binding b = rs.nextBinding();
                    List<String> cells = new ArrayList<>();
                    for (String v : rs.getResultVars()) {
                        Node n = b.get(Var.alloc(v));
                        cells.add(n == null ? "-" : n.toString());
                    }
                    out.add(String.join(" | ", cells));
                }
                out.sort(null);
                return out;
            }
        });
    }

    /** The catalogue query {@code name} as in {@code queries/}, or for a summary read by pages only, the query reading it. */
    public static String catalogue(String name) {
        Path file = Path.of("queries", name + ".rq");
        if (!Files.exists(file))
            return resource("/org/policygraph/queries/summary/" + name + ".rq");
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The direct aggregate that catalogue query {@code name} was before it read summaries. */
    public static String direct(String name) {
        return resource("/org/policygraph/queries/direct/" + name + ".rq");
    }

    private static String resource(String path) {
        try (InputStream in = SummaryAgreement.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
