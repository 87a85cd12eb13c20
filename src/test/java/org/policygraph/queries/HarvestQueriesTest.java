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
import org.policygraph.harvest.HarvestImport;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.QueryRows;

/**
 * The catalogue queries on the Parliament's metadata, over our own example records
 * ({@code src/test/resources/harvest/records}): three questions to Pieter Daems (16, 30 and 10
 * working days; the 30-day one late and referring: a median of 16), two to Sofie Maes answered in 14
 * and 4 working days with no tijdig in their records (a median of 9, between the two), and one to
 * her still open.
 */
@Tag("store")
class HarvestQueriesTest {

    @TempDir
    static Path tmp;
    private static PolicyGraphStore store;

    @BeforeAll
    static void build() {
        store = PolicyGraphStore.open(tmp.resolve("store"));
        HarvestImport.Result r = new HarvestImport(store).importFolder(Path.of("src/test/resources/harvest/records"));
        assertTrue(r.failed().isEmpty(), r.failed().toString());
        assertEquals(6, r.metadataGraphs());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> rows(String file) {
        return QueryRows.ofFile(store.dataset(), file);
    }

    @Test
    void lateAnswersPerMinisterAndYear() throws IOException {
        assertEquals(List.of("Pieter Daems | 2024 | 2 | 1 | 50 | 10", "Pieter Daems | 2025 | 1 | 0 | 0 | 0",
                "Sofie Maes | 2024 | 2 | 0 | 0 | 0"), rows("late-answers-per-minister-and-year.rq"));
    }

    @Test
    void medianDaysToAnswer() throws IOException {
        assertEquals(List.of("Pieter Daems | 16.0 | 3 | 10 | 30", "Sofie Maes | 9.0 | 2 | 4 | 14"), rows("median-days-to-answer.rq"));
    }

    @Test
    void referringAnswersPerMinister() throws IOException {
        assertEquals(List.of("Pieter Daems | 1 | 2 | 33", "Sofie Maes | 0 | 2 | 0"), rows("referring-answers-per-minister.rq"));
    }

    @Test
    void openQuestionsPerMember() throws IOException {
        assertEquals(List.of("Hanne Wouters | 1 | 1 | 2024-10-01"), rows("open-questions-per-member.rq"));
    }
}
