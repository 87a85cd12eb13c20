package org.policygraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Bytes a store folder takes: the sum of its files' lengths, every TDB2 generation ({@code Data-NNNN})
 * included. Lengths, not allocated blocks: TDB2 grows its memory-mapped files in whole segments, and
 * the same measure before and after is what the waste ratio compares.
 */
public final class StoreSize {

    private StoreSize() {
    }

    /** The store folder's size in bytes; files that vanish while it is measured (a compaction's old generation) count 0. */
    public static long of(Path storeDir) {
        try (Stream<Path> files = Files.walk(storeDir)) {
            return files.mapToLong(StoreSize::length).sum();
        } catch (IOException e) {
            throw new StoreException("Cannot measure store " + storeDir + ": " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof NoSuchFileException)
                return of(storeDir);
            throw new StoreException("Cannot measure store " + storeDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The bytes of the store as it is in use: the folder without the generations it is not running
     * on (a compaction's copy under way, {@code Data-NNNN-tmp}, or an old generation not deleted
     * yet). What the waste ratio is judged on; {@link #of} is what the disk holds.
     */
    public static long live(Path storeDir) {
        String current = CompactedSize.currentGeneration(storeDir);
        return Math.max(0, of(storeDir) - generations(storeDir, name -> !name.equals(current)));
    }

    /**
     * The bytes of the store outside its generation folders: what stays with the store across a
     * compaction (the text index, the records), added to a copy's size to give the store's
     * compacted size.
     */
    static long outsideGenerations(Path storeDir) {
        return Math.max(0, of(storeDir) - generations(storeDir, name -> true));
    }

    /** The bytes of the generation folders ({@code Data-*}) whose names {@code counted} takes. */
    private static long generations(Path storeDir, java.util.function.Predicate<String> counted) {
        long bytes = 0;
        try (java.nio.file.DirectoryStream<Path> gens = Files.newDirectoryStream(storeDir, "Data-*")) {
            for (Path g : gens)
                if (Files.isDirectory(g) && counted.test(g.getFileName().toString()))
                    bytes += ofVanishing(g);
        } catch (IOException e) {
            throw new StoreException("Cannot measure store " + storeDir + ": " + e.getMessage(), e);
        }
        return bytes;
    }

    /** The size of a folder that may be deleted while it is measured (then 0). */
    private static long ofVanishing(Path dir) {
        try {
            return of(dir);
        } catch (StoreException e) {
            return Files.exists(dir) ? of(dir) : 0;
        }
    }

    private static long length(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Bytes as a short human reading: "812 KiB", "3.4 MiB", "1.2 GiB". */
    public static String human(long bytes) {
        if (bytes < 1024 * 1024)
            return (bytes + 1023) / 1024 + " KiB";
        if (bytes < 1024L * 1024 * 1024)
            return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
        return String.format(java.util.Locale.ROOT, "%.2f GiB", bytes / (1024.0 * 1024 * 1024));
    }
}
