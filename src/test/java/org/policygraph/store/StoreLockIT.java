package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.Ingester;
import org.policygraph.testing.Corpora;

/** One store, one process: a second process is refused at once, by name, and the store is left alone. */
@Tag("store")
class StoreLockIT {

    @TempDir
    Path tmp;

    @Test
    void secondProcessIsRefusedAndTheStoreIsUntouched() throws Exception {
        Path store = tmp.resolve("store");
        try (PolicyGraphStore s = PolicyGraphStore.open(store)) {
            Ingester.builder(s).build().ingest(List.of(Corpora.examples()));
        }
        Map<String, Long> before = sizes(store);
        // The packaged jar, as users run it (integration tests run after the package phase).
        Path jar = Path.of("target", "policygraph.jar");
        assertTrue(Files.exists(jar), "run after mvn package");
        Process server = new ProcessBuilder(javaBin(), "-jar", jar.toString(), "serve", "--store", store.toString(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("server.log").toFile()).start();
        try {
            waitForLock(store, server);
            long start = System.nanoTime();
            StoreException e = assertThrows(StoreException.class, () -> PolicyGraphStore.open(store));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "refused at once");
            assertTrue(e.getMessage().contains("in use by process " + server.pid()), e.getMessage());
            assertTrue(e.getMessage().contains("policygraph.jar serve --store"), e.getMessage());
            assertEquals(before, sizes(store), "the store is left untouched");
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static void waitForLock(Path store, Process server) throws InterruptedException, IOException {
        Path lock = store.resolve("tdb.lock");
        for (int i = 0; i < 300; i++) {
            if (Files.exists(lock) && Files.readString(lock).strip().equals(Long.toString(server.pid())))
                return;
            if (!server.isAlive())
                throw new AssertionError("server exited early: " + Files.readString(store.resolveSibling("server.log")));
            Thread.sleep(100);
        }
        throw new AssertionError("server did not lock the store");
    }

    private static Map<String, Long> sizes(Path store) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(store)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("tdb.lock")).toList())
                out.put(store.relativize(p).toString(), Files.size(p));
        }
        return out;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString() + (File.separatorChar == '\\' ? ".exe" : "");
    }
}
