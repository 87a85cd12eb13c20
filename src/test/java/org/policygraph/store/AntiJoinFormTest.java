package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

class AntiJoinFormTest {

    private static final String PREFIX = "PREFIX ex: <http://example.org/>\n";

    /**
     * Questions cited without their minister beside the same question with one, a planned and a
     * paid grant, answered and open questions: what the NOT EXISTS filters of the summaries tell
     * apart. In named graphs, read as their union like a store.
     */
    private static final String DATA = """
            @prefix ex: <http://example.org/> .
            @prefix pg: <https://w3id.org/policygraph/def#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            ex:doc1 {
              ex:q1 a pg:WrittenQuestion ; pg:questionNumber 58 ; dcterms:date "2017-10-17"^^xsd:date ;
                    pg:askedBy ex:an ; pg:addressedTo ex:minister ; prov:wasDerivedFrom ex:file1 ;
                    pg:hasAnswer ex:a1 ; dcterms:identifier "1" ; pg:answerDeadline "2017-11-17"^^xsd:date .
              ex:q9 a pg:WrittenQuestion ; pg:questionNumber 12 ; dcterms:date "2018-01-05"^^xsd:date ;
                    pg:askedBy ex:an ; dcterms:identifier "9" ; pg:answerDeadline "2018-02-05"^^xsd:date .
              ex:f1 pg:value 14700 ; pg:statedBy ex:minister .
              ex:g1 a pg:Grant ; pg:amount ex:f1 ; pg:recipient ex:school ; pg:grantYear 2017 .
              ex:f2 pg:value 500 ; pg:statedBy ex:minister .
              ex:g2 a pg:Grant ; pg:amount ex:f2 ; pg:recipient ex:school ; pg:planned true .
            }
            ex:doc2 {
              ex:c58 a pg:WrittenQuestion ; pg:questionNumber 58 ; dcterms:date "2017-10-17"^^xsd:date ; pg:askedBy ex:an .
              ex:c77 a pg:WrittenQuestion ; pg:questionNumber 77 ; dcterms:date "2016-03-01"^^xsd:date ; pg:askedBy ex:bo .
              ex:c58b a pg:WrittenQuestion ; pg:questionNumber 58 ; dcterms:date "2017-10-17"^^xsd:date ; pg:askedBy ex:bo .
              ex:d2 pg:refersTo ex:c58 , ex:c77 .
            }
            """;

