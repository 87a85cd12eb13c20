package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * {@code bin/jvm-options.sh}, which bin/policygraph and the benchmarks source for the JVM options
 * of each command: the options it gives, and that a JVM starts with them.
 */
class JvmOptionsScriptTest {

    private static final Path SCRIPT = Path.of("bin", "jvm-options.sh").toAbsolutePath();

    @Test
    void ingestRunsOnTheParallelCollector() throws Exception {
        assertEquals(List.of("-XX:+UseParallelGC"), options("ingest", ""));
    }

    @Test
    void everyOtherCommandKeepsTheDefaultCollector() throws Exception {
        for (String command : List.of("serve", "query", "export", "compact", "reindex", ""))
            assertEquals(List.of(), options(command, ""), command);
    }

    @Test
    void aCollectorChosenByTheUserWins() throws Exception {
        assertEquals(List.of(), options("ingest", "-Xmx2g -XX:+UseG1GC"));
        assertEquals(List.of(), options("ingest", "-XX:+UseZGC"));
        // Other options leave the choice to the script.
        assertEquals(List.of("-XX:+UseParallelGC"), options("ingest", "-Xmx2g -XX:MaxGCPauseMillis=500"));
    }

    @Test
    void theJvmStartsWithTheOptions() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(options("ingest", ""));
        cmd.add("-version");
        assertEquals(0, run(cmd, ""));
    }

    /** What {@code policygraph_jvm_options COMMAND} prints, one option per line, with POLICYGRAPH_JAVA_OPTS set to {@code userOptions}. */
    private static List<String> options(String command, String userOptions) throws Exception {
        Path out = Files.createTempFile("jvm-options", ".txt");
        try {
            List<String> cmd = List.of("bash", "-c", "source \"$0\" && policygraph_jvm_options \"$1\" > \"$2\"",
                    SCRIPT.toString(), command, out.toString());
            assertEquals(0, run(cmd, userOptions));
            return Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static int run(List<String> cmd, String userOptions) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("POLICYGRAPH_JAVA_OPTS", userOptions);
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        return p.exitValue();
    }
}
