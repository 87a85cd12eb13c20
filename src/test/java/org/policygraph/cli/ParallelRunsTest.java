package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.policygraph.testing.Corpora;

/** Commands print through picocli's writers only, so runs in one JVM at once keep their output apart. */
class ParallelRunsTest {

    private static final List<String> FILES = List.of("sv-0045-bibliotheken.txt", "sv-0604-kusttram.txt",
            "sv-0312-fietspaden.txt", "sv-0019-zwembaden.txt");

    @Test
    void parseRunsAtOnceEachPrintOnlyTheirOwnDocument() {
        List<CompletableFuture<CliRun>> runs = FILES.stream()
                .map(f -> CompletableFuture.supplyAsync(() -> CliRun.of("parse", "--format", "trig",
                        Corpora.example("vragen/" + f).toString())))
                .toList();
        for (int i = 0; i < FILES.size(); i++) {
            CliRun r = runs.get(i).join();
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("graph/document/" + FILES.get(i) + ">"), r.out());
            for (String other : FILES)
                if (!other.equals(FILES.get(i)))
                    assertFalse(r.out().contains("/" + other), FILES.get(i) + " run printed " + other);
        }
    }
}
