package org.policygraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.bench.CorpusGenerator.ExpectedAdvice;
import org.policygraph.bench.CorpusGenerator.ExpectedPart;
import org.policygraph.bench.CorpusGenerator.ExpectedQuestion;
import org.policygraph.bench.CorpusGenerator.Generated;
import org.policygraph.bench.CorpusGenerator.Variant;
import org.policygraph.model.Advice;
import org.policygraph.model.AnswerPart;
import org.policygraph.model.ParsedDocument;
import org.policygraph.model.Pointer;
import org.policygraph.model.SubQuestion;
import org.policygraph.model.WrittenQuestion;
import org.policygraph.parse.DocumentParser;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.text.DocumentReader;

/**
 * The generator writes what it means to: the pipeline reads each generated document into the intended structure.
 * Tagged slow: it parses hundreds of generated documents, so the fast tier leaves it out.
 */
@Tag("slow")
class CorpusGeneratorTest {

    private static final int N = 600;

    @TempDir
    Path tmp;

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() {
        CorpusGenerator a = new CorpusGenerator(7);
        CorpusGenerator b = new CorpusGenerator(7);
        for (int i = 0; i < 50; i++)
            assertArrayEquals(a.generate(i).bytes(), b.generate(i).bytes(), "document " + i);
        assertFalse(java.util.Arrays.equals(a.generate(3).bytes(), new CorpusGenerator(8).generate(3).bytes()));
    }

    @Test
    void everyGeneratedDocumentParsesIntoItsIntendedStructure() throws Exception {
        CorpusGenerator gen = new CorpusGenerator(42);
        DocumentParser parser = new DocumentParser();
        Set<Variant> variants = EnumSet.noneOf(Variant.class);
        int advices = 0, tables = 0, references = 0, pointers = 0, ranges = 0, nested = 0, cp1252 = 0, cited = 0;
        for (int i = 0; i < N; i++) {
            Generated g = gen.generate(i);
            Path file = tmp.resolve(g.path());
            Files.createDirectories(file.getParent());
            Files.write(file, g.bytes());
            var source = DocumentReader.read(file, g.path());
            if (!source.encoding().equalsIgnoreCase("UTF-8"))
                cp1252++;
            ParsedDocument parsed = parser.parse(source);
            String where = g.path() + ":\n" + source.text();
            if (g.expected() instanceof ExpectedQuestion e) {
                variants.add(e.variant());
                WrittenQuestion q = assertInstanceOf(WrittenQuestion.class, parsed, where);
                assertEquals(e.number(), q.number().text(), where);
                assertEquals(e.date(), q.date(), where);
                assertEquals(e.asker(), q.askedBy().orElseThrow().name(), where);
                assertEquals(e.addressee(), q.addressedTo().map(p -> p.name()).orElse(null), where);
                assertEquals(e.subQuestionLabels(), subQuestionPaths(q.subQuestions(), List.of()), where);
                assertEquals(render(e.parts()), render(q.answer().orElseThrow().parts(), List.of()), where);
                tables += e.table() ? 1 : 0;
                references += e.referencedNumber() != null ? 1 : 0;
                pointers += (int) e.parts().stream().filter(p -> p.pointsTo() != null).count();
                ranges += (int) e.parts().stream().filter(p -> p.respondsTo().size() > 1).count();
                nested += (int) e.subQuestionLabels().stream().filter(l -> l.size() == 3).count();
            } else {
                ExpectedAdvice e = (ExpectedAdvice) g.expected();
                Advice a = assertInstanceOf(Advice.class, parsed, where);
                advices++;
                cited += e.citations();
                assertEquals(e.sections(), a.sections().size(), where);
                assertEquals(e.recommendations(), a.recommendations().size(), where);
                assertEquals(e.citations(), a.citations().size(), where);
                assertEquals(e.title(), a.title().map(t -> t.text()).orElse(null), where);
                assertEquals(e.date(), a.date().orElse(null), where);
            }
        }
        assertEquals(EnumSet.allOf(Variant.class), variants);
        assertTrue(advices > 20 && cited > 10 && tables > 20 && references > 200 && pointers > 20 && ranges > 50
                && nested > 10 && cp1252 >= 5, String.format("advices=%d cited=%d tables=%d references=%d pointers=%d "
                + "ranges=%d nested=%d cp1252=%d", advices, cited, tables, references, pointers, ranges, nested, cp1252));
    }

    @Test
    void generatedQuestionsCarryFiguresTablesAndReferencesIntoTheGraph() throws Exception {
        CorpusGenerator gen = new CorpusGenerator(42);
        DocumentPipeline pipeline = new DocumentPipeline();
        for (int i = 0; i < 200; i++) {
            Generated g = gen.generate(i);
            if (!(g.expected() instanceof ExpectedQuestion e) || !e.table() || e.referencedNumber() == null)
                continue;
            Path file = tmp.resolve(g.path());
            Files.createDirectories(file.getParent());
            Files.write(file, g.bytes());
            MappedDocument doc = pipeline.process(file, g.path());
            String ttl = org.apache.jena.riot.RDFWriter.source(doc.graph()).lang(org.apache.jena.riot.Lang.NTRIPLES).asString();
            assertTrue(ttl.contains("http://qudt.org/vocab/unit/PERCENT"), "a percentage figure");
            assertTrue(ttl.contains("http://purl.org/linked-data/cube#Observation"), "table rows as observations");
            assertTrue(ttl.contains("/question/") && ttl.contains("/" + e.referencedNumber() + "/"),
                    "the earlier question " + e.referencedNumber() + " is referenced");
            return;
        }
        throw new AssertionError("no generated question with a table and a reference in the first 200");
    }

