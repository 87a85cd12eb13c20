package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;
import org.policygraph.textindex.TextIndex;

@Tag("store")
class ReindexCommandTest {

    @TempDir
    Path tmp;

    private Path store() {
        Path dir = tmp.resolve("store");
        try (PolicyGraphStore s = PolicyGraphStore.open(dir)) {
            Ingester.builder(s).build().ingest(List.of(Corpora.example("vragen/sv-0312-fietspaden.txt"),
                    Corpora.example("vragen/sv-0019-zwembaden.txt")));
        }
        return dir;
    }

    @Test
    void reindexRebuildsTheIndexAndQueryFindsWithThePredeclaredPrefix() throws Exception {
        Path dir = store();
        CliRun run = CliRun.of("reindex", "--store", dir.toString());
        assertEquals(ExitCodes.OK, run.code(), run.err());
        assertTrue(run.out().startsWith("Indexed 2 document(s)"), run.out());
        run = CliRun.of("reindex", "--changed-only", "--store", dir.toString());
        assertEquals(ExitCodes.OK, run.code(), run.err());
        assertTrue(run.out().startsWith("Re-read 0 document(s), removed 0"), run.out());
        run = CliRun.of("query", "--store", dir.toString(), "--format", "csv",
                "-e", "SELECT ?t { (?s ?score ?t) text:query (dcterms:title 'fietspaden') }");
        assertEquals(ExitCodes.OK, run.code(), run.err());
        assertTrue(run.out().toLowerCase().contains("fietspaden"), run.out());
    }

    @Test
    void aDeletedIndexIsRebuiltWhenTheStoreOpens() throws Exception {
        Path dir = store();
        try (var files = Files.walk(TextIndex.folderOf(dir))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList())
                Files.delete(p);
        }
        CliRun run = CliRun.of("query", "--store", dir.toString(), "--format", "csv",
                "-e", "SELECT ?s { ?s text:query 'zwembaden' }");
        assertEquals(ExitCodes.OK, run.code(), run.err());
        assertTrue(run.out().contains("https://"), run.out());
    }

    @Test
    void reindexWithoutAStoreSaysSo() {
        CliRun run = CliRun.of("reindex", "--store", tmp.resolve("none").toString());
        assertEquals(ExitCodes.CANNOT_RUN, run.code());
        assertTrue(run.err().contains("No store at"), run.err());
    }
}
