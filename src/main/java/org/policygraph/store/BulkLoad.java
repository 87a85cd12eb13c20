package org.policygraph.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.system.Txn;
import org.policygraph.textindex.TextIndex;

/**
 * Jena's TDB2 phased bulk loader, building a fresh store beside the (empty) target and moving it
 * into place when complete. The phased loader works on the raw indexes outside any transaction,
 * so a kill mid-load leaves a store that no longer opens (found by CrashSafetyIT when it loaded
 * into the target itself); built beside it, a kill leaves only the side folder, which the next
 * open clears, and the target stays empty and whole. The sequential loader would be crash-safe in
 * place but takes about 1.7 times as long. Only for an empty store: it neither deletes nor replaces.
 * <p>
 * Everything derived from the quads is finished in the side folder too, so it moves into place with
 * the store and a kill loses all of it together: the text index ({@link #indexText}), fed to its own
 * thread so that the thread streaming quads only streams, and committed while the loader builds its
 * secondary indexes; and the summaries. A build of documents computes their per-key rows on a
 * scratch store of the quads those read ({@link PerKeyScratch}), so that they are loaded with the
 * documents; a copy of a store's quads (a restore) completes its summaries on the built store.
 * <pre>{@code
 * BulkLoad bulk = BulkLoad.begin(store);
 * try {
 *     DocumentWriter.write(doc, started, ended, bulk);
 *     bulk.addSummaryRows(Summaries.documentRows(graph, doc.graph()));
 *     bulk.indexText(graph, doc.graph());
 *     bulk.finish();
 * } catch (RuntimeException e) { bulk.abort(e); throw e; }
 * }</pre>
 */
public final class BulkLoad implements DocumentWriter.QuadSink {

    /**
     * The loader plan used, as {@code tdb2.tdbloader --loader=} names it: {@code phased} (Jena's
     * default), or {@code light} or {@code parallel} when the system property
     * {@code policygraph.bulkLoader} says so (to compare them on a machine).
     */
    public static final String LOADER = System.getProperty("policygraph.bulkLoader", "phased");

    /**
     * Whether a build of documents computes its per-key summary rows on a scratch store before the
     * load ends (the default), or on the built store after it when the system property
     * {@code policygraph.perKeyRows} is {@code store} (to compare the two on a machine).
     */
    static final boolean PER_KEY_ON_SCRATCH = !"store".equals(System.getProperty("policygraph.perKeyRows", "scratch"));

    /** Documents waiting for the text index thread: enough to ride out a slow flush, few enough to hold. */
    private static final int TEXT_QUEUE = 256;

    private final PolicyGraphStore target;
    private final Path side;
    private final DatasetGraph dsg;
    private final DataLoader loader;
    private final StreamRDF stream;
    private final TextIndex textIndex;
    private final BlockingQueue<TextWork> textQueue = new ArrayBlockingQueue<>(TEXT_QUEUE);
    private final Thread textThread;
    private volatile RuntimeException textFailure;
    private volatile long textBusyNanos;
    private volatile long textCommitNanos;
    /** Totals added up from the documents' rows; null while none came through {@link #addSummaryRows}. */
    private SummaryTotals totals;
    /** Where the per-key rows are computed before the load ends; null: on the built store after it. */
    private PerKeyScratch scratch;
    private final long begun = System.nanoTime();
    private final Map<String, Duration> phases = new LinkedHashMap<>();

    /** A document graph for the text index, or {@link #END}: commit and stop. */
    private record TextWork(Node graph, Graph contents) {
    }

    private static final TextWork END = new TextWork(null, null);

    private BulkLoad(PolicyGraphStore target, boolean documents) {
        this.target = target;
        this.side = target.sideFolder("bulk");
        this.dsg = DatabaseMgr.connectDatasetGraph(Location.create(side));
        // As the store is opened (PolicyGraphStore.connect): the per-key summaries query the union.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        loader = startLoader(plan(LOADER), dsg);
        stream = loader.streamRDF();
        stream.start();
        scratch = documents && PER_KEY_ON_SCRATCH ? PerKeyScratch.begin(target, plan(LOADER)).orElse(null) : null;
        textIndex = TextIndex.open(TextIndex.folderOf(side));
        textThread = new Thread(this::indexTextQueue, "policygraph-text-index");
        textThread.setDaemon(true);
        textThread.start();
    }

    private static LoaderPlan plan(String name) {
        return switch (name) {
            case "phased" -> LoaderPlans.loaderPlanPhased;
            case "light" -> LoaderPlans.loaderPlanLight;
            case "parallel" -> LoaderPlans.loaderPlanParallel;
            default -> throw new IllegalArgumentException("policygraph.bulkLoader: phased, light or parallel, not " + name);
        };
    }

    /** A loader of {@code plan} for {@code dsg}, started in bulk mode. */
    static DataLoader startLoader(LoaderPlan plan, DatasetGraph dsg) {
        // A silent monitor: LoaderMain does not accept null here, whatever its Javadoc says.
        DataLoader loader = LoaderFactory.createLoader(plan, dsg, (fmt, args) -> { });
        loader.startBulk();
        return loader;
    }

    /**
     * Starts a bulk build of documents for {@code target}, which must be empty: each document's
     * quads come with its summary rows ({@link #addSummaryRows}).
     */
    public static BulkLoad begin(PolicyGraphStore target) {
        return new BulkLoad(target, true);
    }

