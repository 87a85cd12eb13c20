package org.policygraph.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

import org.apache.jena.tdb2.sys.DatabaseOps;

/**
 * The size of a store right after it was last compacted (or built compact, by the bulk loader or a
 * restore), kept in a small file in the store folder with the TDB2 generation it measured. The
 * store's waste is judged against it: what the folder holds beyond that is mostly the blocks that
 * replaced documents left behind. A record of another generation than the current one (the store
 * was compacted by other means) counts as none.
 *
 * @param generation the TDB2 generation folder measured, {@code Data-NNNN}
 * @param bytes      the store folder's size then
 */
public record CompactedSize(String generation, long bytes) {

    /** Name of the file in the store folder. */
    static final String FILE = "policygraph-compacted.properties";

    /** The record for the store's current generation, if there is one. */
    public static Optional<CompactedSize> read(Path storeDir) {
        Path file = storeDir.resolve(FILE);
        if (!Files.isRegularFile(file))
            return Optional.empty();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            CompactedSize c = new CompactedSize(p.getProperty("generation", ""), Long.parseLong(p.getProperty("bytes", "-1")));
            return c.bytes() > 0 && c.generation().equals(currentGeneration(storeDir)) ? Optional.of(c) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Measures the store folder now and records it as its compacted size. */
    static CompactedSize record(Path storeDir) {
        CompactedSize c = new CompactedSize(currentGeneration(storeDir), StoreSize.of(storeDir));
        Path tmp = storeDir.resolve(FILE + ".tmp");
        try {
            Files.writeString(tmp, "# policygraph: size of this store right after its last compaction (bytes)\n"
                    + "generation=" + c.generation + "\nbytes=" + c.bytes + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, storeDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Only the waste estimate is at stake: without a record the next check compacts again.
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // As above.
            }
        }
        return c;
    }

    /** The name of the TDB2 generation folder in use, {@code Data-NNNN}, or "" when there is none. */
    static String currentGeneration(Path storeDir) {
        Path db = DatabaseOps.findStorageLocation(storeDir);
        return db == null ? "" : db.getFileName().toString();
    }
}
