package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.Test;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.store.StoreValidator;

/**
 * The place a figure is about and the figure it restates, as mapped from the extract stage's facts,
 * on a fixture answer: conforming to the shapes, and a restatement of another value caught by them.
 */
class FigureCountingMappingTest {

    private static final Path SPORTKAMPEN = Path.of("src/test/resources/counting/vragen/sv-0901-sportkampen.txt");

    private static Graph map() {
        return new DocumentPipeline().process(SPORTKAMPEN, "sv-0901-sportkampen.txt").graph();
    }

    private static boolean ask(Graph g, String where) {
        String q = "PREFIX pg: <https://w3id.org/policygraph/def#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ASK { "
                + where + " }";
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(g)).query(q).build()) {
            return qe.execAsk();
        }
    }

    @Test
    void aFigureIsAboutItsClausesPlaceAndARestatementPointsToTheFirst() {
        Graph g = map();
        assertTrue(ask(g, "?f pg:quote \"48 kampen\" ; pg:aboutPlace ?p . ?p a pg:Municipality ; rdfs:label \"Gent\""));
        assertTrue(ask(g, "?later pg:quote \"2,5 miljoen euro\" ; pg:statedIn \"answer\" ; pg:restates ?first . "
                + "?first pg:quote \"2,5 miljoen euro\" ; pg:statedIn \"answer\" . FILTER NOT EXISTS { ?first pg:restates ?x }"));
        assertFalse(ask(g, "?f pg:quote \"2,5 miljoen euro\" ; pg:statedIn \"question\" ; pg:restates ?x"),
                "the member's figure is the question's, not a restatement of the answer's");
        assertFalse(ask(g, "?f pg:quote \"2 kampen\" ; pg:restates ?x"), "a small count twice is two counts");
        assertFalse(ask(g, "?f pg:aboutPlace ?p ; pg:quote ?q FILTER (?q != \"48 kampen\" && ?q != \"51 kampen\")"));
    }

    @Test
    void theShapesAcceptItAndCatchARestatementOfAnotherValue() {
        Graph g = map();
        ValidationReport ok = ShaclValidator.get().validate(StoreValidator.shapes(), g);
        if (!ok.conforms())
            ShLib.printReport(ok);
        assertTrue(ok.conforms());
        Node restating = g.find(Node.ANY, PG.restates, Node.ANY).next().getSubject();
        Node other = g.find(Node.ANY, PG.quote, NodeFactory.createLiteralString("400.000 euro")).next().getSubject();
        g.find(restating, PG.restates, Node.ANY).toList().forEach(g::delete);
        g.add(Triple.create(restating, PG.restates, other));
        assertFalse(ShaclValidator.get().validate(StoreValidator.shapes(), g).conforms());
    }
}
