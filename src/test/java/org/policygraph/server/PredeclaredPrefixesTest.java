package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** What the endpoint hands Fuseki for a query that uses the predeclared prefixes. */
class PredeclaredPrefixesTest {

    @Test
    void aQueryThatParsesAloneIsSentUnchanged() {
        String q = "PREFIX pg: <https://w3id.org/policygraph/def#>\nSELECT ?n { ?q pg:questionNumber ?n }";
        assertEquals(q, GuardedQuery.withPredeclaredPrefixes(q));
    }

    @Test
    void aQueryUsingPredeclaredPrefixesGetsThemDeclared() {
        String out = GuardedQuery.withPredeclaredPrefixes("SELECT ?n ?title { ?q pg:questionNumber ?n ; dcterms:title ?title }");
        assertTrue(out.matches("(?s).*PREFIX\\s+pg:\\s+<https://w3id.org/policygraph/def#>.*"), out);
        assertEquals("https://w3id.org/policygraph/def#questionNumber",
                QueryFactory.create(out).getQueryPattern().toString().replaceAll("(?s).*<(https://w3id.org/policygraph/def#questionNumber)>.*", "$1"));
    }

    @Test
    void aQueryBrokenAnywayIsSentAsWrittenSoTheErrorNamesItsOwnLines() {
        String q = "SELECT ?n {\n ?q pg:questionNumber ?n \n FILTER( }";
        assertEquals(q, GuardedQuery.withPredeclaredPrefixes(q));
    }
}
