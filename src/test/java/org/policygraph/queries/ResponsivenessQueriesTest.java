package org.policygraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.cli.ExitCodes;
import org.policygraph.cli.Main;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.QueryRows;

/**
 * The responsiveness queries over {@code src/test/resources/responsiveness/corpus}: Koen Vermeulen
 * answered nr. 12 (4 March 2025: 1 answered, 2 pointed to 1, 3 not addressed) and nr. 48 (10 May
 * 2025: 1 referred to the federal level, 2 without data); Annelies De Wachter answered nr. 7
 * (20 November 2024: 1 answered, 2 both giving an estimate and saying the data are not kept, which
 * is uncertain and must not be counted at all). Both ministers' posts come from {@code link}.
 */
@Tag("store")
class ResponsivenessQueriesTest {

    @TempDir
    static Path tmp;
    private static PolicyGraphStore store;

    @BeforeAll
    static void build() {
        Path dir = tmp.resolve("store");
        try (PolicyGraphStore s = PolicyGraphStore.open(dir)) {
            IngestReport report = Ingester.builder(s).build().ingest(List.of(Path.of("src/test/resources/responsiveness/corpus")));
            assertTrue(report.ok(), report.failures().toString());
        }
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "link", "--store", dir.toString(), "--no-endpoint");
        assertEquals(ExitCodes.OK, code, err.toString());
        store = PolicyGraphStore.openExisting(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> rows(String file) {
        return QueryRows.ofFile(store.dataset(), file);
    }

    @Test
    void perMinister() throws IOException {
        assertEquals(List.of("Annelies De Wachter | 1 | 0 | 0 | 0 | 0 | 1 | 100",
                "Koen Vermeulen | 1 | 1 | 1 | 1 | 1 | 5 | 20"), rows("responsiveness-per-minister.rq"));
    }

    @Test
    void perMinisterAndQuarter() throws IOException {
        assertEquals(List.of("Annelies De Wachter | 2024 | 4 | 1 | 0 | 0 | 0 | 0 | 1",
                "Koen Vermeulen | 2025 | 1 | 1 | 1 | 0 | 0 | 1 | 3",
                "Koen Vermeulen | 2025 | 2 | 0 | 0 | 1 | 1 | 0 | 2"), rows("responsiveness-per-minister-and-quarter.rq"));
    }

    @Test
    void perPostAndYear() throws IOException {
        List<String> rows = rows("responsiveness-per-post-and-year.rq");
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(0).matches("(?i)vlaams minister van cultuur, jeugd en media \\| 2025 \\| 1 \\| 1 \\| 1 \\| 1 \\| 1 \\| 5 \\| 20"), rows.toString());
        assertTrue(rows.get(1).matches("(?i)vlaams minister van welzijn, gezin en armoedebestrijding \\| 2024 \\| 1 \\| 0 \\| 0 \\| 0 \\| 0 \\| 1 \\| 100"), rows.toString());
    }

    @Test
    void listingByClassWithEvidence() throws IOException {
        // Every minister and year (the query's default is one minister's year)
        List<String> rows = QueryRows.ofFileWith(store.dataset(), "sub-questions-by-responsiveness.rq",
                "(\"Tom Verhaegen\" 2024)", "(UNDEF UNDEF)").stream()
                .map(r -> r.replaceAll(" \\| [^|]*\\?", " | …")).toList();
        assertEquals(List.of(
                "Answered | 7 | 2024-11-20 | Annelies De Wachter | 1 | … | In 2024 werden 412 nieuwe opvangplaatsen gecreëerd in Gent.",
                "Answered | 12 | 2025-03-04 | Koen Vermeulen | 1 | … | In 2024 werden 37 kerken gerestaureerd.",
                "DataNotAvailable | 48 | 2025-05-10 | Koen Vermeulen | 2 | … | Die gegevens worden niet bijgehouden.",
                "NotAddressed | 12 | 2025-03-04 | Koen Vermeulen | 3 | … | -",
                "PointedElsewhere | 12 | 2025-03-04 | Koen Vermeulen | 2 | … | Zie vraag 1.",
                "ReferredElsewhere | 48 | 2025-05-10 | Koen Vermeulen | 1 | … | Het fiscale stelsel voor giften is een federale bevoegdheid."),
                rows);
    }
}
