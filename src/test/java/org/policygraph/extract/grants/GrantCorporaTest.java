package org.policygraph.extract.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.testing.Corpora;

/**
 * Grants on the shared seeds and text samples (skipped when they are absent). Read by hand, their
 * answers state no amount given to one named organisation that the reader can find: seed 003 names
 * "14.700 euro uitgekeerd als subsidie aan de lokale besturen" in the question (a member's claim, and
 * for a group), seed 004's subsidy to VIVO vzw stands in a decision's title with the amount a clause
 * away (a known miss). Whatever is found must come from an answer and name its recipient in its sentence.
 */
class GrantCorporaTest {

    private final DocumentPipeline pipeline = new DocumentPipeline();

    @Test
    void seedsAndTextSamplesYieldOnlyGrantsStatedInAnswers() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Corpora.seeds())) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        try (Stream<Path> s = Files.walk(Corpora.samples())) {
            s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("README.md")).sorted().forEach(files::add);
        }
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            MappedDocument mapped = pipeline.process(file, file.getFileName().toString());
            String q = "PREFIX pg: <https://w3id.org/policygraph/def#> SELECT ?name ?quote ?side WHERE { "
                    + "?g a pg:Grant ; pg:recipientName ?name ; pg:amount ?f . ?f pg:quote ?quote . OPTIONAL { ?f pg:statedIn ?side } }";
            try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(mapped.graph())).query(q).build()) {
                qe.execSelect().forEachRemaining(row -> {
                    assertTrue(!row.contains("side") || row.getLiteral("side").getString().equals("answer"), row.toString());
                    found.add(file.getFileName() + ": " + row.getLiteral("name").getString() + " " + row.getLiteral("quote").getString());
                });
            }
        }
        assertTrue(files.size() >= 5, "seeds and samples: " + files);
        assertEquals(List.of(), found);
    }
}
