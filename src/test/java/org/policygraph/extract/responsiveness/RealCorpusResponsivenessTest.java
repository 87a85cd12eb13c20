package org.policygraph.extract.responsiveness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.policygraph.diagnostic.Diagnostic;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.rdf.QueryPrefixes;
import org.policygraph.testing.Corpora;

/**
 * The classifier over the real seeds and samples (skipped when they are absent): every class it
 * gives stands on a sub-question of the document with evidence inside the answer, every sub-question
 * left out is named by a diagnostic, and the counts and evidence are printed for a reader to check
 * by eye ({@code target/gold/responsiveness-real.md}).
 */
class RealCorpusResponsivenessTest {

    private static final String CLASSES = """
            SELECT ?sq ?class ?quote ?answer WHERE {
              ?q pg:hasSubQuestion+ ?sq ; pg:hasAnswer ?a .
              ?sq pg:responsiveness ?c .
              BIND (STRAFTER(STR(?c), "#") AS ?class)
              OPTIONAL { ?sq pg:responsivenessEvidence/nif:anchorOf ?quote }
              OPTIONAL { ?sq pg:responsivenessEvidence/nif:beginIndex ?b . ?a pg:hasSpan ?as .
                         ?as nif:beginIndex ?ab ; nif:endIndex ?ae . BIND (?b >= ?ab && ?b < ?ae AS ?answer) }
            } ORDER BY ?sq
            """;

    private static final DocumentPipeline PIPELINE = new DocumentPipeline();

    @Test
    void realAnswersGetClassesWithEvidenceOrADiagnostic() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Corpora.seeds(), Corpora.samples()))
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("README.md")).sorted().forEach(files::add);
            }
        Map<String, Integer> counts = new TreeMap<>();
        StringBuilder report = new StringBuilder("## responsiveness over the real seeds and samples\n\n");
        for (Path file : files) {
            MappedDocument doc = PIPELINE.process(file, file.getFileName().toString());
            report.append("### ").append(file.getFileName()).append("\n\n");
            try (QueryExecution qe = QueryExecution.create(QueryPrefixes.parse(CLASSES),
                    ModelFactory.createModelForGraph(doc.graph()))) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    String cls = row.getLiteral("class").getString();
                    counts.merge(cls, 1, Integer::sum);
                    String sq = row.getResource("sq").getURI();
                    String quote = row.contains("quote") ? row.getLiteral("quote").getString().replaceAll("\\s+", " ") : "";
                    report.append("- ").append(sq.substring(sq.indexOf("/sub/") + 5)).append(" ").append(cls)
                            .append(quote.isEmpty() ? "" : ": \"" + quote + "\"").append('\n');
                    if (!quote.isEmpty())
                        assertTrue(row.getLiteral("answer").getBoolean(), sq + ": evidence outside the answer: " + quote);
                    else
                        assertEquals("NotAddressed", cls, sq + " has a class without evidence");
                }
            }
            for (Diagnostic d : doc.diagnostics())
                if (d.code() == DiagnosticCode.RESPONSIVENESS_UNCERTAIN) {
                    counts.merge("(uncertain)", 1, Integer::sum);
                    report.append("- ").append(d.message()).append('\n');
                }
            report.append('\n');
        }
        report.append("counts: ").append(counts).append('\n');
        System.out.println(report);
        Path out = Path.of("target", "gold", "responsiveness-real.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertTrue(counts.getOrDefault("PointedElsewhere", 0) >= 7, "the 'Zie vraag 1' parts of the stage question: " + counts);
    }
}
