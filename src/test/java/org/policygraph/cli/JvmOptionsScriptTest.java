package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@code bin/jvm-options.sh}, which bin/policygraph and the benchmarks source for the JVM options
 * of each command: the options it gives, and that a JVM starts with them.
 */
class JvmOptionsScriptTest {

    private static final Path SCRIPT = Path.of("bin", "jvm-options.sh").toAbsolutePath();
    private static final Pattern MAX_HEAP = Pattern.compile("\\sMaxHeapSize\\s+=\\s+(\\d+)\\s");

    @Test
    void ingestRunsOnTheParallelCollectorWithItsHeapFixedAtTheMaximum() throws Exception {
        List<String> options = options("ingest", "");
        assertEquals(2, options.size(), options.toString());
        assertEquals("-XX:+UseParallelGC", options.get(0));
        assertEquals("-Xms" + maxHeap(List.of("-XX:+UseParallelGC")), options.get(1));
    }

    @Test
    void theFixedHeapIsTheMaximumTheUserGave() throws Exception {
        assertEquals(List.of("-XX:+UseParallelGC", "-Xms" + (2L << 30)), options("ingest", "-Xmx2g"));
        assertEquals(List.of("-XX:+UseParallelGC", "-Xms" + maxHeap(List.of("-XX:+UseParallelGC", "-XX:MaxRAMPercentage=10"))),
                options("ingest", "-XX:MaxRAMPercentage=10"));
    }

    @Test
    void aHeapChosenByTheUserWins() throws Exception {
        assertEquals(List.of("-XX:+UseParallelGC"), options("ingest", "-Xms1g -Xmx2g"));
        assertEquals(List.of("-XX:+UseParallelGC"), options("ingest", "-XX:InitialHeapSize=1073741824"));
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
        assertEquals("-XX:+UseParallelGC", options("ingest", "-Xmx2g -XX:MaxGCPauseMillis=500").get(0));
    }

    @Test
    void theJvmStartsWithTheOptions() throws Exception {
        for (String userOptions : List.of("", "-Xmx2g")) {
            List<String> cmd = new ArrayList<>(List.of(java()));
            cmd.addAll(options("ingest", userOptions));
            cmd.addAll(userOptions.isEmpty() ? List.of() : List.of(userOptions.split(" ")));
            cmd.add("-version");
            assertEquals(0, run(cmd, ""), cmd.toString());
        }
    }

    /** The MaxHeapSize the JVM running this test reports with {@code options}. */
    private static long maxHeap(List<String> options) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(options);
        cmd.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        Matcher m = MAX_HEAP.matcher(out);
        assertTrue(m.find(), out);
        return Long.parseLong(m.group(1));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
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
        // The script asks the JVM in JAVA_HOME for its maximum heap: the one this test compares with.
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        return p.exitValue();
    }
}
