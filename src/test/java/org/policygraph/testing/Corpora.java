package org.policygraph.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.policygraph.text.FileStamp;

/**
 * Where the test corpora are: our own examples (always there) and the shared seeds and samples
 * beside the repository (there in CI, maybe not on a fresh clone: tests over them are skipped then).
 */
public final class Corpora {

    private Corpora() {
    }

    /** The example corpus shipped in the repository. */
    public static Path examples() {
        return Path.of("examples", "corpus");
    }

    /** One example document, by its path below {@code examples/corpus}. */
    public static Path example(String relative) {
        return examples().resolve(relative);
    }

    /** {@code ../shared}, or the folder named by the system property {@code policygraph.shared}. */
    public static Path shared() {
        return Path.of(System.getProperty("policygraph.shared", "../shared"));
    }

    /** {@code ../shared/seeds}; skips the calling test when it is absent. */
    public static Path seeds() {
        Path p = shared().resolve("seeds");
        assumeTrue(Files.isDirectory(p), "no shared seeds at " + p.toAbsolutePath());
        return p;
    }

    /** {@code ../shared/samples}; skips the calling test when it is absent. */
    public static Path samples() {
        Path p = shared().resolve("samples");
        assumeTrue(Files.isDirectory(p), "no shared samples at " + p.toAbsolutePath());
        return p;
    }

    /** A seed document, by the start of its file name ("000_"); skips the test when absent. */
    public static Path seed(String prefix) {
        try (Stream<Path> s = Files.list(seeds())) {
            List<Path> found = s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
            assumeTrue(found.size() == 1, "no single seed starting with " + prefix);
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder tree. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(target);
                else
                    Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives every file under {@code root} the modification time {@code time}, and waits until their
     * change times (set to the clock by this, as by the copy) are settled: a corpus written long
     * before it is read, whose times an ingest records (a copy made by a test is seconds old, and
     * whether a run records its times would depend on how long the test took to get there).
     */
    public static void setModified(Path root, Instant time) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList())
                Files.setLastModifiedTime(p, FileTime.from(time));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        waitUntilSettled();
    }

    /**
     * Waits until every file time set so far is {@linkplain FileStamp#settledBefore settled}: a
     * file's change time cannot be set back, so a test that wants its files' times recorded waits
     * for them to lie {@link FileStamp#SETTLE} in the past.
     */
    public static void waitUntilSettled() {
        try {
            Thread.sleep(FileStamp.SETTLE.toMillis() + 100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for file times to settle", e);
        }
    }
}
