package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.StoreContents;
import org.policygraph.testing.ChildCli;
import org.policygraph.testing.Corpora;

/**
 * {@code backup} against a store that a running {@code serve} holds: the server writes the backup,
 * which restores to the same dataset; {@code compact} and {@code restore} say who holds the store.
 */
@Tag("server")
class BackupWhileServingTest {

    @TempDir
    Path tmp;

    @Test
    void backupOfAServedStoreIsWrittenByTheServer() throws Exception {
        Path store = tmp.resolve("store");
        Map<Node, Graph> contents;
        try (PolicyGraphStore s = PolicyGraphStore.open(store)) {
            Ingester.builder(s).build().ingest(List.of(Corpora.examples()));
            contents = StoreContents.of(s.dataset());
        }
        Process server = new ProcessBuilder(ChildCli.command("serve", "--store", store.toString(), "--port", "0"))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("server.log").toFile()).start();
        try {
            waitForServing(server);
            Path backup = tmp.resolve("served.nq.gz");
            CliRun run = CliRun.of("backup", "--store", store.toString(), "-o", backup.toString());
            assertEquals(0, run.code(), run.err());
            assertTrue(run.err().contains("asking it for the backup"), run.err());
            assertTrue(run.err().contains("Backup " + backup), run.err());
            assertTrue(Files.readString(tmp.resolve("server.log")).contains("Backup of"), "the server wrote it");

            CliRun compact = CliRun.of("compact", "--store", store.toString());
            assertEquals(ExitCodes.CANNOT_RUN, compact.code());
            assertTrue(compact.err().contains("in use by process " + server.pid()), compact.err());

            CliRun restore = CliRun.of("restore", "--store", tmp.resolve("copy").toString(), backup.toString());
            assertEquals(0, restore.code(), restore.err());
            StoreContents.assertSame(contents, StoreContents.of(tmp.resolve("copy")), "restored from the server's backup");
            try (var beside = Files.list(tmp)) {
                assertEquals(List.of(), beside.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".store.backup"))
                        .toList(), "no request files left");
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private void waitForServing(Process server) throws Exception {
        for (int i = 0; i < 1200; i++) {
            if (Files.readString(tmp.resolve("server.log")).contains("Serving "))
                return;
            if (!server.isAlive())
                throw new AssertionError("server exited: " + Files.readString(tmp.resolve("server.log")));
            Thread.sleep(100);
        }
        throw new AssertionError("server did not start: " + Files.readString(tmp.resolve("server.log")));
    }
}
