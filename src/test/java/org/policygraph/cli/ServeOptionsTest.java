package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void helpNamesTheOperatorOptions() {
        CliRun run = CliRun.of("serve", "--help");
        for (String option : new String[] {"--max-rows", "--max-request-size", "--cors", "--allow-update",
                "--password-file", "--allow-service", "--timeout"})
            assertTrue(run.out().contains(option), option + " missing from --help");
    }
}
