package org.policygraph.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;


/**
 * The size of a store right after it was last compacted (or built compact, by the bulk loader or a
 * restore), kept in a small file in the store folder with the TDB2 generation it measured and the
 * documents the store held. The store's waste is judged against it: what the folder holds beyond
 * that is mostly the blocks that replaced documents left behind. A record of another generation than
 * the current one (the store was compacted by other means) counts as none.
 * <p>
 * Documents added since are growth, not waste. What one more document takes compacted is learnt
 * from two records: the difference in size over the difference in documents
 * ({@link #perDocument}), once enough documents came between them for the files' growth in whole
 * segments not to swamp it. The earlier of the two is the first record since the last lesson
 * ({@link #baseBytes}, {@link #baseDocuments}), not the one just before: under a steady feed a
 * store is compacted every minute or two, a few dozen documents apart, and learning only from the
 * one before, the soak's store never learnt and compacted twice as often. The average size per
 * document will not do: a small store is mostly
 * TDB2's preallocated segments (a 40-document store takes about 200 MB, and 40 more documents add
 * 0.5 MB). Judged against the bare size instead, the soak's store passed the threshold on new
 * documents alone once a backlog landed, and was compacted three times in four minutes, holding its
 * writers each time.
 *
 * @param generation  the TDB2 generation folder measured, {@code Data-NNNN}
 * @param bytes       the store's compacted size then: the generation and the files beside it
 * @param documents   how many documents the store held then; {@link #UNKNOWN} in records written before that was recorded
 * @param perDocument bytes one more document adds to the compacted size, as learnt; {@link #UNKNOWN} until learnt
 * @param baseBytes   the compacted size the next lesson is learnt from: the first record since the last lesson
 * @param baseDocuments the documents held at {@code baseBytes}
 */
public record CompactedSize(String generation, long bytes, long documents, long perDocument, long baseBytes, long baseDocuments) {

    /** A record that is its own base: the next lesson is learnt from it. */
    public CompactedSize(String generation, long bytes, long documents, long perDocument) {
        this(generation, bytes, documents, perDocument, bytes, documents);
    }

    /** A count or size not known. */
    public static final long UNKNOWN = -1;

    /** Fewest documents between two records for their sizes to teach {@link #perDocument}. */
    static final long LEARN_MIN_DOCUMENTS = 100;

    /** Name of the file in the store folder. */
    static final String FILE = "policygraph-compacted.properties";

    /**
     * What the store would take compacted now that it holds {@code documentsNow} documents: the
     * recorded size, and what the documents added since take. Never below the recorded size:
     * removed documents leave blocks behind that only a compaction gives back, waste like any other.
     * Until a size per document is learnt, the recorded size.
     */
    public long expectedFor(long documentsNow) {
        if (perDocument < 0 || documents < 0 || documentsNow <= documents)
            return bytes;
        return bytes + (documentsNow - documents) * perDocument;
    }

    /** The record for the store's current generation, if there is one. */
    public static Optional<CompactedSize> read(Path storeDir) {
        return readAny(storeDir).filter(c -> c.bytes() > 0 && c.generation().equals(currentGeneration(storeDir)));
    }

    /** The record in the folder, of whichever generation. */
    private static Optional<CompactedSize> readAny(Path storeDir) {
        Path file = storeDir.resolve(FILE);
        if (!Files.isRegularFile(file))
            return Optional.empty();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            long bytes = number(p, "bytes");
            long documents = number(p, "documents");
            // Records written before the base was kept are their own.
            return Optional.of(new CompactedSize(p.getProperty("generation", ""), bytes, documents, number(p, "perDocument"),
                    number(p, "baseBytes", bytes), number(p, "baseDocuments", documents)));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long number(Properties p, String key) {
        return number(p, key, UNKNOWN);
    }

    private static long number(Properties p, String key, long missing) {
        return Long.parseLong(p.getProperty(key, String.valueOf(missing)).trim());
    }

    /** Measures the store folder now and records it as its compacted size, with the documents it holds. */
    static CompactedSize record(Path storeDir, long documents) {
        return record(storeDir, currentGeneration(storeDir), StoreSize.of(storeDir), documents);
    }

    /**
     * Records {@code bytes} as the compacted size of {@code generation}, holding {@code documents};
     * learns the size per document from the base of the record it replaces when enough documents came
     * since, else keeps what that one had learnt ({@link #after}).
     */
    static CompactedSize record(Path storeDir, String generation, long bytes, long documents) {
        CompactedSize c = readAny(storeDir).map(before -> after(before, generation, bytes, documents))
                .orElseGet(() -> new CompactedSize(generation, bytes, documents, UNKNOWN));
        Path tmp = storeDir.resolve(FILE + ".tmp");
        try {
            Files.writeString(tmp, "# policygraph: size of this store right after its last compaction (bytes), the documents it"
                    + " held, and the bytes one more document adds, learnt from two such records\n"
                    + "generation=" + c.generation + "\nbytes=" + c.bytes + "\ndocuments=" + c.documents
                    + "\nperDocument=" + c.perDocument + "\nbaseBytes=" + c.baseBytes + "\nbaseDocuments=" + c.baseDocuments
                    + "\n", StandardCharsets.UTF_8);
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

    /**
     * The record of {@code bytes} holding {@code documents} that follows {@code before}. Once enough
     * documents came since {@code before}'s base, it learns the difference in size over the
     * difference in documents, at most its own average (which includes the store's fixed part), and
     * is the next base. With too few, it keeps what was learnt and the base. A size that did not grow
     * over enough documents teaches nothing, and the base moves to it: the base was measured high.
     * After a record that counted no documents, it is its own base.
     */
    static CompactedSize after(CompactedSize before, String generation, long bytes, long documents) {
        if (before.baseDocuments() < 0 || documents < 0)
            return new CompactedSize(generation, bytes, documents, before.perDocument());
        long added = documents - before.baseDocuments();
        if (added < Math.max(LEARN_MIN_DOCUMENTS, documents / 10))
            return new CompactedSize(generation, bytes, documents, before.perDocument(), before.baseBytes(), before.baseDocuments());
        if (bytes <= before.baseBytes())
            return new CompactedSize(generation, bytes, documents, before.perDocument());
        return new CompactedSize(generation, bytes, documents, Math.min((bytes - before.baseBytes()) / added, bytes / documents));
    }

    /**
     * The name of the TDB2 generation folder in use, {@code Data-NNNN} (the highest), or "" when there
     * is none. Read by name rather than with Jena's {@code DatabaseOps.findStorageLocation}, which
     * throws on the {@code Data-NNNN-tmp} folder a compaction under way has beside the store's: the
     * server measures its waste while a compaction may be running.
     */
    static String currentGeneration(Path storeDir) {
        String best = "";
        long bestNumber = -1;
        try (DirectoryStream<Path> gens = Files.newDirectoryStream(storeDir, "Data-*")) {
            for (Path g : gens) {
                String name = g.getFileName().toString();
                if (!GENERATION.matcher(name).matches() || !Files.isDirectory(g))
                    continue;
                long n = Long.parseLong(name.substring(name.indexOf('-') + 1));
                if (n > bestNumber) {
                    bestNumber = n;
                    best = name;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "";
        }
        return best;
    }

    private static final Pattern GENERATION = Pattern.compile("Data-\\d{1,9}");
}
