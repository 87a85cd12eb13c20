package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.store.StoreValidator;

class GrantMappingTest {

    private static final Graph G = new DocumentPipeline()
            .process(Path.of("src/test/resources/gold/grants/vraag-jeugdwerk-projecten.txt"), "gold/vraag-jeugdwerk-projecten.txt")
            .graph();

    private static boolean ask(Graph g, String where) {
        String q = "PREFIX pg: <https://w3id.org/policygraph/def#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> ASK { " + where + " }";
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(g)).query(q).build()) {
            return qe.execAsk();
        }
    }

    @Test
    void aGrantLinksTheFigureReadForItsAmountAndTheRecipientsResource() {
        assertTrue(ask(G, """
                ?g a pg:Grant ; pg:recipientName "vzw De Brug" ; pg:amount ?f ; pg:grantYear "2023"^^xsd:gYear ;
                   pg:recipient ?org ; pg:hasSpan ?sentence .
                ?f a pg:Figure ; pg:quote "14.700 euro" ; pg:value 14700.0 ; pg:statedIn "answer" .
                ?org a pg:Organisation ; rdfs:label "vzw De Brug" .
                ?sentence nif:anchorOf ?text .
                FILTER(STRSTARTS(?text, "In 2023 ontving vzw De Brug 14.700 euro subsidie"))
                FILTER NOT EXISTS { ?g pg:planned ?p }
                """));
        assertTrue(ask(G, """
                ?g a pg:Grant ; pg:recipientName "stad Gent" ; pg:recipient <https://w3id.org/policygraph/id/municipality/gent> .
                <https://w3id.org/policygraph/id/municipality/gent> a pg:Municipality .
                """));
        assertTrue(ask(G, "?g a pg:Grant ; pg:recipientName \"Vzw Kleurrijk\" ; pg:planned true ."));
    }

    @Test
    void theMembersClaimInTheQuestionIsNoGrant() {
        // "Volgens de pers ontving vzw De Brug vorig jaar 12.000 euro": the question's figure, not a grant
        assertTrue(ask(G, "?f a pg:Figure ; pg:quote \"12.000 euro\" ; pg:statedIn \"question\" ."));
        assertFalse(ask(G, "?g a pg:Grant ; pg:amount ?f . ?f pg:statedIn \"question\" ."));
        assertEquals(6, count(G, PG.Grant));
    }

    @Test
    void grantsConformToTheirShapeAndAGrantWithoutAmountDoesNot() {
        ValidationReport report = ShaclValidator.get().validate(StoreValidator.shapes(), G);
        assertTrue(report.conforms(), () -> report.getEntries().toString());
        Graph broken = GraphFactory.createDefaultGraph();
        G.find().forEachRemaining(broken::add);
        List<Triple> amounts = broken.find(Node.ANY, PG.amount, Node.ANY).toList();
        assertFalse(amounts.isEmpty());
        broken.delete(amounts.get(0));
        assertFalse(ShaclValidator.get().validate(StoreValidator.shapes(), broken).conforms());
    }

    private static int count(Graph g, Node type) {
        return g.find(Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, type).toList().size();
    }
}
