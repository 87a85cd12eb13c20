package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders beside the store left by a killed build are cleared on open, and only those. */
class SideFolderTest {

    @TempDir
    Path tmp;

    @Test
    void sideFoldersOfDeadProcessesAreClearedOnOpenAndThoseOfLiveOnesKept() throws IOException {
        Path dir = tmp.resolve("stores").resolve("store");
        long dead = deadPid();
        Path abandoned = dir.resolveSibling(".store.bulk-" + dead);
        Files.createDirectories(abandoned.resolve("Data-0001"));
        Files.write(abandoned.resolve("Data-0001").resolve("nodes.dat"), new byte[4096]);
        long live = ProcessHandle.current().parent().orElseThrow().pid();
        Path inUse = dir.resolveSibling(".store.bulk-" + live);
        Files.createDirectories(inUse);
        Path unrelated = dir.resolveSibling(".other.bulk-" + dead);
        Files.createDirectories(unrelated);
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            assertFalse(Files.exists(abandoned), "left by a process that no longer runs");
            assertTrue(Files.exists(inUse), "another live process may still be building there");
            assertTrue(Files.exists(unrelated), "not this store's");
        }
    }

    private static long deadPid() {
        for (long pid = 4_000_000; pid > 3_000_000; pid--)
            if (ProcessHandle.of(pid).isEmpty())
                return pid;
        throw new AssertionError("no free process id");
    }
}
