package org.policygraph.testing;

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
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The rows of a catalogue query as tests compare them: one string per row, in the query's order,
 * values joined by {@code " | "}, literals by their lexical form, IRIs as written, unbound as
 * {@code "-"}.
 */
public final class QueryRows {

    private QueryRows() {
    }

    /** The rows of {@code queries/FILE} over the dataset, read in one read transaction. */
    public static List<String> ofFile(DatasetGraph dsg, String file) {
        try {
            return of(dsg, Files.readString(Path.of("queries", file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of {@code queries/FILE} with its default VALUES row {@code values} (which must be in
     * the file) replaced by {@code replacement}: a query that starts from a word or a place, run for another.
     */
    public static List<String> ofFileWith(DatasetGraph dsg, String file, String values, String replacement) {
        String query;
        try {
            query = Files.readString(Path.of("queries", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!query.contains(values))
            throw new IllegalArgumentException(file + " has no " + values);
        return of(dsg, query.replace(values, replacement));
    }

    /** The rows of a query's text over the dataset, read in one read transaction. */
    public static List<String> of(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                List<String> out = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    List<String> cells = new ArrayList<>();
                    for (String v : vars) {
                        RDFNode n = row.get(v);
                        cells.add(n == null ? "-" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    out.add(String.join(" | ", cells));
                }
                return out;
            }
        });
    }
}
