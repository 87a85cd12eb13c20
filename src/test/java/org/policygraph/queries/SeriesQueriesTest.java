package org.policygraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.StoreValidator;
import org.policygraph.testing.QueryRows;
import org.apache.jena.shacl.ValidationReport;

/**
 * The catalogue queries on series of questions, over the documents of the series gold
 * ({@code src/test/resources/gold/series}): "Kinderopvang - Plaatsen voor baby's en peuters" asked
 * of Sofie Claes three times (58, then 143 "(2)" following 58, then 301 "(3)" by another member
 * following 143) and once of her predecessor (12, a series of its own); "Zwemonderwijs -
 * Schoolzwemmen in het lager onderwijs" twice (77, then 266 "(2)" following 77, with a table of
 * "Aantal leerlingen"); two questions titled "Stand van zaken" to the same minister about different
 * things, which form no series; a shorter title to the same minister (415, a series of its own); a
 * title broken over two lines, "(2)", following up a question known by number and year (402).
 */
@Tag("store")
class SeriesQueriesTest {

    @TempDir
    static Path tmp;
    private static PolicyGraphStore store;

    @BeforeAll
    static void build() {
        store = PolicyGraphStore.open(tmp.resolve("store"));
        IngestReport report = Ingester.builder(store).build().ingest(List.of(Path.of("src/test/resources/gold/series")));
        assertTrue(report.ok(), report.failures().toString());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> rows(String file) {
        return QueryRows.ofFile(store.dataset(), file);
    }

    /**
     * The rows of {@code file} (a query starting from a word of the titles, {@code defaultWord} as
     * written) for the titles that hold {@code word}.
     */
    private static List<String> about(String file, String defaultWord, String word) {
        return QueryRows.ofFileWith(store.dataset(), file, "VALUES ?word { \"" + defaultWord + "\" }", "VALUES ?word { \"" + word + "\" }");
    }

    /** The rows of measure-values-in-series.rq for the series whose titles hold {@code word}. */
    private static List<String> seriesAbout(String word) {
        return about("measure-values-in-series.rq", "gewestwegen", word);
    }

    @Test
    void theSeriesTriplesMeetTheirShapes() {
        ValidationReport report = StoreValidator.validate(store);
        StringBuilder problems = new StringBuilder();
        report.getEntries().forEach(e -> problems.append(e.message()).append(" at ").append(e.focusNode()).append('\n'));
        assertTrue(report.conforms(), problems.toString());
    }

    private static final String KINDEROPVANG = "Kinderopvang - Plaatsen voor baby's en peuters";
    private static final String ZWEMMEN = "Zwemonderwijs - Schoolzwemmen in het lager onderwijs";
    private static final String NUM = "http://qudt.org/vocab/unit/NUM";

    @Test
    void seriesWithTheirQuestionsInOrder() throws IOException {
        // the predecessor's question (12) and "Kinderopvang - Plaatsen voor baby's" (415), each alone in
        // a series of its own, and the generic titles are not listed
        assertEquals(List.of(
                KINDEROPVANG + " | Sofie Claes | 2024-10-17 | 58 | - | Ruben Willems | ",
                KINDEROPVANG + " | Sofie Claes | 2025-03-12 | 143 | 2 | Ruben Willems | 58 (2024-10-17)",
                KINDEROPVANG + " | Sofie Claes | 2025-09-09 | 301 | 3 | Els Martens | 143 (2025-03-12)",
                // alone in the store, but following up a question known by number and year only
                "Openbaar vervoer - Belbussen in landelijke gemeenten | Tom De Meyer | 2025-10-08 | 402 | 2 | Lies Janssens | 58 (2024-2025)",
                ZWEMMEN + " | Hanne Verlinden | 2024-11-05 | 77 | - | Jonas De Winter | ",
                ZWEMMEN + " | Hanne Verlinden | 2025-05-20 | 266 | 2 | Jonas De Winter | 77 (2024-11-05)"),
                about("question-series.rq", "gewestwegen", "").stream().map(r -> r.endsWith(" | -") ? r.substring(0, r.length() - 1) : r).toList());
    }

    @Test
    void eachMeasuresValuesByDateAcrossASeries() throws IOException {
        // the query starts from a word of the series' titles: the rows of both series' words
        List<String> rows = new java.util.ArrayList<>(seriesAbout("kinderopvang"));
        rows.addAll(seriesAbout("zwemonderwijs"));
        // "plaats" (only in 143) and the predecessor's 104.300 places (another series) are left out
        assertEquals(List.of(
                KINDEROPVANG + " | kinderopvangplaats | 2024-10-17 | 58 | - | question | 112400.0 | " + NUM + " | 112.400 kinderopvangplaatsen",
                KINDEROPVANG + " | kinderopvangplaats | 2024-10-17 | 58 | 2024 | answer | 113150.0 | " + NUM + " | 113.150 kinderopvangplaatsen",
                KINDEROPVANG + " | kinderopvangplaats | 2025-03-12 | 143 | 2024 | question | 113150.0 | " + NUM + " | 113.150 kinderopvangplaatsen",
                KINDEROPVANG + " | kinderopvangplaats | 2025-03-12 | 143 | 2024 | answer | 113620.0 | " + NUM + " | 113.620 kinderopvangplaatsen",
                KINDEROPVANG + " | kinderopvangplaats | 2025-09-09 | 301 | 2025 | answer | 114010.0 | " + NUM + " | 114.010 kinderopvangplaatsen",
                KINDEROPVANG + " | nieuwe plaats | 2024-10-17 | 58 | 2024 | answer | 1480.0 | " + NUM + " | 1.480 nieuwe plaatsen",
                KINDEROPVANG + " | nieuwe plaats | 2025-03-12 | 143 | 2025 | answer | 2100.0 | " + NUM + " | 2.100 nieuwe plaatsen",
                KINDEROPVANG + " | nieuwe plaats | 2025-09-09 | 301 | - | question | 2100.0 | " + NUM + " | 2.100 nieuwe plaatsen"),
                rows.stream().filter(r -> r.startsWith(KINDEROPVANG)).toList());
        // "leerlingen" in prose and the column "Aantal leerlingen" meet as "leerling"
        List<String> pupils = rows.stream().filter(r -> r.startsWith(ZWEMMEN + " | leerling |")).toList();
        // the share "87% van de leerlingen" is in one question only as a percentage: not beside the counts
        assertEquals(8, pupils.size(), pupils.toString());
        assertTrue(pupils.stream().allMatch(r -> r.contains(NUM)), pupils.toString());
        assertTrue(pupils.get(0).contains("| 2024-11-05 | 77 | - | question | 2300.0 |"), pupils.toString());
        assertTrue(pupils.contains(ZWEMMEN + " | leerling | 2025-05-20 | 266 | - | answer | 85200.0 | " + NUM + " | 85.200"), pupils.toString());
        assertEquals(List.of(
                ZWEMMEN + " | school | 2024-11-05 | 77 | - | answer | 214.0 | " + NUM + " | 214 scholen",
                ZWEMMEN + " | school | 2025-05-20 | 266 | - | question | 214.0 | " + NUM + " | 214 scholen",
                ZWEMMEN + " | school | 2025-05-20 | 266 | - | answer | 187.0 | " + NUM + " | 187 scholen"),
                rows.stream().filter(r -> r.startsWith(ZWEMMEN + " | school |")).toList());
    }

    @Test
    void membersFiguresAgainstTheMinisters() throws IOException {
        assertEquals(List.of(
                "58 | 2024-10-17 | kinderopvangplaats | 112.400 kinderopvangplaatsen | 58 | 113.150 kinderopvangplaatsen",
                // the count, not the share "87% van de leerlingen" of the same answer
                "77 | 2024-11-05 | leerling | 2.300 leerlingen | 77 | 318.500 leerlingen",
                // the member quotes the answer to the question followed up, and gets a new figure
                "143 | 2025-03-12 | kinderopvangplaats | 113.150 kinderopvangplaatsen | 143 | 113.620 kinderopvangplaatsen",
                "143 | 2025-03-12 | kinderopvangplaats | 113.150 kinderopvangplaatsen | 58 | 113.150 kinderopvangplaatsen",
                // one row for the member's figure against the five of the answer's table
                "266 | 2025-05-20 | leerling | 318.500 leerlingen | 266 | " + String.join(" ; ", List.of("41.900", "55.100", "66.390", "72.450", "85.200")),
                "266 | 2025-05-20 | leerling | 318.500 leerlingen | 77 | 318.500 leerlingen",
                "266 | 2025-05-20 | school | 214 scholen | 266 | 187 scholen",
                "266 | 2025-05-20 | school | 214 scholen | 77 | 214 scholen",
                "301 | 2025-09-09 | nieuwe plaats | 2.100 nieuwe plaatsen | 143 | 2.100 nieuwe plaatsen"),
                figuresAbout("kinderopvang", "zwemonderwijs"));
    }

    /**
     * The rows of member-vs-minister-figures.rq for the questions whose titles hold one of the words
     * (the query starts from one), in the query's order: by date, then the row.
     */
    private static List<String> figuresAbout(String... words) {
        return java.util.Arrays.stream(words).flatMap(w -> about("member-vs-minister-figures.rq", "bibliotheken", w).stream())
                .map(SeriesQueriesTest::sortedFigures)
                .sorted(java.util.Comparator.comparing((String r) -> r.split(" \\| ")[1]).thenComparing(r -> r))
                .toList();
    }

    /** The minister's figures of a row in order: GROUP_CONCAT promises none. */
    private static String sortedFigures(String row) {
        int cut = row.lastIndexOf(" | ") + 3;
        return row.substring(0, cut) + String.join(" ; ", java.util.Arrays.stream(row.substring(cut).split(" ; ")).sorted().toList());
    }
}
