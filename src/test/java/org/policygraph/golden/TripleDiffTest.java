package org.policygraph.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.policygraph.rdf.Namespaces;

/** The readable difference a failing golden case prints. */
class TripleDiffTest {

    private static final String PREFIXES = "PREFIX pg: <https://w3id.org/policygraph/def#> PREFIX ex: <http://example.org/>\n";

    private static Graph turtle(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + ttl, Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void listsMissingAndExtraTriplesSortedWithPrefixes() {
        Graph expected = turtle("ex:f pg:value 17 ; pg:measure \"gemeenten\" .");
        Graph actual = turtle("ex:f pg:value 18 ; pg:measure \"gemeenten\" .");
        TripleDiff d = TripleDiff.of(expected, actual, Namespaces.prefixes());
        assertEquals(List.of("<http://example.org/f> pg:value 17 ."), d.missing());
        assertEquals(List.of("<http://example.org/f> pg:value 18 ."), d.extra());
        assertTrue(d.report().startsWith("1 missing, 1 extra\n"), d.report());
    }

    @Test
    void prefixesEveryIriAPrefixFits() {
        Graph expected = turtle("<https://w3id.org/policygraph/id/figure/input.txt/620-632> pg:value 17 .");
        TripleDiff d = TripleDiff.of(expected, turtle(""), Namespaces.prefixes());
        assertEquals(List.of("pgid:figure/input.txt/620-632 pg:value 17 ."), d.missing());
    }

    @Test
    void showsBlankNodesByTheirContent() {
        Graph expected = turtle("ex:t pg:row [ pg:label \"Limburg\" ; pg:value 41 ] .");
        Graph actual = turtle("ex:t pg:row [ pg:label \"Limburg\" ; pg:value 14 ] .");
        TripleDiff d = TripleDiff.of(expected, actual, Namespaces.prefixes());
        assertTrue(d.missing().contains("<http://example.org/t> pg:row [ pg:label \"Limburg\" ; pg:value 41 ] ."), d.report());
        assertTrue(d.extra().contains("[ pg:label \"Limburg\" ; pg:value 14 ] pg:value 14 ."), d.report());
    }

    @Test
    void blankNodeLabelsAloneMakeNoDifference() {
        DatasetGraph a = trig("ex:g { ex:t pg:row [ pg:label \"x\" ] . }");
        DatasetGraph b = trig("ex:g { ex:t pg:row _:other . _:other pg:label \"x\" . }");
        assertEquals("", GoldenCasesTest.differences(a, b));
    }

    @Test
    void aGraphMissingAltogetherIsReportedByName() {
        DatasetGraph a = trig("ex:g { ex:s pg:value 1 . }");
        DatasetGraph b = trig("ex:h { ex:s pg:value 1 . }");
        String report = GoldenCasesTest.differences(a, b);
        assertTrue(report.contains("graph ex:g: 1 missing, 0 extra"), report);
        assertTrue(report.contains("graph ex:h: 0 missing, 1 extra"), report);
    }

    @Test
    void longLiteralsAreCutButStayDistinct() {
        String a = "a".repeat(200);
        Graph expected = turtle("ex:s pg:text \"" + a + "\" .");
        Graph actual = turtle("ex:s pg:text \"" + a + "b\" .");
        TripleDiff d = TripleDiff.of(expected, actual, Namespaces.prefixes());
        assertTrue(d.missing().get(0).contains("(200 chars, sha256 "), d.report());
        assertTrue(d.extra().get(0).contains("(201 chars, sha256 "), d.report());
    }

    private static DatasetGraph trig(String trig) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(PREFIXES + trig, Lang.TRIG).parse(dsg);
        return dsg;
    }
}
