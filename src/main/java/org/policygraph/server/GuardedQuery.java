package org.policygraph.server;

import java.util.Set;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Fuseki's query operation with two guards. A cap on result rows: a query without LIMIT, or with a
 * larger one, runs with {@code LIMIT maxRows}, so the server never computes or sends more (CONSTRUCT
 * and DESCRIBE: solutions of their WHERE clause); ASK is left alone. And SERVICE to an endpoint the
 * operator did not allow is answered 403 before the query runs ({@link ServiceGuard} still stops
 * SERVICE with a variable, at run time).
 */
final class GuardedQuery extends SPARQL_QueryDataset {

    private final int maxRows;
    private final Set<String> allowedServices;

    GuardedQuery(int maxRows, Set<String> allowedServices) {
        this.maxRows = maxRows;
        this.allowedServices = allowedServices;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.getQueryPattern() == null)
            return;
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                Node n = el.getServiceNode();
                if (n.isURI() && !allowedServices.contains(n.getURI()))
                    ServletOps.errorForbidden("SERVICE <" + n.getURI() + "> is not allowed on this server");
            }
        });
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query q = chosen.getRight();
        if (maxRows <= 0 || q.isAskType() || (q.hasLimit() && q.getLimit() <= maxRows))
            return chosen;
        Query capped = q.cloneQuery();
        capped.setLimit(maxRows);
        return Pair.create(chosen.getLeft(), capped);
    }
}
