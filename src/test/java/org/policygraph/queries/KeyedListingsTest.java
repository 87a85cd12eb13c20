package org.policygraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;
import org.policygraph.testing.QueryRows;

/**
 * The listings that now start from a key (a word through the text index) give, for a key, the rows
 * their former form gave restricted to that key: the former text is kept in
 * {@code src/test/resources/org/policygraph/queries/whole/}, run with the same word or with the key
 * added as a filter. Over the examples (with the seeds when present) and over a generated corpus,
 * for the default key and others.
 */
@Tag("store")
class KeyedListingsTest {

    private static final Path WHOLE = Path.of("src/test/resources/org/policygraph/queries/whole");
    private static final int GENERATED = 300;

    @TempDir
    static Path tmp;
    private static PolicyGraphStore examples;
    private static PolicyGraphStore generated;

    @BeforeAll
    static void build() {
        List<Path> inputs = new ArrayList<>(List.of(Corpora.examples()));
        Path seeds = Corpora.shared().resolve("seeds");
        if (Files.isDirectory(seeds))
            inputs.add(seeds);
        examples = ingest(tmp.resolve("examples"), inputs);
        Path corpus = tmp.resolve("generated-corpus");
        new CorpusGenerator(42).write(corpus, GENERATED);
        generated = ingest(tmp.resolve("generated"), List.of(corpus));
    }

    private static PolicyGraphStore ingest(Path dir, List<Path> inputs) {
        PolicyGraphStore store = PolicyGraphStore.open(dir);
        IngestReport report = Ingester.builder(store).build().ingest(inputs);
        assertTrue(report.ok(), report.failures().toString());
        return store;
    }

    @AfterAll
    static void close() {
        examples.close();
        generated.close();
    }

    @ParameterizedTest
    @CsvSource({
            "euro-figures-about-topic-over-time.rq, genk",
            "euro-figures-about-topic-over-time.rq, subsidie",
            "euro-figures-about-topic-over-time.rq, fietspaden",
            "figures-about-topic.rq, vertraging",
            "figures-about-topic.rq, subsidie",
            "figures-about-topic.rq, leerlingen",
            "measure-values-in-series.rq, gewestwegen",
            "measure-values-in-series.rq, fietspaden",
            "measure-values-in-series.rq, kinderopvang",
            "question-series.rq, gewestwegen",
            "question-series.rq, fietspaden",
            "question-series.rq, bibliotheken",
            "question-series.rq, ''",
            "figures-per-province.rq, meldingen",
            "figures-per-province.rq, aandeel",
            "figures-per-province.rq, opvangplaatsen",
            "figures-per-province.rq, ''"
    })
    void rowsForAKeyAreTheFormerRowsOfThatKey(String file, String word) throws IOException {
        String query = Files.readString(Path.of("queries", file));
        String values = defaultValues(query);
        String keyed = query.replace(values, "VALUES ?word { \"" + word + "\" }");
        String former = formerFor(file, Files.readString(WHOLE.resolve(file)), word);
        boolean isDefault = values.contains("\"" + word + "\"");
        for (PolicyGraphStore store : List.of(examples, generated)) {
            String where = (store == examples ? "examples" : "generated") + ", " + file + " for " + word;
            List<String> expected = sorted(QueryRows.of(store.dataset(), former));
            List<String> actual = sorted(QueryRows.of(store.dataset(), keyed));
            assertEquals(expected, actual, where);
            if (isDefault && store == examples)
                assertFalse(actual.isEmpty(), "the default key finds rows in the examples: " + where);
            if (!isDefault && store == generated)
                assertFalse(actual.isEmpty(), "another key finds rows in the generated corpus: " + where);
        }
    }

    /** The query's own {@code VALUES ?word { "..." }} row. */
    private static String defaultValues(String query) {
        int at = query.indexOf("VALUES ?word { \"");
        assertTrue(at >= 0, "a VALUES row for ?word");
        return query.substring(at, query.indexOf('}', at) + 1);
    }

    /** The former text for one key: with its own word replaced, or with the key added as a filter. */
    private static String formerFor(String file, String former, String word) {
        String literal = "\"" + word + "\"";
        return switch (file) {
            case "question-series.rq" -> insertAfter(former, "      ?m pg:inSeries ?s .\n",
                    "      FILTER EXISTS { ?titled pg:inSeries ?s ; dcterms:title ?title . FILTER (CONTAINS(LCASE(?title), "
                            + literal + ")) }\n");
            case "figures-per-province.rq" -> insertAfter(former, "  GRAPH ?doc {\n",
                    "    FILTER EXISTS { ?f pg:measure ?measure . FILTER (CONTAINS(LCASE(?measure), " + literal + ")) }\n");
            default -> former.replace(defaultValues(former), "VALUES ?word { " + literal + " }");
        };
    }

    private static String insertAfter(String text, String anchor, String insert) {
        int at = text.indexOf(anchor);
        assertTrue(at >= 0, "the former text has " + anchor);
        return text.substring(0, at + anchor.length()) + insert + text.substring(at + anchor.length());
    }

    private static List<String> sorted(List<String> rows) {
        List<String> out = new ArrayList<>(rows);
        out.sort(null);
        return out;
    }
}
