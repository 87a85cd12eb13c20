package org.policygraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.harvest.HarvestImport;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.SummaryAgreement;
import org.policygraph.testing.QueryRows;

/**
 * Every aggregate of the catalogue over documents written to tempt double counting
 * ({@code src/test/resources/counting}), with the rows worked out by hand from reading them:
 * <ul>
 * <li>901: an answer that states "2,5 miljoen euro subsidie" twice ("zoals gezegd"), the member's own
 * 2,5 miljoen in the question, "2 kampen" twice (two refusals), 48 camps in Gent and 51 in Antwerpen;
 * the same file again under {@code kopie/} (stored once);</li>
 * <li>902: cites the member's questions 880 (not in the store) and 901 (in it, but cited without
 * its minister); 1,8 miljoen for "gemeenten, met name Genk, Hasselt en Bree" (about none of them), 12
 * jeugdhuizen in Genk, 96 in heel Vlaanderen (not Genk's); a part that only points to part 1; a table
 * of provinces with 45, 45 and 38;</li>
 * <li>903: unanswered, cites 880 too, 230 volunteers in Leuven in the question;</li>
 * <li>the Parliament's records of all three: 901 answered in 10 working days, 902 in 28 (late by 8),
 * 903 open.</li>
 * </ul>
 */
@Tag("store")
class CountingFixtureTest {

    private static final Path FIXTURE = Path.of("src/test/resources/counting");

    @TempDir
    static Path tmp;
    private static PolicyGraphStore store;
    private static IngestReport report;

