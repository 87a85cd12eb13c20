package org.policygraph.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.rdf.QueryPrefixes;

/**
 * Precision and recall of the analyses against gold written by reading our own example documents
 * (issue 19 point 6). One folder per analysis below {@code src/test/resources/gold/}:
 * <ul>
 * <li>the documents ({@code *.txt}), written for the purpose;</li>
 * <li>{@code gold.tsv}: {@code file TAB class TAB quote [TAB occurrence]}, one line per item a
 * careful reader finds: the quote is an exact passage of the document's normalised text (its
 * {@code occurrence}-th, default the first), the class the analysis's own name for it;</li>
 * <li>{@code found.rq}: a SELECT over one document's graph giving {@code ?class ?begin ?end} for
 * every item the analysis produced;</li>
 * <li>{@code minimum.properties}: {@code CLASS.precision} and {@code CLASS.recall}, the floor below
 * which the test fails ({@code *.precision} for every class).</li>
 * </ul>
 * A found item matches a gold item of the same class when their spans overlap; each gold item is
 * matched at most once. The figures are printed and written to {@code target/gold/FOLDER.md}.
 */
class GoldStandardTest {

    private static final DocumentPipeline PIPELINE = new DocumentPipeline();

    @TestFactory
    Stream<DynamicTest> everyAnalysisMeetsItsFloor() {
        return folders().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> score(folder)));
    }

    private static void score(Path folder) throws IOException {
        List<GoldItem> gold = GoldItem.read(folder.resolve("gold.tsv"));
        Query query = QueryPrefixes.parse(Files.readString(folder.resolve("found.rq")));
        Map<String, Tally> tallies = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<Path> documents;
        try (Stream<Path> s = Files.list(folder)) {
            documents = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(!documents.isEmpty(), "no documents in " + folder);
        for (Path document : documents) {
            String file = document.getFileName().toString();
            MappedDocument mapped = PIPELINE.process(document, file);
            String text = mapped.source().text();
            List<Located> expected = new ArrayList<>();
            for (GoldItem item : gold) {
                if (item.file().equals(file))
                    expected.add(new Located(item.cls(), item.locate(text), item.quote()));
            }
            List<Located> found = found(mapped, query, text);
            boolean[] used = new boolean[expected.size()];
            for (Located f : found) {
                Tally t = tallies.computeIfAbsent(f.cls(), c -> new Tally());
                int hit = -1;
                for (int i = 0; i < expected.size() && hit < 0; i++) {
                    if (!used[i] && expected.get(i).cls().equals(f.cls()) && expected.get(i).overlaps(f))
                        hit = i;
                }
                if (hit >= 0) {
                    used[hit] = true;
                    t.truePositives++;
                } else {
                    t.falsePositives++;
                    misses.add("extra  " + f.cls() + " in " + file + ": \"" + f.quote() + "\"");
                }
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!used[i]) {
                    tallies.computeIfAbsent(expected.get(i).cls(), c -> new Tally()).falseNegatives++;
                    misses.add("missed " + expected.get(i).cls() + " in " + file + ": \"" + expected.get(i).quote() + "\"");
                }
            }
        }
        Properties minimum = new Properties();
        try (var in = Files.newBufferedReader(folder.resolve("minimum.properties"), StandardCharsets.UTF_8)) {
            minimum.load(in);
        }
        String report = report(folder.getFileName().toString(), documents.size(), tallies, misses);
        System.out.println(report);
        Path out = Path.of("target", "gold", folder.getFileName() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        List<String> below = new ArrayList<>();
        tallies.forEach((cls, t) -> {
            double p = Double.parseDouble(minimum.getProperty(cls + ".precision", minimum.getProperty("*.precision", "1")));
            double r = Double.parseDouble(minimum.getProperty(cls + ".recall", minimum.getProperty("*.recall", "0")));
            if (t.precision() < p)
                below.add(cls + " precision " + t.precision() + " < " + p);
            if (t.recall() < r)
                below.add(cls + " recall " + t.recall() + " < " + r);
        });
        if (!below.isEmpty())
            fail(folder.getFileName() + ": " + below + "\n" + report);
    }

    private static List<Located> found(MappedDocument mapped, Query query, String text) {
        Model model = ModelFactory.createModelForGraph(mapped.graph());
        List<Located> found = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(query, model)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                int begin = row.getLiteral("begin").getInt();
                int end = row.getLiteral("end").getInt();
                found.add(new Located(row.get("class").toString(), new int[] {begin, end},
                        text.substring(Math.max(0, begin), Math.min(text.length(), end))));
            }
        }
        return found;
    }

    private static String report(String name, int documents, Map<String, Tally> tallies, List<String> misses) {
        StringBuilder b = new StringBuilder("## " + name + " (" + documents + " documents)\n\n");
        b.append("| class | gold | found | correct | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
        tallies.forEach((cls, t) -> b.append(String.format("| %s | %d | %d | %d | %.2f | %.2f |%n", cls,
                t.truePositives + t.falseNegatives, t.truePositives + t.falsePositives, t.truePositives,
                t.precision(), t.recall())));
        if (!misses.isEmpty()) {
            b.append("\n");
            misses.forEach(m -> b.append("- ").append(m).append('\n'));
        }
        return b.toString();
    }

    private static Stream<Path> folders() {
        try {
            Path root = Path.of(GoldStandardTest.class.getResource("/gold").toURI());
            return Files.list(root).filter(p -> Files.isRegularFile(p.resolve("gold.tsv"))).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Located(String cls, int[] span, String quote) {
        boolean overlaps(Located other) {
            return span[0] < other.span[1] && other.span[0] < span[1];
        }
    }

    private static final class Tally {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        double precision() {
            int found = truePositives + falsePositives;
            return found == 0 ? 1.0 : (double) truePositives / found;
        }

        double recall() {
            int gold = truePositives + falseNegatives;
            return gold == 0 ? 1.0 : (double) truePositives / gold;
        }
    }
}
