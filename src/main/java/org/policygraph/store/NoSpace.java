package org.policygraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Recognises a failure caused by a full file system, whichever layer reports it: an
 * {@code IOException} "No space left on device" from a write; when TDB2 writes through a
 * memory-mapped file on a full file system, the JVM's "fault in an unsafe memory access"; and when it
 * writes a block through a read-write call (a store opened for ingest, in TDB2's "direct" file mode),
 * its "short write" (the call wrote part of the block, as a full file system lets it). The last two
 * name no cause and are only recognised by the file system being (nearly) full.
 */
public final class NoSpace {

    /** Below this many free bytes a memory-access fault is put down to a full file system. */
    private static final long NEARLY_FULL = 16L * 1024 * 1024;

    private NoSpace() {
    }

    /** Whether {@code failure} comes from the file system of {@code dir} being full. */
    public static boolean causedIn(Throwable failure, Path dir) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded")))
                return true;
            if (t instanceof InternalError && m != null && m.contains("unsafe memory access")
                    || m != null && m.contains("short write"))
                return usableSpace(dir) < NEARLY_FULL;
        }
        return false;
    }

    /**
     * {@code failure} as the error to report: when a full file system caused it, a
     * {@link StoreException} that says so and names the store; otherwise {@code failure} itself.
     */
    public static RuntimeException explain(Throwable failure, Path store, String doing) {
        if (causedIn(failure, store))
            return new StoreException("File system full: cannot " + doing + " store " + store + " ("
                    + usableSpace(store) / 1024 + " KiB free); what was committed before is kept, the rest is not", failure);
        if (failure instanceof RuntimeException r)
            return r;
        if (failure instanceof Error e)
            throw e;
        return new StoreException("Cannot " + doing + " store " + store + ": " + failure.getMessage(), failure);
    }

    /**
     * Whether {@code dir}'s file system has {@code bytes} free, with the margin below which writes
     * are put down to a full file system to spare.
     */
    public static boolean hasRoomFor(Path dir, long bytes) {
        return usableSpace(dir) - NEARLY_FULL >= bytes;
    }

    /** Free bytes on {@code dir}'s file system; large when unknown. */
    public static long free(Path dir) {
        return usableSpace(dir);
    }

    /** Free bytes on {@code dir}'s file system (of its nearest existing ancestor); large when unknown. */
    static long usableSpace(Path dir) {
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p))
            p = p.getParent();
        try {
            return p == null ? Long.MAX_VALUE : Files.getFileStore(p).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
