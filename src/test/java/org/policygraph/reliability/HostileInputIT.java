package org.policygraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.rdf.Iris;
import org.policygraph.store.Summaries;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.StoreValidator;
import org.policygraph.testing.Corpora;

/**
 * Over a thousand hostile inputs in one batch: ingest finishes, every file is accounted for, each
 * bad one with a one-line reason and none by an internal error, the good ones land, and every
 * document graph that lands is valid.
 */
@Tag("reliability")
class HostileInputIT {

    @TempDir
    Path tmp;

    @Test
    void hostileBatchNeverCrashesOrHangs() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        int generated = new HostileInputs(20261123L, in).write(HostileInputs.originals(Corpora.examples(), Corpora.shared()));
        assertTrue(generated >= 1000 || !Files.isDirectory(Corpora.shared().resolve("seeds")),
                "at least 1,000 inputs when the seeds are there, got " + generated);
        try (RandomAccessFile huge = new RandomAccessFile(in.resolve("two-hundred-megabytes.txt").toFile(), "rw")) {
            huge.setLength(200L * 1024 * 1024);
        }
        Path locked = Files.writeString(in.resolve("unreadable.txt"), "SCHRIFTELIJKE VRAAG\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        List<Path> paths = new ArrayList<>(List.of(in, tmp.resolve("vanished.txt")));
        int files = generated + 2 + 1;

        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            IngestReport report = assertTimeoutPreemptively(Duration.ofMinutes(15), () -> Ingester.builder(store).build().ingest(paths));
            // Identical inputs (the same mutation twice) are stored once and reported as copies.
            int accounted = report.added().size() + report.replaced().size() + report.unchanged().size() + report.failures().size()
                    + report.duplicates().size();
            assertEquals(files, accounted, "every file is accounted for");
            for (IngestReport.Failure f : report.failures()) {
                assertFalse(f.reason().contains("\n"), "one-line reason: " + f);
                assertFalse(f.reason().startsWith("internal error"), "no internal error: " + f);
                assertTrue(f.file().endsWith(".txt") || f.file().endsWith(".md") || f.file().endsWith(".pdf"), f.file());
            }
            Set<String> failed = report.failures().stream().map(f -> Path.of(f.file()).getFileName().toString())
                    .collect(Collectors.toSet());
            assertTrue(failed.containsAll(Set.of("empty.txt", "not-a-pdf.pdf", "noise.txt", "noise.pdf",
                    "two-hundred-megabytes.txt", "vanished.txt")), failed.toString());
            assertTrue(report.added().stream().filter(k -> k.contains("-original.")).count()
                    >= HostileInputs.originals(Corpora.examples(), Corpora.shared()).size() - 1, "the originals land");
            // Each document's graph must be valid on its own. (Mutated copies of one question disagree with each
            // other, so their union rightly has two titles for one question: that is for validate to report.)
            Shapes shapes = StoreValidator.shapes();
            List<String> invalid = Txn.calculateRead(store.dataset(), () -> {
                List<String> bad = new ArrayList<>();
                store.dataset().listGraphNodes().forEachRemaining(g -> {
                    if (g.equals(Iris.REGISTRY_GRAPH) || g.equals(Summaries.GRAPH))
                        return;
                    ValidationReport r = ShaclValidator.get().validate(shapes, store.dataset().getGraph(g));
                    if (!r.conforms())
                        bad.add(g.getURI() + ": " + r.getEntries().iterator().next().focusNode() + " "
                                + r.getEntries().iterator().next().message());
                });
                return bad;
            });
            assertTrue(invalid.isEmpty(), "every document graph is valid: " + invalid);
            System.out.printf("hostile inputs: %d files, %d landed, %d failed%n", files, report.added().size(),
                    report.failures().size());
        }
    }
}
