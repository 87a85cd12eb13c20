package org.policygraph.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The store-format marker, a small file in the store folder beside TDB2's own files: which format
 * the store was written in, so that a store this build cannot read faithfully is refused before any
 * query runs on it. Format 2 is a store written with Jena 6: Jena 6.0 changed the canonical form of
 * xsd:decimal values and how TDB2 keeps them, and its release notes advise reloading TDB2 data, so a
 * store written with Jena 5 (format 1, from before there was a marker) may hold decimals that Jena 6
 * matches and prints differently from the same figures ingested anew. Such a store is rebuilt, not
 * converted: its documents are ingested again.
 */
final class StoreFormat {

    /** Name of the marker file in the store folder. */
    static final String FILE = "policygraph-store.properties";

    /** The format this build writes and reads; raise it whenever stored data stops reading the same. */
    static final int CURRENT = 2;

    /** The Jena major version whose TDB2 encoding format {@link #CURRENT} is. */
    static final int JENA_MAJOR = 6;

    private static final String FORMAT_KEY = "format";
    private static final String JENA_KEY = "jena";

    private StoreFormat() {
    }

    /** Writes the marker of the current format into {@code storeDir}. */
    static void write(Path storeDir) throws IOException {
        String text = "# policygraph store format: a store of another format is refused (README, \"Store format\").\n"
                + FORMAT_KEY + "=" + CURRENT + "\n"
                + JENA_KEY + "=" + JENA_MAJOR + "\n";
        Files.writeString(storeDir.resolve(FILE), text, StandardCharsets.UTF_8);
    }

    /**
     * Refuses a store folder that is not a store of the current format, saying how to rebuild it.
     *
     * @throws StoreException naming the folder when its marker is missing or names another format
     */
    static void check(Path storeDir) {
        Path marker = storeDir.resolve(FILE);
        if (!Files.isRegularFile(marker)) {
            if (holdsTdb2Data(storeDir))
                throw new StoreException("Store " + storeDir + " was written by an older policygraph (Jena 5, store format 1)"
                        + " and cannot be read by this one (Jena " + JENA_MAJOR + ", store format " + CURRENT + "): "
                        + "Jena 6 changed how decimal values are canonicalised and stored, and Jena advises reloading"
                        + " TDB2 data written by Jena 5. " + rebuild(storeDir));
            throw new StoreException("Folder " + storeDir + " is not empty and holds no policygraph store (no " + FILE
                    + "); give an empty or new folder as --store");
        }
        int format = format(marker);
        if (format == CURRENT)
            return;
        String writer = format < CURRENT ? "an older" : "a newer";
        throw new StoreException("Store " + storeDir + " has store format " + format + ", written by " + writer
                + " policygraph; this one reads format " + CURRENT + " (Jena " + JENA_MAJOR + ") only. "
                + (format < CURRENT ? rebuild(storeDir) : "Open it with the policygraph that wrote it."));
    }

    private static String rebuild(Path storeDir) {
        return "Rebuild it: delete " + storeDir + " and run 'policygraph ingest --store " + storeDir
                + " <your source folders>' again (then 'policygraph link' if you use links); "
                + "to keep a copy of the old graph, run 'policygraph export' with the policygraph that wrote it first.";
    }

    private static int format(Path marker) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new StoreException("Cannot read the store-format marker " + marker + ": " + e.getMessage(), e);
        }
        String value = p.getProperty(FORMAT_KEY, "").strip();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new StoreException("The store-format marker " + marker + " names no format ('" + FORMAT_KEY + "="
                    + value + "'); delete the store folder and ingest again", e);
        }
    }

    /** TDB2 keeps its data in generation folders {@code Data-0001}, {@code Data-0002}, ... */
    private static boolean holdsTdb2Data(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }
}