    /**
     * Starts a bulk build for {@code target}, which must be empty, from a copy of a store's quads
     * (a restore): its summaries are completed on the built store.
     */
    public static BulkLoad beginCopy(PolicyGraphStore target) {
        return new BulkLoad(target, false);
    }

    /** Adds one quad to the store being built. */
    @Override
    public void add(Node g, Node s, Node p, Node o) {
        put(Quad.create(g, s, p, o));
    }

    private void put(Quad q) {
        stream.quad(q);
        if (scratch != null)
            scratch.offer(q);
    }

    /**
     * Adds one document's per-document summary rows ({@link Summaries#documentRows}) and counts its
     * contributions into their totals, which {@link #finish} then writes with the quads instead of
     * reading every contribution back from the built store. A load given its summary rows only
     * through {@link #add} (a restore) has its totals recomputed from the store.
     */
    public void addSummaryRows(List<Quad> rows) {
        if (totals == null)
            totals = new SummaryTotals();
        for (Quad q : rows)
            put(q);
        totals.add(rows);
    }

    /**
     * Indexes the searchable literals of a document graph sent to this load, on the text index's
     * thread; waits only when that thread is {@value #TEXT_QUEUE} documents behind.
     */
    public void indexText(Node graph, Graph contents) {
        if (textFailure != null)
            throw textFailure;
        try {
            textQueue.put(new TextWork(graph, contents));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Bulk load interrupted", e);
        }
    }

    private void indexTextQueue() {
        try {
            while (true) {
                TextWork w = textQueue.take();
                long t0 = System.nanoTime();
                if (w == END) {
                    if (textFailure == null)
                        textIndex.commit();
                    textCommitNanos = System.nanoTime() - t0;
                    textBusyNanos += textCommitNanos;
                    return;
                }
                // After a failure keep taking, so that the loader's thread never waits on a full queue.
                if (textFailure == null) {
                    try {
                        textIndex.add(w.graph(), w.contents());
                    } catch (RuntimeException e) {
                        textFailure = e;
                    }
                }
                textBusyNanos += System.nanoTime() - t0;
            }
        } catch (InterruptedException e) {
            // abort(): the build is given up.
        } catch (RuntimeException e) {
            textFailure = e;
        }
    }

    /**
     * Completes the indexes, the text index and the summaries of the built store, then puts it in
     * the target's place: a kill at any point before the move leaves the target as it was.
     */
    public void finish() {
        long t0 = System.nanoTime();
        phase("stream documents to the loader", begun, t0);
        try {
            textQueue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Bulk load interrupted", e);
        }
        if (totals != null)
            totals.quads().forEach(this::put);
        long t1 = t0;
        boolean rowsLoaded = totals != null && scratch != null;
        if (rowsLoaded) {
            long kept = scratch.kept();
            streamPerKeyRows();
            t1 = System.nanoTime();
            phase("summaries: per-key rows on a scratch store of the " + kept + " quads they read, loaded with the documents", t0, t1);
        } else if (scratch != null) {
            // No summary rows came (no document): nothing to compute.
            scratch.discard();
            scratch = null;
        }
        // The text index commits on its thread while the loader builds its secondary indexes.
        stream.finish();
        loader.finishBulk();
        long loaded = System.nanoTime();
        phase("loader: remaining data and index phases", t1, loaded);
        long t2 = loaded;
        if (totals == null) {
            Txn.executeWrite(dsg, () -> Summaries.completeAfterBulk(dsg));
            phase("summaries: totals and per-key rows on the built store", loaded, t2 = System.nanoTime());
        } else if (!rowsLoaded) {
            PerKeyCompletion.complete(dsg, Runtime.getRuntime().availableProcessors());
            phase("summaries: per-key rows on the built store (totals streamed)", loaded, t2 = System.nanoTime());
        }
        awaitText();
        long t3 = System.nanoTime();
        phase("text index: waiting for its thread after the summaries", t2, t3);
        phases.put("text index thread busy, overlapped (of which commit " + seconds(textCommitNanos) + ")",
                Duration.ofNanos(textBusyNanos));
        textIndex.close();
        TDBInternal.expel(dsg);
        target.replaceEmptyWith(side);
        // Built in one pass, the store holds no waste: the baseline of auto-compaction.
        CompactedSize.record(target.location(), StoredDocuments.count(target.dataset()));
        phase("move into place and reopen", t3, System.nanoTime());
    }

    /**
     * Streams the per-key rows computed on the scratch store to the loader, each summary's as its
     * query ends, then the mark of summaries current; the rows are garbage once streamed.
     */
    private void streamPerKeyRows() {
        PerKeyScratch done = scratch;
        scratch = null;
        done.rows(Runtime.getRuntime().availableProcessors(), stream::quad);
        stream.quad(Summaries.currentMarker());
    }

    private void awaitText() {
        try {
            textThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Bulk load interrupted", e);
        }
        if (textFailure != null)
            throw textFailure;
    }

    /** Wall time of each step of the build, in order; filled in by {@link #finish}. */
    public Map<String, Duration> phases() {
        return new LinkedHashMap<>(phases);
    }

    private void phase(String name, long from, long to) {
        phases.put(name, Duration.ofNanos(to - from));
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /** Gives up the build after {@code cause}, leaving the target as it was. */
    public void abort(Exception cause) {
        if (scratch != null)
            scratch.abort(cause);
        textThread.interrupt();
        try {
            textThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            loader.finishException(cause);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
        try {
            textIndex.close();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
        TDBInternal.expel(dsg);
        target.discardSideFolder(side);
    }
}
