package org.policygraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;
import org.policygraph.testing.QueryRows;

/**
 * The commitment queries of the catalogue over the answers written for the commitments' gold
 * standard and one example answer whose document names no minister, in a store (the queries read
 * its summaries): which deadlines have passed on a given date, and the counts per minister.
 */
@Tag("store")
class CommitmentQueriesTest {

    private static final String AS_OF = "VALUES ?asOf { UNDEF }";
    /** The listing's VALUES row (year, minister, date); these tests ask for every year and minister. */
    private static final String YEAR_MINISTER_AS_OF = "(2024 UNDEF UNDEF)";
    @TempDir
    static Path tmp;
    private static PolicyGraphStore store;

    @BeforeAll
    static void build() throws IOException {
        // The queries read names from the summary graph, so the documents go into a store.
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus.resolve("gold"));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/gold/commitments"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList())
                Files.copy(f, corpus.resolve("gold").resolve(f.getFileName()));
        }
        // an answer whose document names no minister: "Een evaluatie is gepland in het najaar van 2024."
        Files.createDirectories(corpus.resolve("vragen"));
        Files.copy(Corpora.example("vragen/sv-0045-bibliotheken.txt"), corpus.resolve("vragen/sv-0045-bibliotheken.txt"));
        store = PolicyGraphStore.open(tmp.resolve("store"));
        IngestReport report = Ingester.builder(store).build().ingest(List.of(corpus));
        assertTrue(report.ok(), report.failures().toString());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> rows(String file, String asOf) throws IOException {
        String query = Files.readString(Path.of("queries", file));
        String date = asOf == null ? "UNDEF" : "\"" + asOf + "\"^^xsd:date";
        if (query.contains(YEAR_MINISTER_AS_OF))
            return QueryRows.of(store.dataset(), query.replace(YEAR_MINISTER_AS_OF, "(UNDEF UNDEF " + date + ")"));
        assertTrue(query.contains(AS_OF), file + " has no " + AS_OF);
        query = query.replace(AS_OF, "VALUES ?asOf { " + date + " }");
        return QueryRows.of(store.dataset(), query);
    }

    @Test
    void deadlinesPassedOnAGivenDayOldestFirst() throws IOException {
        List<String> rows = rows("commitments-past-deadline.rq", "2025-07-01").stream()
                .map(r -> r.substring(0, r.lastIndexOf(" | "))).toList();
        assertEquals(List.of(
                "2024-12-20 | - | - | 45 | 2024-01-09 | in het najaar van 2024",
                "2024-12-20 | Lydia Peeters | Het Departement Mobiliteit en Openbare Werken | 512 | 2024-10-07 | dit najaar",
                "2025-03-31 | Caroline Gennez | - | 96 | 2024-12-09 | in het eerste kwartaal van 2025",
                "2025-05-05 | Lydia Peeters | Het Agentschap Wegen en Verkeer | 512 | 2024-10-07 | binnen zes maanden",
                "2025-06-21 | Koen Vermeulen | De VDAB | 377 | 2025-02-12 | tegen de zomer"), rows);
    }

    @Test
    void aDeadlineOnTheDayItselfHasNotPassedAndUnresolvedOnesNeverDo() throws IOException {
        List<String> rows = rows("commitments-past-deadline.rq", "2024-12-20");
        assertEquals(List.of(), rows);
        rows = rows("commitments-past-deadline.rq", "2024-12-21");
        assertEquals(2, rows.size(), rows.toString());
        rows = rows("commitments-past-deadline.rq", "2024-01-01");
        assertEquals(List.of(), rows);
        List<String> later = rows("commitments-past-deadline.rq", "2030-01-01");
        assertEquals(12, later.size(), later.toString());
        assertTrue(later.stream().noneMatch(r -> r.contains("begin volgend jaar") || r.contains("eind dit jaar")), later.toString());
    }

    @Test
    void withoutADateTheDeadlinesThatPassedBeforeTodayAreListed() throws IOException {
        List<String> today = rows("commitments-past-deadline.rq", null);
        assertTrue(today.containsAll(rows("commitments-past-deadline.rq", "2025-07-01")), today.toString());
    }

    @Test
    void commitmentsPerMinister() throws IOException {
        assertEquals(List.of(
                "Caroline Gennez | 8 | 2 | 3 | 1 | 2024-12-09 | 2025-08-22",
                "Lydia Peeters | 6 | 2 | 3 | 2 | 2024-10-07 | 2024-10-07",
                "Ben Weyts | 4 | 0 | 2 | 0 | 2025-05-14 | 2025-05-14",
                "Koen Vermeulen | 4 | 2 | 3 | 1 | 2025-02-12 | 2025-02-12",
                "- | 1 | 0 | 1 | 1 | 2024-01-09 | 2024-01-09"), rows("commitments-per-minister.rq", "2025-07-01"));
    }
}
