package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.testing.Corpora;

/** Every span's quote is exactly the normalised text at its offsets, on every example and seed. */
class SpanIntegrityTest {

    private static final String PREFIXES = "PREFIX pg: <https://w3id.org/policygraph/def#> "
            + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> ";

    private static long count(Graph g, String where) {
        String q = PREFIXES + "SELECT (COUNT(*) AS ?n) { " + where + " }";
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(g)).query(q).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static List<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Corpora.examples())) {
            s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith("README.md")).forEach(files::add);
        }
        Path seeds = Corpora.shared().resolve("seeds");
        if (Files.isDirectory(seeds))
            try (Stream<Path> s = Files.list(seeds)) {
                s.forEach(files::add);
            }
        return files;
    }

    @Test
    void offsetsCountCharactersBeyondTheBasicPlane(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("emoji.txt");
        Files.writeString(file, "SCHRIFTELIJKE VRAAG\n\nnr. 5\nvan AN JANSSENS\ndatum: 2 januari 2024\n\n"
                + "Titel \uD83D\uDE00 met emoji\n\nIntro \uD83D\uDE00\uD83D\uDE00 tekst.\n\n1. Vraag over Plan Samenleven?");
        Graph g = new DocumentPipeline().process(file, "emoji.txt").graph();
        assertEquals(0, count(g, """
                ?s a pg:TextSpan ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?quote ; nif:referenceContext ?src .
                ?src nif:isString ?text .
                FILTER (SUBSTR(?text, ?b + 1, ?e - ?b) != ?quote)"""));
        assertEquals(1, count(g, "?s nif:anchorOf \"Plan Samenleven\""));
    }

    @Test
    void quotesMatchOffsetsAndEveryPartHasItsSpan() throws IOException {
        for (Path file : documents()) {
            Graph g = new DocumentPipeline().process(file, file.getFileName().toString()).graph();
            assertTrue(count(g, "?s a pg:TextSpan") > 0, file.toString());
            assertEquals(0, count(g, """
                    ?s a pg:TextSpan ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?quote ; nif:referenceContext ?src .
                    ?src nif:isString ?text .
                    FILTER (SUBSTR(?text, ?b + 1, ?e - ?b) != ?quote)"""), file + ": a quote differs from its offsets");
            assertEquals(0, count(g, "{ ?p a pg:SubQuestion } UNION { ?p a pg:AnswerPart } FILTER NOT EXISTS { ?p pg:hasSpan ?s }"),
                    file + ": a part without span");
        }
    }
}
