package org.policygraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.PG;
import org.policygraph.store.Compaction;
import org.policygraph.store.DerivedData;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.StoreException;
import org.policygraph.store.Waypoint;
import org.policygraph.store.Summaries;
import org.policygraph.store.StoreContents;
import org.policygraph.testing.ChildCli;
import org.policygraph.testing.IngestDuringCopy;

/**
 * Ingest and compaction on a file system that is full: a small tmpfs mounted for a child JVM only
 * ({@code unshare}, or {@code mount} when this runs as root; skipped when neither works). Each fails
 * with a message that says the file system is full and names the store, not a stack trace; the
 * store still opens with every document graph wholly the old or wholly the new version and the
 * registry pointing at each; with room again, compaction succeeds.
 */
@Tag("reliability")
class FullDiskTest {

    private static final int DOCUMENTS = 150;
    /** Room left on the file system before the second ingest. */
    private static final int ROOM_KIB = 256;

    @TempDir
    Path tmp;

    private final DocumentPipeline pipeline = new DocumentPipeline();

    @Test
    void ingestAndCompactionOnAFullFileSystemFailClearlyAndLoseNothing() throws Exception {
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path oldCorpus = tmp.resolve("old");
        Path newCorpus = tmp.resolve("new");
        CorpusGenerator generator = new CorpusGenerator(5);
        generator.write(oldCorpus, DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            CorpusGenerator.Generated g = i % 2 == 0 ? generator.edited(i) : generator.generate(i);
            Files.createDirectories(newCorpus.resolve(g.path()).getParent());
            Files.write(newCorpus.resolve(g.path()), g.bytes());
        }
        // Documents that only the new run has: they must be there wholly or not at all.
        new CorpusGenerator(6).write(newCorpus.resolve("extra"), DOCUMENTS / 2);
        Path store = disk.resolve("store");

        String script = String.join("\n",
                "cli() { step=$1; shift; " + String.join(" ", quoted(ChildCli.command())) + " \"$@\" >" + out + "/$step.out 2>"
                        + out + "/$step.err; echo $? >" + out + "/$step.rc; }",
                "cli 1 ingest --store " + store + " " + oldCorpus,
                "dd if=/dev/zero of=" + disk + "/filler bs=64k 2>/dev/null",
                "truncate -s -" + ROOM_KIB + "K " + disk + "/filler",
                "df -k " + disk + " >" + out + "/df.txt",
                "cli 2 ingest --store " + store + " " + newCorpus,
                "cp -a " + store + " " + out + "/after-ingest",
                "cli 3 compact --store " + store,
                "cp -a " + store + " " + out + "/after-compact",
                "rm " + disk + "/filler",
                "cli 4 compact --store " + store,
                "cp -a " + store + " " + out + "/after-room",
                "");
        run(disk, script);

        assertEquals("0", rc(out, 1), err(out, 1));
        Map<String, Graph> old = expected(oldCorpus);
        Map<String, Graph> young = expected(newCorpus);

        assertNotEquals("0", rc(out, 2), "ingest on a full file system fails");
        assertClear(err(out, 2), store);
        Map<Node, Graph> afterIngest = StoreContents.of(out.resolve("after-ingest"));
        assertWholeAndRegistered(out.resolve("after-ingest"), afterIngest, old, young);

        assertNotEquals("0", rc(out, 3), "compaction on a full file system fails");
        assertClear(err(out, 3), store);
        assertTrue(err(out, 3).contains("compact"), err(out, 3));
        StoreContents.assertSame(afterIngest, StoreContents.of(out.resolve("after-compact")), "after the failed compaction");

        assertEquals("0", rc(out, 4), "with room again, compaction succeeds: " + err(out, 4));
        StoreContents.assertSame(afterIngest, StoreContents.of(out.resolve("after-room")), "after the compaction");
        System.out.printf("full disk: ingest said '%s'; compaction said '%s'%n", firstLine(err(out, 2)), firstLine(err(out, 3)));
    }

