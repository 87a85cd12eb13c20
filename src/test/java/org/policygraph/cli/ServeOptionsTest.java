package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve refuses option combinations that would open updates, before it touches the store. */
class ServeOptionsTest {

    @TempDir
    Path tmp;

    @Test
    void updateNeedsAPasswordFile() {
        CliRun run = CliRun.of("serve", "--store", tmp.resolve("s").toString(), "--allow-update");
        assertEquals(ExitCodes.USAGE, run.code());
        assertTrue(run.err().contains("--password-file"), run.err());
    }

    @Test
    void passwordFileAloneIsAMistake() {
        CliRun run = CliRun.of("serve", "--store", tmp.resolve("s").toString(), "--password-file", tmp.resolve("p").toString());
        assertEquals(ExitCodes.USAGE, run.code());
    }

    @Test
    void aWatchedFolderThatDoesNotExistSaysSoBeforeAnythingStarts() {
        Path missing = tmp.resolve("inbox");
        CliRun run = CliRun.of("serve", "--store", tmp.resolve("s").toString(), "--port", "0", "--watch", missing.toString());
        assertEquals(ExitCodes.USAGE, run.code());
        assertTrue(run.err().contains("Cannot watch " + missing + ": no such file or folder"), run.err());
        assertTrue(Files.notExists(tmp.resolve("s")), "refused before the store is opened");
    }

    @Test
    void removeDeletedNeedsWatch() {
        CliRun run = CliRun.of("serve", "--store", tmp.resolve("s").toString(), "--remove-deleted");
        assertEquals(ExitCodes.USAGE, run.code());
        assertTrue(run.err().contains("--remove-deleted is only used with --watch"), run.err());
    }

    @Test
    void aNegativeQueryLimitIsRefusedBeforeAnythingStarts() {
        CliRun run = CliRun.of("serve", "--store", tmp.resolve("s").toString(), "--port", "0", "--max-queries", "-1");
        assertEquals(ExitCodes.USAGE, run.code());
        assertTrue(run.err().contains("Concurrent query limit must be 0 (none) or positive: -1"), run.err());
        assertTrue(Files.notExists(tmp.resolve("s")), "refused before the store is opened");
    }

    @Test
    void helpNamesTheOperatorOptions() {
        CliRun run = CliRun.of("serve", "--help");
        for (String option : new String[] {"--max-rows", "--max-request-size", "--cors", "--allow-update",
                "--password-file", "--allow-service", "--timeout", "--watch", "--remove-deleted", "--max-queries"})
            assertTrue(run.out().contains(option), option + " missing from --help");
    }
}
