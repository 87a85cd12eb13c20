package org.policygraph.rdf;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;

/**
 * The prefixes a query may use without declaring them: the project's own ({@link Namespaces}) plus
 * {@code skos:} and {@code unit:}, which the ready queries and the README use, and {@code text:} for full-text search. One list for the
 * {@code query} command, the endpoint and the query page, so a query runs the same in all three.
 */
public final class QueryPrefixes {

    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String UNIT = "http://qudt.org/vocab/unit/";
    /** jena-text's namespace, which our full-text property function {@code text:query} keeps. */
    public static final String TEXT = "http://jena.apache.org/text#";

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(Namespaces.prefixes())
            .setNsPrefix("skos", SKOS)
            .setNsPrefix("unit", UNIT)
            .setNsPrefix("text", TEXT)
            .lock();

    private QueryPrefixes() {
    }

    /** The predeclared prefixes (read-only). */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }

    /**
     * Parses a query with the predeclared prefixes in scope; the query's own PREFIX lines may
     * redeclare them.
     *
     * @throws QueryParseException when the query does not parse
     */
    public static Query parse(String text) {
        Query query = new Query();
        // A copy: the query's own declarations are added to it.
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(PREFIXES));
        return QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
    }
}
