package org.policygraph.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code policygraph} in a JVM of its own, on this test run's class path: for
 * tests that kill it, or run it where this JVM cannot go (a file system mounted for the child only).
 */
public final class ChildCli {

    private ChildCli() {
    }

    /** {@code java -cp <this class path> org.policygraph.cli.Main ARGS...}. */
    public static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.policygraph.cli.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The java launcher running these tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
