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

    @Test
    void subQuestionsOfOneMinisterAndYear() {
        String file = "sub-questions-by-responsiveness.rq";
        String defaults = "(\"Tom Verhaegen\" 2024)";
        List<String> whole = whole(file, "", "");
        sameRows(file, defaults, defaults, whole, r -> r[3].equals("Tom Verhaegen") && year(r[2], 2024), true);
        sameRows(file, defaults, "(\"Tom Verhaegen\" 2019)", whole, r -> r[3].equals("Tom Verhaegen") && year(r[2], 2019), true);
        sameRows(file, defaults, "(\"Annelies Van Damme\" UNDEF)", whole, r -> r[3].equals("Annelies Van Damme"), true);
        sameRows(file, defaults, "(\"Ben Weyts\" 2015)", whole, r -> r[3].equals("Ben Weyts") && year(r[2], 2015), true);
        sameRows(file, defaults, "(\"Lydia Peeters\" UNDEF)", whole, r -> r[3].equals("Lydia Peeters"), true);
        sameRows(file, defaults, "(\"Nobody Known\" UNDEF)", whole, r -> false, false);
        // Without a key: every sub-question put to a named minister.
        sameRows(file, defaults, "(UNDEF UNDEF)", whole, r -> !r[3].equals("-"), true);
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

    @Test
    void questionsOfOneMember() {
        String file = "member-questions-with-wikidata.rq";
        String defaults = "{ \"Jana Peeters\" }";
        List<String> whole = whole(file, "", "");
        for (String member : List.of("Jana Peeters", "Greet Wouters", "Pieter De Smedt-Van Aken"))
            sameRows(file, defaults, "{ \"" + member + "\" }", whole, r -> r[0].equals(member), true);
        sameRows(file, defaults, "{ UNDEF }", whole, r -> true, true);
    }

    @Test
    void questionsToOneMinister() {
        String file = "questions-to-minister.rq";
        String defaults = "{ \"Tom Verhaegen\" }";
        List<String> whole = whole(file, "", "");
        for (String minister : List.of("Tom Verhaegen", "Annelies Van Damme", "Ben Weyts", "Hilde Crevits"))
            sameRows(file, defaults, "{ \"" + minister + "\" }", whole, r -> r[0].equals(minister), true);
        sameRows(file, defaults, "{ UNDEF }", whole, r -> true, true);
    }

    @Test
    void answerOfOneQuestionNumber() {
        String file = "answer-in-source.rq";
        String defaults = "{ \"312\" }";
        List<String> whole = whole(file, "", "");
        // a number of the generated corpus too (its files are sv-NNNNNN.txt)
        String generated = whole.stream().filter(r -> r.matches("sv-\\d{6}\\.txt \\|.*")).findFirst().orElseThrow().split(" \\| ")[1];
        for (String number : List.of("312", "87", "604", generated))
            sameRows(file, defaults, "{ \"" + number + "\" }", whole, r -> r[1].equals(number), true);
        sameRows(file, defaults, "{ UNDEF }", whole, r -> true, true);
    }

    @Test
    void advicesOfOneCouncilAndYear() {
        String file = "advices-and-recommendations.rq";
        String defaults = "(\"Raad Secundair Onderwijs\" 2024)";
        List<String> whole = whole(file, "", "");
        sameRows(file, defaults, defaults, whole, r -> r[0].equals("Raad Secundair Onderwijs") && year(r[1], 2024), true);
        sameRows(file, defaults, "(\"Raad Basisonderwijs\" UNDEF)", whole, r -> r[0].equals("Raad Basisonderwijs"), true);
        // a council and year of the generated corpus: the last dated advice's
        String[] last = whole.stream().map(r -> r.split(" \\| ")).filter(r -> !r[0].equals("-") && !r[1].equals("-"))
                .reduce((a, b) -> b).orElseThrow();
        int lastYear = Integer.parseInt(last[1].substring(0, 4));
        sameRows(file, defaults, "(\"" + last[0] + "\" " + lastYear + ")", whole,
                r -> r[0].equals(last[0]) && year(r[1], lastYear), true);
        sameRows(file, defaults, "(UNDEF UNDEF)", whole, r -> !r[0].equals("-"), true);
    }
}
