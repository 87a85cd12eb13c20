package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.Test;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.store.StoreValidator;
import org.policygraph.testing.Corpora;

class DocumentMapperTest {

    private final DocumentPipeline pipeline = new DocumentPipeline();

    private Graph map(String relative) {
        return pipeline.process(Corpora.example(relative), relative).graph();
    }

    private static boolean ask(Graph g, String where) {
        String q = "PREFIX pg: <https://w3id.org/policygraph/def#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX prov: <http://www.w3.org/ns/prov#> "
                + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> ASK { " + where + " }";
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(g)).query(q).build()) {
            return qe.execAsk();
        }
    }

    @Test
    void writtenQuestionFollowsTheContractVocabulary() {
        Graph g = map("vragen/sv-0312-fietspaden.txt");
        assertTrue(ask(g, """
                ?q a pg:WrittenQuestion ; pg:questionNumber "312" ; dcterms:date "2024-02-14"^^xsd:date ;
                   dcterms:title "Fietsinfrastructuur - Onderhoud van fietspaden langs gewestwegen" ;
                   pg:askedBy [ a foaf:Person ; foaf:name "Jana Peeters" ] ;
                   pg:addressedTo ?m ; pg:addresseeTitle "Vlaams minister van Mobiliteit en Openbare Werken" ;
                   pg:hasAnswer ?a ; prov:wasDerivedFrom ?src .
                ?m a foaf:Person ; foaf:name "Tom Verhaegen" .
                ?a a pg:Answer ; pg:answers ?q ; pg:answeredBy ?m ; pg:text ?answerText ; pg:hasSpan ?span .
                ?span nif:beginIndex ?start ; nif:endIndex ?end ; nif:referenceContext ?src ; nif:anchorOf ?answerText .
                ?src a pg:SourceDocument ; nif:isString ?text ; pg:sha256 ?sha ; pg:parserVersion ?v .
                FILTER (SUBSTR(?text, ?start + 1, ?end - ?start) = ?answerText)
                """));
    }

    @Test
    void everyExampleConformsToTheShapes() {
        for (String doc : List.of("vragen/sv-0312-fietspaden.txt", "vragen/sv-0088-leerlingenvervoer.md",
                "vragen/sv-0604-kusttram.txt", "vragen/sv-0045-bibliotheken.txt", "vragen/sv-0150-buurtsportvelden.txt",
                "adviezen/advies-zij-instroom-kinderopvang.txt")) {
            ValidationReport report = ShaclValidator.get().validate(StoreValidator.shapes(), map(doc));
            if (!report.conforms())
                ShLib.printReport(report);
            assertTrue(report.conforms(), doc);
        }
    }

    @Test
    void adviceIsAnAdviceNotAQuestion() {
        Graph g = map("adviezen/advies-zij-instroom-kinderopvang.txt");
        assertTrue(ask(g, "?d a pg:Advice ; prov:wasDerivedFrom [ pg:documentKind \"advice\" ] ; pg:hasSection ?s ; "
                + "pg:hasRecommendation ?r ; pg:advisesOn ?draft ; dcterms:references ?cited . ?cited a pg:Advice ; dcterms:date ?date"));
        assertTrue(!ask(g, "?q a pg:WrittenQuestion"));
    }

    @Test
    void otherDocumentBecomesAGenericDocument(@org.junit.jupiter.api.io.TempDir Path tmp) throws java.io.IOException {
        Path file = java.nio.file.Files.writeString(tmp.resolve("verslag.txt"),
                "Jaarverslag van het agentschap\n\nDit jaar werkten we samen met De Lijn aan www.delijn.be.");
        Graph g = pipeline.process(file, "verslag.txt").graph();
        assertTrue(ask(g, "?d a pg:Document ; dcterms:title \"Jaarverslag van het agentschap\" ; "
                + "prov:wasDerivedFrom [ pg:documentKind \"other\" ] ; pg:mentions ?org ; dcterms:references <http://www.delijn.be>"));
    }

    @Test
    void mappingIsDeterministic() {
        Path file = Corpora.example("vragen/sv-0088-leerlingenvervoer.md");
        MappedDocument a = pipeline.process(file, "x.md");
        MappedDocument b = new DocumentPipeline().process(file, "x.md");
        assertEquals(a.graph().size(), b.graph().size());
        assertTrue(a.graph().find().toList().stream().allMatch(b.graph()::contains));
    }

    @Test
    void noBlankNodes() {
        Graph g = map("vragen/sv-0312-fietspaden.txt");
        assertTrue(g.find().toList().stream().noneMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()));
        Node q = NodeFactory.createURI("https://w3id.org/policygraph/id/question/2024-02-14/312/tom-verhaegen");
        assertTrue(g.contains(q, Node.ANY, Node.ANY));
    }
}
