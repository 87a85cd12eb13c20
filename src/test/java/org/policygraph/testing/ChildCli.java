package org.policygraph.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line of {@code policygraph} in a JVM of its own, on this test run's class path: for
 * tests that kill it, or run it where this JVM cannot go (a file system mounted for the child only).
 */
public final class ChildCli {

    private ChildCli() {
    }

    /** {@code java -cp <this class path> org.policygraph.cli.Main ARGS...}. */
    public static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx512m",
                // What the jar's manifest grants bin/policygraph: Lucene maps its files natively, and Java warns on stderr otherwise.
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "org.policygraph.cli.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * The same, stopping for good at the {@code nth} passing of {@code waypoint} (see
     * {@link org.policygraph.store.Waypoint}) after writing {@code marker}: the point a test kills it at.
     */
    public static List<String> stoppingAt(String waypoint, int nth, Path marker, String... args) {
        List<String> cmd = command(args);
        int main = cmd.indexOf("org.policygraph.cli.Main");
        cmd.set(main, StopAtWaypoint.class.getName());
        cmd.addAll(main + 1, List.of(waypoint, Integer.toString(nth), marker.toString()));
        return cmd;
    }

    /**
     * Waits until {@code p} has written {@code marker} (it is then stopped at its waypoint).
     *
     * @throws AssertionError when the process ends first, or after ten minutes
     */
    public static void awaitMarker(Process p, Path marker, Path log) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!Files.exists(marker)) {
            if (!p.isAlive())
                throw new AssertionError("the child ended (exit " + p.exitValue() + ") before its waypoint: "
                        + (Files.exists(log) ? Files.readString(log) : ""));
            if (System.nanoTime() > deadline)
                throw new AssertionError("the child did not reach its waypoint in ten minutes");
            Thread.sleep(20);
        }
    }

    /** The java launcher running these tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
