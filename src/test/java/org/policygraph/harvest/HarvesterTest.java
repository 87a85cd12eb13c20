package org.policygraph.harvest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.harvest.MockParliament.Fault;

/** The harvest against a local mock of the API, with its faults, and its resumption. */
class HarvesterTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 6, 30);

    @TempDir
    Path tmp;
    @TempDir
    static Path pdfDir;
    private MockParliament api;
    private final List<String> progress = new ArrayList<>();
    private static byte[] pdf1;
    private static byte[] pdf2;
    private static byte[] pdf3;

    @BeforeAll
    static void pdfs() {
        pdf1 = Fixtures.questionPdf(pdfDir, "101", "5 februari 2024", "Lotte Vermeulen", "Pieter Daems");
        pdf2 = Fixtures.questionPdf(pdfDir, "88", "1 maart 2024", "Hanne Wouters", "Pieter Daems");
        pdf3 = Fixtures.questionPdf(pdfDir, "89", "1 maart 2024", "Hanne Wouters", "Pieter Daems");
    }

    @BeforeEach
    void start() {
        api = new MockParliament();
        api.hit("1001", "beantwoord").hit("1002", "beantwoord").hit("1003", "beantwoord").hit("1004", "beantwoord");
        api.question("1001", Fixtures.question("1001", "101", "2024-02-05", "2024-02-27", api.pdfUrl("5001")))
                .question("1002", Fixtures.questionOtherFormats("1002", api.pdfUrl("5002"), api.pdfUrl("5003")))
                .question("1003", Fixtures.question("1003", "102", "2024-02-06", "2024-02-28", api.pdfUrl("5004")))
                .question("1004", Fixtures.question("1004", "103", "2024-02-07", "2024-02-29", api.pdfUrl("5005")))
                .pdf("5001", pdf1).pdf("5002", pdf2).pdf("5003", pdf3).pdf("5004", pdf1)
                .member("41", Fixtures.member("41"));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HarvestReport harvest(Path out, boolean dryRun) {
        try (ApiClient client = new ApiClient(Fixtures.fast())) {
            return new Harvester(client, new ApiPaths(api.base()), out, progress::add).harvest(FROM, TO, Optional.empty(), dryRun);
        }
    }

    @Test
    void faultsFailTheirQuestionOnlyAndRetriesGetThrough() throws Exception {
        String search = "/api/search/query/inmeta:publicatiedatum:daterange:2024-01-01..2024-06-30"
                + "?collection=vp_collection&requiredfields=aggregaattype:Schriftelijke%20vraag&page=1&max=100&sort=date";
        api.fault(search, Fault.TOO_MANY)
                .fault("/e/opendata/schv/1001", Fault.SERVER_ERROR)
                .fault("/pfile?id=5002", Fault.SLOW)
                .fault("/e/opendata/schv/1003", Fault.TRUNCATED);
        Path out = tmp.resolve("out");
        HarvestReport r = harvest(out, false);

        assertEquals(4, r.found(), "the hit of another kind is left out");
        assertEquals(2, r.fetched(), r.failures().toString());
        assertEquals(3, r.files());
        assertEquals(2, api.count(search), "429 then the page");
        assertEquals(2, api.count("/e/opendata/schv/1001"), "500 then the record");
        assertEquals(2, api.count("/pfile?id=5002"), "time-out then the PDF");
        assertTrue(r.failures().get("1003").contains("not readable JSON"), r.failures().toString());
        assertEquals(1, api.count("/e/opendata/schv/1003"), "a 200 with bad JSON is not retried");
        assertTrue(r.failures().get("1004").contains("HTTP 404"), r.failures().toString());

        // Raw JSON kept as received (unknown keys included), PDFs byte for byte.
        assertEquals(Fixtures.question("1001", "101", "2024-02-05", "2024-02-27", api.pdfUrl("5001")),
                Files.readString(out.resolve("1001/vraag.json")));
        assertTrue(Files.readString(out.resolve("1001/vraag.json")).contains("nieuw-veld"));
        assertArrayEquals(pdf1, Files.readAllBytes(out.resolve("1001/pfile-5001.pdf")));
        assertArrayEquals(pdf3, Files.readAllBytes(out.resolve("1002/pfile-5003.pdf")));
        assertTrue(Files.exists(out.resolve("1004/vraag.json")), "the record of a question whose PDF is missing is kept");
        assertFalse(Files.exists(out.resolve("1003/vraag.json")), "an unreadable record is not saved");
        assertTrue(Files.exists(out.resolve("vv/41.json")));
        assertTrue(api.userAgents().stream().allMatch(ua -> ua.startsWith("policygraph-harvest/" + ClientSettings.VERSION)),
                api.userAgents().toString());
        assertTrue(api.accepts().stream().anyMatch(a -> a.equals("application/json")));

        // Second run: only what failed is asked again; what is done is not fetched twice.
        api.pdf("5005", pdf1);
        HarvestReport second = harvest(out, false);
        assertEquals(2, second.skipped());
        assertEquals(2, second.fetched(), second.failures().toString());
        assertTrue(second.ok());
        assertEquals(2, api.count("/e/opendata/schv/1001"));
        assertEquals(1, api.count("/pfile?id=5001"));
        assertEquals(2, api.count("/pfile?id=5002"));
        assertEquals(1, api.count("/pfile?id=5003"));
        assertEquals(1, api.count("/e/opendata/vv/41"), "a member is fetched once");

        // A changed hit (an answer came) fetches that question again, and only it.
        api.hit("1002", "beantwoord-gewijzigd");
        HarvestReport third = harvest(out, false);
        assertEquals(3, third.skipped());
        assertEquals(1, third.fetched());
        assertEquals(2, api.count("/e/opendata/schv/1002"));
        assertEquals(1, api.count("/e/opendata/schv/1004") - 1, "1004 was done in the second run");
    }

    @Test
    void dryRunPagesThroughTheSearchAndFetchesNothing() {
        for (int i = 0; i < 150; i++)
            api.hit(Integer.toString(2000 + i), "ingediend");
        Path out = tmp.resolve("dry");
        HarvestReport r = harvest(out, true);
        assertEquals(154, r.found());
        assertEquals(154, r.wouldFetch().size());
        assertEquals(2, api.countStartingWith("/api/search/"), "two pages of 100");
        assertEquals(0, api.countStartingWith("/e/opendata/schv/"));
        assertEquals(0, api.countStartingWith("/pfile"));
    }

    @Test
    void aFailedSearchFailsTheRun() {
        api.fault("/api/search/query/inmeta:publicatiedatum:daterange:2024-01-01..2024-06-30"
                + "?collection=vp_collection&requiredfields=aggregaattype:Schriftelijke%20vraag&page=1&max=100&sort=date",
                Fault.SERVER_ERROR, Fault.SERVER_ERROR, Fault.SERVER_ERROR);
        HarvestException e = org.junit.jupiter.api.Assertions.assertThrows(HarvestException.class, () -> harvest(tmp.resolve("x"), false));
        assertTrue(e.getMessage().contains("HTTP 500 (after 3 tries)"), e.getMessage());
    }

    @Test
    void aKilledRunLeavesAStateTheNextRunCompletes() throws Exception {
        Path out = tmp.resolve("killed");
        // A journal cut in the middle of a line, as a kill leaves it, and a half-written PDF.
        Files.createDirectories(out.resolve("1001"));
        Files.writeString(out.resolve(HarvestJournal.FILE),
                "{\"question-of-file\": \"1002\", \"url\": \"" + api.pdfUrl("5002") + "\", \"path\": \"1002/pfile-5002.pdf\"}\n"
                        + "{\"question\": \"1001\", \"status\": \"do", StandardCharsets.UTF_8);
        Files.createDirectories(out.resolve("1002"));
        Files.write(out.resolve("1002/pfile-5002.pdf"), pdf2);
        Files.write(out.resolve("1001/pfile-5001.pdf.part"), new byte[] {1, 2});
        api.pdf("5005", pdf1);
        HarvestReport r = harvest(out, false);
        assertTrue(r.ok(), r.failures().toString());
        assertEquals(0, api.count("/pfile?id=5002"), "a PDF the journal holds is not fetched again");
        assertEquals(1, api.count("/pfile?id=5003"));
        assertArrayEquals(pdf1, Files.readAllBytes(out.resolve("1001/pfile-5001.pdf")));
    }
}
