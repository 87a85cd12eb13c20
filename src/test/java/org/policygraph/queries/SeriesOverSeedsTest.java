package org.policygraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;
import org.policygraph.testing.QueryRows;

/**
 * The series the catalogue finds in the shared seeds with our examples (skipped without the seeds):
 * the seed asked a second time ("(2)") following up two earlier questions known only from its
 * references, and the example chain 312 -> 87 -> 240, each question its own title.
 */
@Tag("store")
class SeriesOverSeedsTest {

    @TempDir
    Path tmp;

    @Test
    void seriesInTheSeedsAndExamples() throws IOException {
        Path seeds = Corpora.seeds();
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            IngestReport report = Ingester.builder(store).build().ingest(List.of(seeds, Corpora.examples()));
            assertTrue(report.ok(), report.failures().toString());
            assertEquals(List.of(
                    "Fietsinfrastructuur - Budget voor fietspaden langs gewestwegen | Tom Verhaegen | 2023-10-12 | 87 | - | Jana Peeters | 240 (2023-05-03)",
                    "Fietsinfrastructuur - Onderhoud van fietspaden langs gewestwegen | Tom Verhaegen | 2024-02-14 | 312 | - | Jana Peeters | 87 (2023-10-12)",
                    "Lerarenopleiding - Vlaanderenbreed stageregistratiesysteem - Platform 'Lerarenstage.be' | Hilde Crevits | 2018-08-14 | 521 | 2"
                            + " | Vera Celis | 58 (2017-10-17), 106 (2017-11-13)"),
                    // every series: the empty word is in every title
                    QueryRows.ofFileWith(store.dataset(), "question-series.rq", "VALUES ?word { \"gewestwegen\" }", "VALUES ?word { \"\" }"));
            // the query starts from a word of the titles, by default question 45's "Lokale bibliotheken - ..."
            List<String> figures = rows(store, "member-vs-minister-figures.rq");
            assertTrue(figures.contains("45 | 2024-01-09 | gemeente | 46 gemeenten | 45 | 17 gemeenten"), figures.toString());
        }
    }

    private static List<String> rows(PolicyGraphStore store, String file) {
        return QueryRows.ofFile(store.dataset(), file);
    }
}
