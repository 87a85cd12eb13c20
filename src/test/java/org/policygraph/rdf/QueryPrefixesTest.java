package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.junit.jupiter.api.Test;

class QueryPrefixesTest {

    @Test
    void theProjectsPrefixesAndSkosAndUnitNeedNoDeclaration() {
        Query q = QueryPrefixes.parse("SELECT * { ?f pg:unit unit:CCY_EUR ; skos:note ?n ; nif:anchorOf ?a ; dcterms:title ?t }");
        assertEquals("http://qudt.org/vocab/unit/", q.getPrefixMapping().getNsPrefixURI("unit"));
        assertEquals(QueryPrefixes.SKOS, q.getPrefixMapping().getNsPrefixURI("skos"));
    }

    @Test
    void aQuerysOwnDeclarationWinsAndUnknownPrefixesStillFail() {
        Query q = QueryPrefixes.parse("PREFIX pg: <http://example.org/other#> SELECT * { ?s pg:x ?o }");
        assertEquals("http://example.org/other#", q.getPrefixMapping().getNsPrefixURI("pg"));
        assertThrows(QueryParseException.class, () -> QueryPrefixes.parse("SELECT * { ?s nope:x ?o }"));
        // The shared mapping is not changed by a query's declarations.
        assertEquals(PG.NS, QueryPrefixes.prefixes().getNsPrefixURI("pg"));
    }
}
