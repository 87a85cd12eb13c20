package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.junit.jupiter.api.Test;

/** An ORDER BY capped at the server's row cap runs as a top-N, holding only the rows it returns. */
class TopNThresholdTest {

    @Test
    void anOrderByUnderTheDefaultRowCapBecomesATopN() {
        PolicyGraphServer.raiseTopNThreshold(ServerSettings.DEFAULTS.maxRows());
        Query q = QueryFactory.create("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?o");
        q.setLimit(ServerSettings.DEFAULTS.maxRows());
        Op op = Algebra.optimize(Algebra.compile(q));
        // (slice (order ...)) would sort every solution first; (top ...) keeps the best N.
        Op body = op;
        while (!(body instanceof OpTopN) && body instanceof org.apache.jena.sparql.algebra.op.Op1 one)
            body = one.getSubOp();
        assertInstanceOf(OpTopN.class, body, op.toString());
    }
}
