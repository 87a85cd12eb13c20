package org.policygraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;
import org.policygraph.testing.QueryRows;

/**
 * Listings that now start from a key in their VALUES row (a minister, a member, a year) give, for
 * that key, the rows the whole listing they replaced gives for it: the whole listings are kept in
 * {@code src/test/resources/org/policygraph/queries/whole/}. Run on our examples and a generated
 * corpus of a few hundred documents in one store, for the default key and keys of both.
 */
@Tag("store")
class ListingKeysTest {

    private static final Path WHOLE = Path.of("src/test/resources/org/policygraph/queries/whole");
    private static final int GENERATED = 300;

    @TempDir
    static Path tmp;
    private static PolicyGraphStore store;

    @BeforeAll
    static void build() {
        Path corpus = tmp.resolve("corpus");
        Corpora.copyTree(Corpora.examples(), corpus.resolve("examples"));
        new CorpusGenerator(5).write(corpus.resolve("generated"), GENERATED);
        store = PolicyGraphStore.open(tmp.resolve("store"));
        IngestReport report = Ingester.builder(store).build().ingest(List.of(corpus));
        assertTrue(report.ok(), report.failures().toString());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> whole(String file, String from, String to) {
        try {
            String text = Files.readString(WHOLE.resolve(file));
            assertTrue(text.contains(from), file + " has no " + from);
            return QueryRows.of(store.dataset(), text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The keyed form's rows, for the VALUES row {@code values} in place of {@code defaults}, are the
     * whole listing's rows that {@code keeps} (given a row's cells), in the same order up to ties.
     */
    private static void sameRows(String file, String defaults, String values, List<String> whole, Predicate<String[]> keeps,
            boolean found) {
        List<String> keyed = QueryRows.ofFileWith(store.dataset(), file, defaults, values);
        List<String> expected = whole.stream().filter(r -> keeps.test(r.split(" \\| "))).toList();
        assertEquals(expected.stream().sorted().toList(), keyed.stream().sorted().toList(), file + " for " + values);
        if (found)
            assertFalse(keyed.isEmpty(), file + " for " + values + " found nothing: the comparison says little");
    }

    private static boolean year(String date, int year) {
        return date.startsWith(year + "-");
    }

    /** A name and a year (null: UNDEF) as a VALUES row. */
    private record NameAndYear(String name, Integer year) {
        String values() {
            return "(\"" + name + "\" " + (year == null ? "UNDEF" : year) + ")";
        }

        boolean keeps(String[] row, int nameColumn, int dateColumn) {
            return row[nameColumn].equals(name) && (year == null || ListingKeysTest.year(row[dateColumn], year));
        }
    }

    /**
     * For a listing keyed by {@code VALUES (?name ?year) { ("..." 2024) }}: each key's rows are the
     * whole listing's rows with that name in {@code nameColumn} and a date of that year in
     * {@code dateColumn}; both UNDEF give the whole listing's rows that have a name.
     */
    private static void sameRowsPerNameAndYear(String file, NameAndYear defaults, int nameColumn, int dateColumn,
            List<NameAndYear> keys) {
        List<String> whole = whole(file, "", "");
        for (NameAndYear key : keys)
            sameRows(file, defaults.values(), key.values(), whole, r -> key.keeps(r, nameColumn, dateColumn), true);
        sameRows(file, defaults.values(), "(UNDEF UNDEF)", whole, r -> !r[nameColumn].equals("-"), true);
    }

    @Test
    void subQuestionsOfOneMinisterAndYear() {
        NameAndYear defaults = new NameAndYear("Tom Verhaegen", 2024);
        sameRowsPerNameAndYear("sub-questions-by-responsiveness.rq", defaults, 3, 2, List.of(defaults,
                new NameAndYear("Tom Verhaegen", 2019), new NameAndYear("Annelies Van Damme", null),
                new NameAndYear("Ben Weyts", 2015), new NameAndYear("Lydia Peeters", null)));
        sameRows("sub-questions-by-responsiveness.rq", defaults.values(), "(\"Nobody Known\" UNDEF)",
                whole("sub-questions-by-responsiveness.rq", "", ""), r -> false, false);
    }

    @Test
    void commitmentsOfOneYear() {
        String file = "commitments-past-deadline.rq";
        String defaults = "(2024 UNDEF UNDEF)";
        List<String> whole = whole(file, "VALUES ?asOf { UNDEF }", "VALUES ?asOf { \"2025-07-01\"^^xsd:date }");
        String asOf = "\"2025-07-01\"^^xsd:date";
        sameRows(file, defaults, "(2024 UNDEF " + asOf + ")", whole, r -> year(r[0], 2024), true);
        sameRows(file, defaults, "(2019 UNDEF " + asOf + ")", whole, r -> year(r[0], 2019), true);
        sameRows(file, defaults, "(2019 \"Ben Weyts\" " + asOf + ")", whole, r -> year(r[0], 2019) && r[1].equals("Ben Weyts"), true);
        sameRows(file, defaults, "(UNDEF \"Lydia Peeters\" " + asOf + ")", whole, r -> r[1].equals("Lydia Peeters"), true);
        sameRows(file, defaults, "(UNDEF UNDEF " + asOf + ")", whole, r -> true, true);
    }

    /**
     * For a listing keyed by one value in {@code VALUES ?x { "..." }}: each key's rows are the whole
     * listing's rows with that value in {@code column}, and UNDEF gives the whole listing.
     */
    private static void sameRowsPerValue(String file, String defaultValue, int column, List<String> keys) {
        String defaults = "{ \"" + defaultValue + "\" }";
        List<String> whole = whole(file, "", "");
        for (String key : keys)
            sameRows(file, defaults, "{ \"" + key + "\" }", whole, r -> r[column].equals(key), true);
        sameRows(file, defaults, "{ UNDEF }", whole, r -> true, true);
    }

    @Test
    void questionsOfOneMember() {
        sameRowsPerValue("member-questions-with-wikidata.rq", "Jana Peeters", 0,
                List.of("Jana Peeters", "Greet Wouters", "Pieter De Smedt-Van Aken"));
    }

    @Test
    void questionsToOneMinister() {
        sameRowsPerValue("questions-to-minister.rq", "Tom Verhaegen", 0,
                List.of("Tom Verhaegen", "Annelies Van Damme", "Ben Weyts", "Hilde Crevits"));
    }

    @Test
    void answerOfOneQuestionNumber() {
        // a number of the generated corpus too (its files are sv-NNNNNN.txt)
        String generated = whole("answer-in-source.rq", "", "").stream().filter(r -> r.matches("sv-\\d{6}\\.txt \\|.*"))
                .findFirst().orElseThrow().split(" \\| ")[1];
        sameRowsPerValue("answer-in-source.rq", "312", 1, List.of("312", "87", "604", generated));
    }

    @Test
    void advicesOfOneCouncilAndYear() {
        String file = "advices-and-recommendations.rq";
        // a council and year of the generated corpus: the last dated advice's
        String[] last = whole(file, "", "").stream().map(r -> r.split(" \\| "))
                .filter(r -> !r[0].equals("-") && !r[1].equals("-")).reduce((a, b) -> b).orElseThrow();
        NameAndYear defaults = new NameAndYear("Raad Secundair Onderwijs", 2024);
        sameRowsPerNameAndYear(file, defaults, 0, 1, List.of(defaults, new NameAndYear("Raad Basisonderwijs", null),
                new NameAndYear(last[0], Integer.parseInt(last[1].substring(0, 4)))));
    }
}