    @BeforeAll
    static void build() {
        store = PolicyGraphStore.open(tmp.resolve("store"));
        report = Ingester.builder(store).build().ingest(List.of(FIXTURE.resolve("vragen"), FIXTURE.resolve("kopie")));
        assertTrue(report.ok(), report.failures().toString());
        HarvestImport.Result r = new HarvestImport(store).importFolder(FIXTURE.resolve("harvest"));
        assertTrue(r.failed().isEmpty(), r.failed().toString());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The rows of a catalogue query, values joined by " | " (unbound as "-"), with one piece of its text replaced. */
    private static List<String> rows(String queryFile, String from, String to) {
        String query;
        try {
            query = Files.readString(Path.of("queries", queryFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!from.isEmpty()) {
            assertTrue(query.contains(from), queryFile + " has no " + from);
            query = query.replace(from, to);
        }
        return QueryRows.of(store.dataset(), query);
    }

    private static List<String> rows(String queryFile) {
        return rows(queryFile, "", "");
    }

    @Test
    void aFileUnderTwoPathsIsOneDocument() {
        assertEquals(1, report.duplicates().size(), report.duplicates().toString());
        assertEquals(List.of("written-question | 3 | 2328"), rows("documents-per-kind.rq"));
    }

    @Test
    void questionsPerMemberCountACitedQuestionOnce() {
        // Lotte Claes: 880 (cited only), 901 (in the store, and cited without its minister), 902.
        assertEquals(List.of("Lotte Claes | 3 | 2025-01-14 | 2025-02-20", "Joris Peeters | 1 | 2025-03-03 | 2025-03-03"),
                rows("questions-per-member.rq"));
        assertEquals(List.of("Joris Peeters | Bram De Winter | 1 | 2025-03-03 | 2025-03-03",
                        "Lotte Claes | - | 1 | 2025-01-14 | 2025-01-14",
                        "Lotte Claes | Bram De Winter | 2 | 2025-02-06 | 2025-02-20"),
                rows("questions-per-member-and-minister.rq"));
        assertEquals(List.of("2025-01 | Lotte Claes | 1", "2025-02 | Lotte Claes | 2", "2025-03 | Joris Peeters | 1"),
                rows("questions-per-month-per-member.rq"));
        assertEquals(List.of("2025-02 | Bram De Winter | 2", "2025-03 | Bram De Winter | 1"),
                rows("questions-per-month-per-minister.rq"));
        assertEquals(List.of("903", "902", "901"),
                rows("questions-to-minister.rq", "{ \"Tom Verhaegen\" }", "{ \"Bram De Winter\" }").stream().map(r -> r.split(" \\| ")[2]).toList());
        assertEquals(List.of("880", "901", "902"),
                rows("member-questions-with-wikidata.rq", "{ \"Jana Peeters\" }", "{ \"Lotte Claes\" }").stream()
                        .map(r -> r.split(" \\| ")[4]).toList());
    }

    @Test
    void aQuestionKnownOnlyFromCitationsIsCitedNotUnanswered() {
        assertEquals(List.of("903 | 2025-03-03 | Speelpleinwerking - Vrijwilligers in Leuven"), rows("unanswered-questions.rq"));
        assertEquals(List.of("880 | 2025-01-14 | - | Lotte Claes | 2"), rows("cited-questions-not-in-corpus.rq"));
        assertEquals(List.of(), rows("unanswered-sub-questions.rq"));
        assertEquals(List.of("902 | 901 | 2025-02-06 | Lotte Claes | true | true", "902 | 880 | 2025-01-14 | Lotte Claes | false | false"),
                rows("earlier-question-chain.rq", "VALUES ?number { \"312\" }", "VALUES ?number { \"902\" }"));
        assertEquals(List.of("Joris Peeters | 1 | 1 | 2025-03-03"), rows("open-questions-per-member.rq"));
    }

    @Test
    void anAmountStatedTwiceInOneAnswerCountsOnce() {
        // 2,5 miljoen + 400.000 (901) + 1,8 miljoen (902); the member's 2,5 miljoen is the question's.
        assertEquals(List.of("Bram De Winter | 3 | 4700000.0 | 2500000.0"), rows("euro-amounts-per-minister.rq"));
        assertEquals(List.of("2025-02-06 | 2500000.0", "2025-02-06 | 2500000.0", "2025-02-06 | 400000.0", "2025-02-20 | 1800000.0"),
                rows("euro-figures-about-topic-over-time.rq", "VALUES ?word { \"genk\" }", "VALUES ?word { \"euro\" }").stream().map(r -> r.substring(0, r.indexOf(" | ", 13))).sorted().toList());
        assertEquals(List.of("subsidie | 2500000.0 | http://qudt.org/vocab/unit/CCY_EUR | - | 2,5 miljoen euro | sv-0901-sportkampen.txt | Bram De Winter",
                        "subsidie | 2500000.0 | http://qudt.org/vocab/unit/CCY_EUR | - | 2,5 miljoen euro | sv-0901-sportkampen.txt | Lotte Claes"),
                rows("figures-about-topic.rq", "VALUES ?word { \"vertraging\" }", "VALUES ?word { \"subsidie\" }").stream().sorted().toList());
    }

    @Test
    void aFigureCountsOnlyForThePlaceItIsAbout() {
        List<String> rows = Stream.of("Antwerpen", "Genk", "Gent", "Leuven", "Limburg", "Oost-Vlaanderen", "Hasselt", "Bree")
                .flatMap(place -> rows("figures-per-place-with-nis-code.rq", "VALUES ?place { \"Genk\" }",
                        "VALUES ?place { \"" + place + "\" }").stream())
                .map(r -> r.split(" \\| ")[0] + " | " + r.split(" \\| ")[3]).sorted().toList();
        assertEquals(List.of("Antwerpen | 45", "Antwerpen | 51 kampen", "Genk | 12 nieuwe jeugdhuizen", "Gent | 48 kampen",
                "Leuven | 230 vrijwilligers", "Limburg | 45", "Oost-Vlaanderen | 38"), rows);
        assertEquals(List.of("Antwerpen | Jeugdhuizen | 45.0", "Limburg | Jeugdhuizen | 45.0", "Oost-Vlaanderen | Jeugdhuizen | 38.0"),
                rows("figures-per-province.rq", "VALUES ?word { \"meldingen\" }", "VALUES ?word { \"\" }").stream().map(r -> r.substring(0, r.indexOf(" | http"))).toList());
    }

    @Test
    void deflectionsCountTheStoredDocumentOnce() {
        assertEquals(List.of("Bram De Winter | 1 | 6"), rows("deflections-per-minister.rq"));
    }

    @Test
    void theParliamentsRecordsOfDocumentsInTheStoreCountOnce() {
        assertEquals(List.of("Bram De Winter | 2025 | 2 | 1 | 50 | 8"), rows("late-answers-per-minister-and-year.rq"));
        assertEquals(List.of("Bram De Winter | 19.0 | 2 | 10 | 28"), rows("median-days-to-answer.rq"));
        assertEquals(List.of("Bram De Winter | 0 | 2 | 0"), rows("referring-answers-per-minister.rq"));
    }

    @Test
    void theSummariesAgreeWithTheDirectAggregates() {
        assertEquals(java.util.Map.of(), SummaryAgreement.differences(store.dataset()));
    }
}
