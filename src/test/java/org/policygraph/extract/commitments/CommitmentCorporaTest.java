package org.policygraph.extract.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.rdf.CommitmentVocab;
import org.policygraph.testing.Corpora;

/**
 * Commitments in the real documents beside the repository (skipped when they are absent): what is
 * found there, so that a change in what the rules take is seen. Read by hand: the seeds' answers
 * make one commitment-like statement that is read ("... welke aanpassingen zullen doorgevoerd
 * worden", a borderline case: consultation under way on adjustments that will be made) and one that
 * is not ("de tweede projectronde ..., die na de paasvakantie wordt gelanceerd": school holidays are
 * no periods the rules know); the Tweede Kamer answers make none.
 */
class CommitmentCorporaTest {

    private static List<String> statements(Path folder) throws IOException {
        DocumentPipeline pipeline = new DocumentPipeline();
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                MappedDocument m = pipeline.process(f, f.getFileName().toString());
                m.graph().find(null, org.policygraph.rdf.PG.quote, null).forEach(t -> {
                    if (m.graph().contains(t.getSubject(), org.apache.jena.vocabulary.RDF.Nodes.type, CommitmentVocab.Commitment))
                        out.add(f.getFileName().toString().substring(0, 3) + ": " + t.getObject().getLiteralLexicalForm().replaceAll("\\s+", " "));
                });
            }
        }
        return out;
    }

    @Test
    void theSeedsMakeOneCommitment() throws IOException {
        assertEquals(List.of("001: Momenteel wordt in overleg gegaan met de verschillende partners met betrekking tot welke"
                + " aanpassingen zullen doorgevoerd worden."), statements(Corpora.seeds()));
    }

    @Test
    void theTweedeKamerAnswersMakeNone() throws IOException {
        assertEquals(List.of(), statements(Corpora.samples().resolve("tweede-kamer")));
    }
}