    /** The issue-19 queries time nothing on a corpus without what they read. */
    @Test
    void generatedAnswersCarryCommitmentsGrantsSeriesOrdinalsAndResponsiveness() throws Exception {
        CorpusGenerator gen = new CorpusGenerator(42);
        DocumentPipeline pipeline = new DocumentPipeline();
        Map<String, Integer> seen = new java.util.TreeMap<>();
        for (int i = 0; i < 200; i++) {
            Generated g = gen.generate(i);
            Path file = tmp.resolve(g.path());
            Files.createDirectories(file.getParent());
            Files.write(file, g.bytes());
            String nt = org.apache.jena.riot.RDFWriter.source(pipeline.process(file, g.path()).graph())
                    .lang(org.apache.jena.riot.Lang.NTRIPLES).asString();
            for (String feature : List.of("#Commitment>", "#deadlineBy>", "#Grant>", "#seriesOrdinal>", "#inSeries>",
                    "#PointedElsewhere>", "#Answered>"))
                if (nt.contains(feature))
                    seen.merge(feature, 1, Integer::sum);
        }
        assertEquals(7, seen.size(), seen.toString());
        assertTrue(seen.values().stream().allMatch(n -> n >= 10), seen.toString());
    }

    @Test
    void referencesToEarlierQuestionsNameGeneratedQuestions() throws Exception {
        CorpusGenerator gen = new CorpusGenerator(42);
        DocumentPipeline pipeline = new DocumentPipeline();
        org.apache.jena.graph.Node refersTo = org.apache.jena.graph.NodeFactory.createURI(
                "https://w3id.org/policygraph/def#refersTo");
        org.apache.jena.graph.Node hasAnswer = org.apache.jena.graph.NodeFactory.createURI(
                "https://w3id.org/policygraph/def#hasAnswer");
        Set<org.apache.jena.graph.Node> answered = new java.util.HashSet<>();
        List<org.apache.jena.graph.Node> referenced = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            Generated g = gen.generate(i);
            Path file = tmp.resolve(g.path());
            Files.createDirectories(file.getParent());
            Files.write(file, g.bytes());
            var graph = pipeline.process(file, g.path()).graph();
            graph.find(null, hasAnswer, null).forEachRemaining(t -> answered.add(t.getSubject()));
            graph.find(null, refersTo, null).forEachRemaining(t -> {
                if (t.getObject().getURI().contains("/question/"))
                    referenced.add(t.getObject());
            });
        }
        long inCorpus = referenced.stream().filter(answered::contains).count();
        // Only references from a question without a header (whose addressee nobody knows) may miss.
        assertTrue(referenced.size() > 200 && inCorpus >= 0.7 * referenced.size(),
                inCorpus + " of " + referenced.size() + " references name a generated question");
    }

    @Test
    void writeLaysOutFoldersAndReportsBytes() throws Exception {
        long bytes = new CorpusGenerator(1).write(tmp, 30);
        try (var files = Files.walk(tmp)) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            assertEquals(30, regular.size());
            assertEquals(bytes, regular.stream().mapToLong(p -> p.toFile().length()).sum());
            assertTrue(regular.stream().anyMatch(p -> p.toString().endsWith(".md")));
            assertTrue(new String(Files.readAllBytes(regular.get(0)), StandardCharsets.ISO_8859_1).length() > 200);
        }
    }

    private static List<List<String>> subQuestionPaths(List<SubQuestion> items, List<String> parent) {
        List<List<String>> out = new ArrayList<>();
        for (SubQuestion s : items) {
            List<String> path = new ArrayList<>(parent);
            path.add(s.label());
            out.add(path);
            out.addAll(subQuestionPaths(s.children(), path));
        }
        return out;
    }

    private static List<String> render(List<ExpectedPart> parts) {
        return parts.stream().map(p -> String.join("/", p.label()) + ">" + p.respondsTo().stream()
                .map(r -> String.join("", r)).collect(Collectors.joining(","))
                + (p.pointsTo() == null ? "" : "!" + p.pointsTo())).toList();
    }

    private static List<String> render(List<AnswerPart> parts, List<String> parent) {
        List<String> out = new ArrayList<>();
        for (AnswerPart p : parts) {
            List<String> path = new ArrayList<>(parent);
            path.add(p.label());
            out.add(String.join("/", path) + ">" + p.respondsTo().stream().map(r -> String.join("", r))
                    .collect(Collectors.joining(",")) + p.pointer().map(x -> x instanceof Pointer.ToSubQuestion s
                    ? "!" + String.join("", s.path()) : "!q").orElse(""));
            out.addAll(render(p.children(), path));
        }
        return out;
    }
}
