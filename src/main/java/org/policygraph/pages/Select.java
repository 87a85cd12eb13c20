package org.policygraph.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.policygraph.rdf.QueryPrefixes;

/** A SELECT over the union graph with {@code ?this} bound to a resource, for a page's summaries; run in the caller's read transaction. */
final class Select {

    /** Longest a page's summary query may take before it is stopped. */
    private static final long TIMEOUT_SECONDS = 10;

    private Select() {
    }

    /** The rows of {@code query} (predeclared prefixes allowed) with {@code ?this} bound to {@code resource}. */
    static List<QuerySolution> rows(DatasetGraph dsg, String query, Node resource) {
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(QueryPrefixes.parse(query))
                .substitution(BindingFactory.binding(Var.alloc("this"), resource))
                .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
            qe.execSelect().forEachRemaining(out::add);
        }
        return out;
    }
}
