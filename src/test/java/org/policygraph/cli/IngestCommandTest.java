package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.testing.Corpora;

/** What ingest says about copies, renames and paths that are not there. */
@Tag("store")
class IngestCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aCopyUnderAnotherPathIsNamedAsAWarningAndStoredOnce() throws IOException {
        String store = tmp.resolve("store").toString();
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.copy(Corpora.example("vragen/sv-0604-kusttram.txt"), a.resolve("kusttram.txt"));
        Files.copy(Corpora.example("vragen/sv-0604-kusttram.txt"), b.resolve("tram-kopie.txt"));
        assertEquals(ExitCodes.OK, CliRun.of("ingest", "--store", store, a.toString()).code());

        CliRun r = CliRun.of("ingest", "--store", store, b.toString());
        assertEquals(ExitCodes.OK, r.code(), "a copy is no failure: " + r.err());
        assertTrue(r.err().contains("policygraph: warning: " + b.resolve("tram-kopie.txt") + " has the same content as kusttram.txt ("
                + a.resolve("kusttram.txt").toAbsolutePath() + "); stored once, as kusttram.txt"), r.err());
        assertTrue(r.err().contains("Same content under two paths, stored once: 1"), r.err());
        CliRun count = CliRun.of("query", "--store", store, "--format", "csv",
                "-e", "SELECT (COUNT(*) AS ?n) { ?q a pg:WrittenQuestion }");
        assertEquals("n\r\n1\r\n", count.out());
    }

    @Test
    void aPathThatDoesNotExistSaysSo() {
        Path missing = tmp.resolve("nergens");
        Path missingFile = tmp.resolve("nergens.odt");
        CliRun r = CliRun.of("ingest", "--store", tmp.resolve("store").toString(), missing.toString(), missingFile.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertTrue(r.err().contains(missing + ": no such file or folder"), r.err());
        assertTrue(r.err().contains(missingFile + ": no such file or folder"),
                "a missing file is not an unsupported one, whatever its extension: " + r.err());
    }
}
