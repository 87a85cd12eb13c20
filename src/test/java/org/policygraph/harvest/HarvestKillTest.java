package org.policygraph.harvest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A harvest killed (SIGKILL, a separate JVM) while a PDF is on its way, then run again: nothing
 * done before the kill is fetched twice, nothing is lost.
 */
@Tag("reliability")
class HarvestKillTest {

    @TempDir
    Path tmp;

    @Test
    void killedInTheMiddleThenResumed() throws Exception {
        List<byte[]> pdfs = new ArrayList<>();
        try (MockParliament api = new MockParliament()) {
            for (int i = 1; i <= 5; i++) {
                String id = "300" + i;
                byte[] pdf = Fixtures.questionPdf(tmp, "30" + i, i + " februari 2024", "Lotte Vermeulen", "Pieter Daems");
                pdfs.add(pdf);
                api.hit(id, "beantwoord").question(id, Fixtures.question(id, "30" + i, "2024-02-0" + i, "2024-02-27", api.pdfUrl("700" + i)))
                        .pdf("700" + i, pdf);
            }
            api.member("41", Fixtures.member("41"));
            CountDownLatch inFlight = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            api.onRequest(path -> {
                if (path.equals("/pfile?id=7003") && inFlight.getCount() > 0) {
                    inFlight.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            Path out = tmp.resolve("out");
            String java = ProcessHandle.current().info().command().orElse("java");
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.policygraph.cli.Main",
                    "harvest", "--from", "2024-01-01", "--to", "2024-06-30", "--base-url", api.base(), "--out", out.toString(),
                    "--rate", "100", "--timeout", "60").redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
            try {
                assertTrue(inFlight.await(120, TimeUnit.SECONDS), "the child never asked for the third PDF: "
                        + (Files.exists(tmp.resolve("child.log")) ? Files.readString(tmp.resolve("child.log")) : ""));
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            } finally {
                release.countDown();
                child.destroyForcibly();
            }
            assertEquals(1, api.count("/e/opendata/schv/3002"));
            assertEquals(0, api.count("/e/opendata/schv/3004"), "killed before the fourth question");

            HarvestReport resumed;
            try (ApiClient client = new ApiClient(Fixtures.fast())) {
                resumed = new Harvester(client, new ApiPaths(api.base()), out, line -> { })
                        .harvest(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), Optional.empty(), false);
            }
            assertTrue(resumed.ok(), resumed.failures().toString());
            assertEquals(2, resumed.skipped(), "the two questions done before the kill");
            assertEquals(3, resumed.fetched());
            for (int i = 1; i <= 5; i++) {
                assertEquals(i == 3 ? 2 : 1, api.count("/e/opendata/schv/300" + i), "detail " + i);
                assertEquals(i == 3 ? 2 : 1, api.count("/pfile?id=700" + i), "PDF " + i + " (the third was never delivered)");
                assertArrayEquals(pdfs.get(i - 1), Files.readAllBytes(out.resolve("300" + i + "/pfile-700" + i + ".pdf")));
            }
            try (var files = Files.walk(out)) {
                assertEquals(0, files.filter(f -> f.toString().endsWith(".part")).count(), "no half file left");
            }
        }
    }
}