    /**
     * The file system fills after the copy, before the catch-up of what was written during it: the
     * compaction fails with the same clear message, and the store is left on its old generation,
     * whole, with the writes made during the copy; with room again, compaction succeeds.
     */
    @Test
    void aFullFileSystemDuringTheCatchUpLeavesTheStoreOnItsOldGenerationWhole() throws Exception {
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path oldCorpus = tmp.resolve("old");
        Path newCorpus = tmp.resolve("new");
        int documents = DOCUMENTS / 2;
        CorpusGenerator generator = new CorpusGenerator(8);
        generator.write(oldCorpus, documents);
        for (int i = 0; i < documents; i++) {
            CorpusGenerator.Generated g = i % 2 == 0 ? generator.edited(i) : generator.generate(i);
            Files.createDirectories(newCorpus.resolve(g.path()).getParent());
            Files.write(newCorpus.resolve(g.path()), g.bytes());
        }
        Path store = disk.resolve("store");
        List<String> child = new java.util.ArrayList<>(ChildCli.command());
        child.set(child.indexOf("org.policygraph.cli.Main"), FullDiskTest.class.getName());
        String script = String.join("\n",
                "cli() { step=$1; shift; " + String.join(" ", quoted(ChildCli.command())) + " \"$@\" >" + out + "/$step.out 2>"
                        + out + "/$step.err; echo $? >" + out + "/$step.rc; }",
                "cli 1 ingest --store " + store + " " + oldCorpus,
                String.join(" ", quoted(child)) + " " + store + " " + newCorpus + " " + disk + "/filler >" + out + "/2.out 2>" + out
                        + "/2.err; echo $? >" + out + "/2.rc",
                "ls " + store + " >" + out + "/folders.txt",
                "cp -a " + store + " " + out + "/after-catch-up",
                "rm -f " + disk + "/filler",
                "cli 3 compact --store " + store,
                "cp -a " + store + " " + out + "/after-room",
                "");
        run(disk, script);

        assertEquals("0", rc(out, 1), err(out, 1));
        assertNotEquals("0", rc(out, 2), "compaction with the file system full at the catch-up fails: " + err(out, 2));
        assertClear(err(out, 2), store);
        assertTrue(err(out, 2).contains("compact"), err(out, 2));
        assertEquals(List.of("Data-0001"), Files.readAllLines(out.resolve("folders.txt")).stream().filter(n -> n.startsWith("Data-")).toList(),
                "the old generation only, no copy left");
        Map<String, Graph> young = expected(newCorpus);
        Map<Node, Graph> afterCatchUp = StoreContents.of(out.resolve("after-catch-up"));
        assertWholeAndRegistered(out.resolve("after-catch-up"), afterCatchUp, expected(oldCorpus), young);
        young.forEach((g, graph) -> assertTrue(graph.isIsomorphicWith(afterCatchUp.get(org.apache.jena.graph.NodeFactory.createURI(g))),
                g + " holds the version written during the copy"));
        assertEquals("0", rc(out, 3), "with room again, compaction succeeds: " + err(out, 3));
        StoreContents.assertSame(afterCatchUp, StoreContents.of(out.resolve("after-room")), "after the compaction");
        System.out.printf("full disk at the catch-up: compaction said '%s'%n", firstLine(err(out, 2)));
    }

