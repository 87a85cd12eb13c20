package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class QueryFootprintTest {

    private static final String PREFIX = "PREFIX ex: <http://example.org/>\n";
    private static final Node G = NodeFactory.createURI("http://example.org/doc/1");
    private static final Node S = NodeFactory.createURI("http://example.org/s");

    private static Optional<QueryFootprint> of(String... queries) {
        return QueryFootprint.of(List.of(queries).stream().map(q -> QueryFactory.create(PREFIX + q)).toList());
    }

    private static Node ex(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }

    private static Quad quad(Node p, Node o) {
        return Quad.create(G, S, p, o);
    }

    @Test
    void readsThePredicatesOfPatternsPathsAndExistsFilters() {
        QueryFootprint f = of("""
                SELECT ?x WHERE {
                  ?x ex:a ?y ; ex:b/ex:c+ ?z .
                  GRAPH ?g { ?x ^ex:d ?w }
                  FILTER NOT EXISTS { ?x ex:e ?v }
                  OPTIONAL { ?x ex:f ?u FILTER EXISTS { ?u ex:g ?t } }
                }""", "SELECT * { ?s ex:h ?o }").orElseThrow();
        assertEquals(Set.of(ex("a"), ex("b"), ex("c"), ex("d"), ex("e"), ex("f"), ex("g"), ex("h")), f.predicates());
        assertTrue(f.admits(quad(ex("e"), NodeFactory.createLiteralString("anything"))));
        assertFalse(f.admits(quad(ex("unread"), ex("a"))));
    }

    @Test
    void anIriObjectNarrowsItsPredicateUntilAPatternWantsAnyObject() {
        QueryFootprint typed = of("SELECT ?x { ?x a ex:Question }", "SELECT ?x { ?x a ex:Grant }").orElseThrow();
        assertTrue(typed.admits(quad(RDF.Nodes.type, ex("Question"))));
        assertTrue(typed.admits(quad(RDF.Nodes.type, ex("Grant"))));
        assertFalse(typed.admits(quad(RDF.Nodes.type, ex("Figure"))));
        QueryFootprint any = of("SELECT ?x { ?x a ex:Question }", "SELECT ?x ?t { ?x a ?t }").orElseThrow();
        assertTrue(any.admits(quad(RDF.Nodes.type, ex("Figure"))));
    }

    @Test
    void aLiteralObjectDoesNotNarrow() {
        // "1"^^xsd:boolean is the stored value true: a pattern's literal can match other spellings.
        QueryFootprint f = of("SELECT ?x { ?x ex:planned true }").orElseThrow();
        assertTrue(f.admits(quad(ex("planned"), NodeFactory.createLiteralDT("1", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean))));
    }

    @Test
    void readingMoreThanPatternsOfKnownPredicatesLeavesItUnknown() {
        assertTrue(of("SELECT * { ?s ?p ?o }").isEmpty(), "a variable predicate");
        assertTrue(of("SELECT * { ?s ex:a ?o FILTER NOT EXISTS { ?o ?p ?x } }").isEmpty(), "inside NOT EXISTS");
        assertTrue(of("SELECT * { ?s !ex:a ?o }").isEmpty(), "a negated property set");
        assertTrue(of("SELECT * { ?s ex:a* ?o }").isEmpty(), "a path of no step matches every node");
        assertTrue(of("SELECT * { ?s ex:a? ?o }").isEmpty(), "a path of at most one step");
        assertTrue(of("SELECT ?g { GRAPH ?g { } }").isEmpty(), "the list of graph names");
        assertTrue(of("SELECT ?g { GRAPH ?g { OPTIONAL { ?s ex:a ?o } } }").isEmpty(), "every graph, with or without a match");
        assertTrue(of("SELECT ?g { GRAPH ?g { ?s ex:a ?o OPTIONAL { ?o ex:b ?x } } }").isPresent(), "graphs with a match");
        assertTrue(of("SELECT * { SERVICE <http://example.org/sparql> { ?s ex:a ?o } }").isEmpty(), "a remote service");
        assertTrue(of("SELECT * { GRAPH <urn:x-arq:DefaultGraph> { ?s ex:a ?o } }").isEmpty(), "the stored default graph");
    }

    @Test
    void thePerKeySummariesHaveAKnownFootprint() {
        // Otherwise every bulk build computes its per-key rows on the built store, at several times the cost.
        QueryFootprint f = PerKeyScratch.FOOTPRINT.orElseThrow();
        assertTrue(f.predicates().contains(RDF.Nodes.type));
        assertFalse(f.admits(Quad.create(Summaries.GRAPH, Summaries.GRAPH, Summaries.VERSION, NodeFactory.createLiteralString("x"))));
    }
}
