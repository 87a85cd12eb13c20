package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.store.StoreValidator;

/** Commitments in RDF: what a query can ask of them, and the shapes they keep to. */
class CommitmentMappingTest {

    private static final Path GOLD = Path.of("src/test/resources/gold/commitments");

    private static Graph map(String file) {
        return new DocumentPipeline().process(GOLD.resolve(file), file).graph();
    }

    private static boolean ask(Graph g, String where) {
        String q = QueryPrefixes.parse("ASK { " + where + " }").toString();
        try (QueryExecution qe = QueryExecution.create(q, ModelFactory.createModelForGraph(g))) {
            return qe.execAsk();
        }
    }

    @Test
    void aCommitmentNamesTheMinisterTheBodyThePromiseAndTheDeadline() {
        Graph g = map("vraag-opleidingscheques.txt");
        assertTrue(ask(g, """
                ?q pg:questionNumber "377" ; pg:hasAnswer ?a .
                ?a pg:hasAnswerPart ?part . ?part pg:label "2" .
                ?c a pg:Commitment ; pg:madeIn ?part ; pg:committedBy [ foaf:name "Koen Vermeulen" ] ;
                   pg:actingBody "De VDAB" ; pg:actingBodySpan [ nif:anchorOf "De VDAB" ] ;
                   pg:deadlineQuote "tegen de zomer" ; pg:deadlineBy "2025-06-21"^^xsd:date ;
                   pg:deadlineSpan [ nif:anchorOf "tegen de zomer" ] ;
                   pg:promise ?promise ; pg:promiseSpan [ nif:anchorOf ?promise ] ;
                   pg:quote ?quote ; pg:hasSpan [ nif:anchorOf ?quote ] .
                FILTER NOT EXISTS { ?c pg:deadlineFrom ?from }
                """));
        assertFalse(ask(g, "?c a pg:Commitment ; pg:quote ?q . FILTER (CONTAINS(?q, \"Indien\"))"),
                "a conditional promise is no commitment");
    }

    @Test
    void commitmentsConformToTheShapes() {
        for (String doc : new String[] {"vraag-opleidingscheques.txt", "vraag-fietspaden.txt", "vraag-kinderopvang.txt",
                "vraag-schoolgebouwen.txt", "vraag-wachtlijsten-jeugdhulp.txt"}) {
            ValidationReport report = ShaclValidator.get().validate(StoreValidator.shapes(), map(doc));
            if (!report.conforms())
                ShLib.printReport(report);
            assertTrue(report.conforms(), doc);
        }
    }

    @Test
    void aDeadlineThatEndsBeforeItStartsBreaksTheShape() {
        Graph g = GraphFactory.createDefaultGraph();
        map("vraag-fietspaden.txt").find().forEach(g::add);
        var commitment = g.find(null, NodeFactory.createURI(PG.NS + "deadlineFrom"), null).next().getSubject();
        g.remove(commitment, CommitmentVocab.deadlineBy, null);
        assertTrue(ShaclValidator.get().validate(StoreValidator.shapes(), g).conforms());
        g.add(commitment, CommitmentVocab.deadlineBy, NodeFactory.createLiteralDT("2000-01-01",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        ValidationReport report = ShaclValidator.get().validate(StoreValidator.shapes(), g);
        assertFalse(report.conforms());
    }
}