    /**
     * The child of {@link #aFullFileSystemDuringTheCatchUpLeavesTheStoreOnItsOldGenerationWhole}:
     * compacts the store while, at the copy's first waypoint, the ingester writes a corpus's changes,
     * and fills the file system once the copy is made. Arguments: store, corpus, filler file.
     */
    public static void main(String[] args) {
        Path filler = Path.of(args[2]);
        try (PolicyGraphStore store = PolicyGraphStore.open(Path.of(args[0]))) {
            IngestDuringCopy writes = new IngestDuringCopy(store, Path.of(args[1]));
            java.util.concurrent.atomic.AtomicBoolean full = new java.util.concurrent.atomic.AtomicBoolean();
            Waypoint.listen(name -> {
                if (name.equals(Waypoint.COMPACTION_COPIED)) {
                    fill(filler);
                    full.set(true);
                } else if (!full.get()) {
                    // The writes during the copy only: one on the full file system would fail itself.
                    writes.reached(name);
                }
            });
            System.out.println(Compaction.run(store, DerivedData.NONE).summary());
        } catch (StoreException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** Writes {@code filler} until the file system has no room left. */
    private static void fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (var outStream = Files.newOutputStream(filler)) {
            while (true)
                outStream.write(block);
        } catch (java.io.IOException e) {
            // Full.
        }
    }

    /** Runs the script as root in a private mount namespace with a tmpfs on {@code disk}, or skips. */
    private void run(Path disk, String script) throws Exception {
        String mount = "mount -t tmpfs -o size=96m tmpfs " + disk;
        Path file = tmp.resolve("steps.sh");
        Files.writeString(file, script);
        boolean unshare = exec(List.of("unshare", "-Urm", "sh", "-c", mount)) == 0;
        if (unshare) {
            assertEquals(0, exec(List.of("unshare", "-Urm", "sh", "-c", mount + " && sh " + file)), "the steps ran");
            return;
        }
        assumeTrue(exec(List.of("sh", "-c", mount)) == 0, "neither unshare nor mount can make a small file system here");
        try {
            assertEquals(0, exec(List.of("sh", file.toString())), "the steps ran");
        } finally {
            exec(List.of("umount", disk.toString()));
        }
    }

    private int exec(List<String> cmd) throws Exception {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("sh.log").toFile()).start();
            assertTrue(p.waitFor(15, TimeUnit.MINUTES), "finished: " + cmd);
            return p.exitValue();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static void assertClear(String err, Path store) {
        assertTrue(err.toLowerCase(Locale.ROOT).contains("file system full"), "says the file system is full: " + err);
        assertTrue(err.contains(store.toString()), "names the store: " + err);
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), "no stack trace: " + err);
    }

    /** Every document graph is wholly the old or the new version, and the registry names each as ingested. */
    private static void assertWholeAndRegistered(Path dir, Map<Node, Graph> graphs, Map<String, Graph> old, Map<String, Graph> young) {
        int changed = 0;
        for (Map.Entry<Node, Graph> e : graphs.entrySet()) {
            if (e.getKey().equals(Iris.REGISTRY_GRAPH) || e.getKey().equals(Summaries.GRAPH))
                continue;
            String g = e.getKey().getURI();
            boolean isOld = old.containsKey(g) && old.get(g).isIsomorphicWith(e.getValue());
            boolean isNew = young.containsKey(g) && young.get(g).isIsomorphicWith(e.getValue());
            assertTrue(isOld || isNew, g + " is wholly the old or wholly the new version");
            changed += isOld ? 0 : 1;
        }
        assertTrue(graphs.keySet().stream().map(Node::getURI).toList().containsAll(old.keySet()), "no document is lost");
        try (PolicyGraphStore s = PolicyGraphStore.openExisting(dir)) {
            StoreContents.assertRegistered(s.dataset(), graphs, "full disk");
        }
        System.out.printf("full disk: %d of %d document graphs are the new version%n", changed, graphs.size() - 2);
    }

    /** What each document's graph must be, by graph name. */
    private Map<String, Graph> expected(Path corpus) throws Exception {
        Map<String, Graph> out = new HashMap<>();
        try (var s = Files.walk(corpus)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String key = corpus.relativize(f).toString().replace(File.separatorChar, '/');
                out.put(Iris.documentGraph(key).getURI(), pipeline.process(f, key).graph());
            }
        }
        return out;
    }

    private static List<String> quoted(List<String> words) {
        return words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").toList();
    }

    private static String rc(Path out, int step) throws Exception {
        return Files.readString(out.resolve(step + ".rc")).strip();
    }

    private static String err(Path out, int step) throws Exception {
        return Files.readString(out.resolve(step + ".err"));
    }

    private static String firstLine(String s) {
        return s.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    }
}