    private static Dataset store() {
        // an in-memory TDB2 store, read like ours: the default graph is the union of the graphs
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> RDFParser.create().source(new StringReader(DATA)).lang(Lang.TRIG).parse(ds.asDatasetGraph()));
        return ds;
    }

    /** The rows of {@code query}, as a multiset. */
    private static Map<Binding, Integer> rows(Dataset ds, Query query) {
        return Txn.calculateRead(ds, () -> {
            Map<Binding, Integer> out = new HashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext())
                    out.merge(rs.nextBinding(), 1, Integer::sum);
            }
            return out;
        });
    }

    private static String algebra(Query q) {
        return Algebra.compile(q).toString();
    }

    @Test
    void everySummaryGivesTheSameRowsInBothForms() {
        Dataset ds = store();
        List<String> rewritten = new ArrayList<>();
        for (SummaryDefinition def : SummaryDefinition.ALL) {
            Query form = AntiJoinForm.of(def.query());
            if (form != def.query())
                rewritten.add(def.name());
            assertEquals(rows(ds, def.query()), rows(ds, form), def.name());
        }
        assertTrue(rewritten.containsAll(List.of("grants-per-minister-and-year", "grants-per-recipient-and-year",
                "open-questions-per-member", "unanswered-questions")), rewritten.toString());
        // their citations without a minister stand in a group of their own, cheaper per question than as MINUS
        assertTrue(Collections.disjoint(rewritten, List.of("questions-per-member", "questions-per-member-and-minister",
                "questions-per-month-per-member")), rewritten.toString());
    }

    @Test
    void theFixtureHoldsWhatTheFiltersTellApart() {
        // a test over data where the filters remove nothing would pass for any rewrite
        Dataset ds = store();
        SummaryDefinition members = SummaryDefinition.ALL.stream().filter(d -> d.name().equals("questions-per-member")).findFirst().orElseThrow();
        SummaryDefinition grants = SummaryDefinition.ALL.stream().filter(d -> d.name().equals("grants-per-recipient-and-year")).findFirst().orElseThrow();
        Query noFilter = QueryFactory.create(members.text().replaceAll("(?s)FILTER NOT EXISTS \\{.*\\}\\s*\\}\\s*GROUP", "} GROUP"));
        assertTrue(rows(ds, noFilter).size() > rows(ds, members.query()).size(), "the stand-in rule removes ex:c58");
        Query allGrants = QueryFactory.create(grants.text().replace("FILTER NOT EXISTS { ?grant pg:planned true }", ""));
        assertTrue(rows(ds, allGrants).size() > rows(ds, grants.query()).size(), "the planned grant is left out");
    }

    @Test
    void aNotExistsOverTriplePatternsBecomesMinusNestedOnesToo() {
        Query q = QueryFactory.create(PREFIX + """
                SELECT ?q ?m WHERE {
                  ?q a ex:Question ; ex:askedBy ?m .
                  FILTER NOT EXISTS {
                    ?q ex:number ?n .
                    FILTER NOT EXISTS { ?q ex:addressedTo ?anyone }
                    ?same ex:number ?n ; ex:askedBy ?m ; ex:addressedTo ?someone .
                  }
                }""");
        Query form = AntiJoinForm.of(q);
        assertNotSame(q, form);
        String op = algebra(form);
        assertFalse(op.contains("notexists"), op);
        assertEquals(2, op.split("\\(minus", -1).length - 1, op);
    }

    @Test
    void insideGraphsAndSubSelects() {
        Query q = QueryFactory.create(PREFIX + """
                SELECT ?g (COUNT(*) AS ?n) WHERE {
                  { SELECT ?g ?x WHERE { GRAPH ?g { ?x ex:amount ?v FILTER NOT EXISTS { ?x ex:planned true } } } }
                } GROUP BY ?g""");
        assertTrue(algebra(AntiJoinForm.of(q)).contains("(minus"));
    }

    @Test
    void keepsWhatMinusWouldReadOtherwise() {
        String[] kept = {
            // no variable in common: NOT EXISTS removes every row when P has a solution, MINUS none
            "SELECT * { ?x ex:a ?y FILTER NOT EXISTS { ?z ex:b ?w } }",
            // the shared variable may be unbound in the row (OPTIONAL, BIND, VALUES)
            "SELECT * { ?x ex:a ?y OPTIONAL { ?x ex:d ?d } FILTER NOT EXISTS { ?x ex:b ?d } }",
            "SELECT * { ?x ex:a ?y BIND(?y AS ?d) FILTER NOT EXISTS { ?x ex:b ?d } }",
            "SELECT * { VALUES ?d { UNDEF 1 } ?x ex:a ?y FILTER NOT EXISTS { ?x ex:b ?d } }",
            // the shared variable is not bound in every solution of P
            "SELECT * { ?x ex:a ?y FILTER NOT EXISTS { ?z ex:b ?w OPTIONAL { ?w ex:c ?x } } }",
            "SELECT * { ?x ex:a ?y FILTER NOT EXISTS { ?z ex:b ?w FILTER(?w = ?x) } }",
            // P holds more than patterns and filters
            "SELECT * { ?x ex:a ?y FILTER NOT EXISTS { ?x ex:b ?w BIND(1 AS ?one) } }",
            "SELECT * { ?x ex:a ?y FILTER NOT EXISTS { { SELECT ?x { ?x ex:b ?w } } } }",
            "SELECT * { ?x ex:a ?y FILTER NOT EXISTS { { ?x ex:b ?w } UNION { ?x ex:c ?w } } }",
            "SELECT * { ?x ex:a ?y FILTER NOT EXISTS { ?x ex:b ?w FILTER NOT EXISTS { ?w ex:c ?v OPTIONAL { ?v ex:d ?x } } } }",
            // evaluated once per row of an OPTIONAL, UNION or EXISTS: a MINUS would read all of P each time
            "SELECT * { ?x ex:a ?y OPTIONAL { ?y ex:b ?z FILTER NOT EXISTS { ?z ex:c ?w } } }",
            "SELECT * { ?x ex:a ?y FILTER EXISTS { ?y ex:b ?z FILTER NOT EXISTS { ?z ex:c ?w } } }",
        };
        for (String text : kept) {
            Query q = QueryFactory.create(PREFIX + text);
            assertSame(q, AntiJoinForm.of(q), text);
        }
    }
}
