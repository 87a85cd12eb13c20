package org.policygraph.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Builds a store from a {@link Snapshot}. The quads go through Jena's bulk loader into a store beside
 * the target, which takes the target's place only when the whole file has been read ({@link BulkLoad}):
 * a truncated or damaged file is reported, naming it, and the target is left as it was. A store that
 * holds data is refused unless it is to be replaced; then the file is first read through once to
 * the end, so that a damaged backup never costs the store it was to replace, and the old store is
 * kept beside the target as {@code .NAME.before-restore} until the new one is in place.
 * <pre>{@code
 * Restore.Restored r = Restore.run(Path.of("backup.nq.gz"), Path.of("data/store"), false, DerivedData.NONE);
 * }</pre>
 */
public final class Restore {

    /**
     * A finished restore.
     *
     * @param store  the store folder
     * @param graphs named graphs restored
     * @param quads  quads restored
     */
    public record Restored(Path store, long graphs, long quads) {

        /** One line for the command line. */
        public String summary() {
            return "Restored " + store + ": " + graphs + " graphs, " + quads + " quads";
        }
    }

    private Restore() {
    }

    /**
     * Restores {@code snapshot} into the store at {@code storeDir}.
     *
     * @param replace whether a store that holds data may be replaced
     * @throws StoreException naming the file when it is missing, truncated or damaged, or naming the
     *         store when it holds data and {@code replace} is false; the store is then unchanged
     */
    public static Restored run(Path snapshot, Path storeDir, boolean replace, DerivedData derived) {
        if (!Files.isRegularFile(snapshot))
            throw new StoreException("No backup file at " + snapshot);
        long held = quadsIn(storeDir);
        if (held > 0 && !replace)
            throw new StoreException("Store " + storeDir + " is not empty (" + held + " quads); restore into a new folder,"
                    + " or give --replace to discard what it holds");
        Restored restored;
        if (held > 0) {
            read(snapshot, q -> { });
            restored = replacing(snapshot, storeDir);
        } else {
            restored = intoEmpty(snapshot, storeDir);
        }
        try (PolicyGraphStore store = PolicyGraphStore.open(storeDir)) {
            derived.bringInStep(store, DerivedData.Cause.RESTORED);
        }
        return restored;
    }

    /** Quads the store at {@code dir} holds; 0 when there is no store there yet. */
    private static long quadsIn(Path dir) {
        if (!Files.isDirectory(dir))
            return 0;
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isEmpty())
                return 0;
        } catch (IOException e) {
            throw new StoreException("Cannot read store folder " + dir + ": " + e.getMessage(), e);
        }
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            return Txn.calculateRead(store.dataset(), () -> {
                var it = store.dataset().find();
                long n = 0;
                while (it.hasNext() && n < 1_000_000) {
                    it.next();
                    n++;
                }
                return n;
            });
        }
    }

    private static Restored intoEmpty(Path snapshot, Path storeDir) {
        try (PolicyGraphStore store = PolicyGraphStore.open(storeDir)) {
            BulkLoad bulk = BulkLoad.beginCopy(store);
            try {
                boolean[] summariesCurrent = {false};
                long[] counts = read(snapshot, q -> {
                    summariesCurrent[0] |= Summaries.isCurrentMarker(q);
                    bulk.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                });
                bulk.finish();
                // A backup from before the summaries (or of other definitions) brings none, or stale
                // ones: the bulk load only completes the rows it was given, so they are rebuilt whole.
                if (!summariesCurrent[0])
                    Txn.executeWrite(store.dataset(), () -> Summaries.rebuild(store.dataset()));
                return new Restored(storeDir, counts[0], counts[1]);
            } catch (RuntimeException | InternalError e) {
                bulk.abort(e instanceof Exception ex ? ex : new RuntimeException(e));
                if (NoSpace.causedIn(e, storeDir))
                    throw new StoreException("File system full: cannot restore " + snapshot + " into store " + storeDir
                            + "; the store is unchanged", e);
                throw e;
            }
        }
    }

    /** Puts the old store aside, restores into an empty one in its place, and puts the old one back if that fails. */
    private static Restored replacing(Path snapshot, Path storeDir) {
        Path abs = storeDir.toAbsolutePath();
        Path aside = abs.resolveSibling("." + abs.getFileName() + ".before-restore");
        if (Files.exists(aside))
            throw new StoreException("An earlier restore into " + storeDir + " did not finish: " + aside
                    + " holds the store as it was before it; move it back to " + storeDir + " or delete it, then restore again");
        try {
            Files.move(abs, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Cannot move store " + storeDir + " aside to replace it: " + e.getMessage(), e);
        }
        Restored restored;
        try {
            restored = intoEmpty(snapshot, storeDir);
        } catch (RuntimeException e) {
            try {
                deleteTree(abs);
                Files.move(aside, abs, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException back) {
                e.addSuppressed(back);
                throw new StoreException(e.getMessage() + "; the old store is in " + aside, e);
            }
            throw e;
        }
        try {
            deleteTree(aside);
        } catch (IOException e) {
            // The restored store is in place; the old copy only costs disk space.
        }
        return restored;
    }

    /**
     * Reads every quad of the gzipped N-Quads file to its end, handing each to {@code sink}; returns
     * {graphs, quads}.
     *
     * @throws StoreException naming the file when it is truncated, damaged or not N-Quads
     */
    static long[] read(Path snapshot, Consumer<Quad> sink) {
        Set<org.apache.jena.graph.Node> graphs = new HashSet<>();
        long[] quads = {0};
        try (InputStream gzip = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(snapshot), 1 << 16), 1 << 16);
             ReadFailures in = new ReadFailures(gzip)) {
            RDFParser.source(in).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(new StreamRDFBase() {
                        @Override
                        public void quad(Quad q) {
                            if (!q.isDefaultGraph())
                                graphs.add(q.getGraph());
                            try {
                                sink.accept(q);
                            } catch (RuntimeException e) {
                                throw new SinkFailed(e);
                            }
                            quads[0]++;
                        }

                        @Override
                        public void triple(org.apache.jena.graph.Triple t) {
                            quad(Quad.create(Quad.defaultGraphIRI, t));
                        }
                    });
            if (in.failure != null)
                throw in.failure;
        } catch (SinkFailed e) {
            throw (RuntimeException) e.getCause();
        } catch (IOException e) {
            throw damaged(snapshot, e);
        } catch (RuntimeException e) {
            if (e instanceof StoreException || !(hasIoCause(e) || e instanceof org.apache.jena.riot.RiotException))
                throw e;
            throw damaged(snapshot, e);
        }
        return new long[] {graphs.size(), quads[0]};
    }

    /**
     * Keeps the first read error of the stream: Jena's parser takes an error at the very first read
     * (a file cut off within its first block) for the end of the input and parses nothing, which
     * would restore an empty store from a damaged backup without a word.
     */
    private static final class ReadFailures extends java.io.FilterInputStream {
        private IOException failure;

        ReadFailures(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }
    }

    /** A failure of the store being built, not of the file being read: passed on as it is. */
    private static final class SinkFailed extends RuntimeException {
        SinkFailed(RuntimeException cause) {
            super(cause);
        }
    }

    private static boolean hasIoCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof IOException)
                return true;
        return false;
    }

    private static StoreException damaged(Path snapshot, Exception e) {
        String reason = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof IOException && t.getMessage() != null)
                reason = t.getMessage();
        return new StoreException("Backup " + snapshot + " is truncated or damaged (" + reason + "); nothing was restored", e);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p))
            return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList())
                Files.delete(q);
        }
    }
}
