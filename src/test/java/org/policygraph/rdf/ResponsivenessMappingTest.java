package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.store.StoreValidator;

/**
 * The class of each sub-question on its {@code pg:SubQuestion}, the evidence as a NIF span into the
 * source text, nothing for a sub-question left uncertain, and the shapes satisfied.
 */
class ResponsivenessMappingTest {

    private static final DocumentPipeline PIPELINE = new DocumentPipeline();
    private static final String Q12 = PG.ID + "question/2025-03-04/12/koen-vermeulen/sub/";

    private static MappedDocument map(String name) {
        return PIPELINE.process(Path.of("src/test/resources/responsiveness/corpus", name), name);
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Triple> found = g.find(s, p, Node.ANY).toList();
        assertEquals(1, found.size(), s + " " + p + ": " + found);
        return found.get(0).getObject();
    }

    @Test
    void classAndEvidenceSpanOnTheSubQuestion() {
        MappedDocument doc = map("vraag-12-kerken.txt");
        Graph g = doc.graph();
        Node first = NodeFactory.createURI(Q12 + "1");
        assertEquals(ResponsivenessVocab.Answered, one(g, first, ResponsivenessVocab.responsiveness));
        Node span = one(g, first, ResponsivenessVocab.responsivenessEvidence);
        String quote = one(g, span, Nif.anchorOf).getLiteralLexicalForm();
        assertEquals("In 2024 werden 37 kerken gerestaureerd.", quote);
        int begin = Integer.parseInt(one(g, span, Nif.beginIndex).getLiteralLexicalForm());
        int end = Integer.parseInt(one(g, span, Nif.endIndex).getLiteralLexicalForm());
        assertEquals(quote, doc.source().text().substring(begin, end), "the span points at its quote");
        assertEquals(Iris.source("vraag-12-kerken.txt"), one(g, span, Nif.referenceContext));
        assertTrue(g.contains(span, org.apache.jena.vocabulary.RDF.Nodes.type, PG.TextSpan));

        Node second = NodeFactory.createURI(Q12 + "2");
        assertEquals(ResponsivenessVocab.PointedElsewhere, one(g, second, ResponsivenessVocab.responsiveness));
        Node third = NodeFactory.createURI(Q12 + "3");
        assertEquals(ResponsivenessVocab.NotAddressed, one(g, third, ResponsivenessVocab.responsiveness));
        assertFalse(g.contains(third, ResponsivenessVocab.responsivenessEvidence, Node.ANY), "nothing to show for a missing part");
        assertTrue(g.contains(NodeFactory.createURI(PG.ID + "question/2025-03-04/12/koen-vermeulen"), PG.hasSubQuestion, third));
    }

    @Test
    void anUncertainSubQuestionHasNoClassButADiagnostic() {
        MappedDocument doc = map("vraag-7-opvang.txt");
        Node second = NodeFactory.createURI(PG.ID + "question/2024-11-20/7/annelies-de-wachter/sub/2");
        assertTrue(doc.graph().contains(second, PG.label, Node.ANY), "the sub-question is mapped");
        assertFalse(doc.graph().contains(second, ResponsivenessVocab.responsiveness, Node.ANY));
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.RESPONSIVENESS_UNCERTAIN
                && d.message().startsWith("sub-question 2:")), doc.diagnostics().toString());
    }

    @Test
    void theShapesHold() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String name : List.of("vraag-12-kerken.txt", "vraag-48-orgels.txt", "vraag-7-opvang.txt"))
            map(name).graph().find().forEach(g::add);
        ValidationReport report = ShaclValidator.get().validate(StoreValidator.shapes(), g);
        assertTrue(report.conforms(), () -> report.getEntries().toString());
        // and they can fail: a second class on one sub-question is refused
        g.add(NodeFactory.createURI(Q12 + "1"), ResponsivenessVocab.responsiveness, ResponsivenessVocab.NotAddressed);
        assertFalse(ShaclValidator.get().validate(StoreValidator.shapes(), g).conforms());
    }
}
