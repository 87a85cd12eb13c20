package org.policygraph.store;

import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The per-key rows of a store built in bulk, computed several summaries at once. Each per-key
 * summary is one query over the whole corpus (at 100,000 documents 0.2-57 s each, 191 s in all, run
 * one after the other on one core while the other stood idle: bench/RESULTS.md). Each runs here in
 * its own read transaction on a thread of its own, and one write transaction adds the rows as they
 * come: TDB2 lets readers and one writer run together, and the readers see the store as committed,
 * which holds every document (no per-key query reads the summary graph it writes to).
 */
final class PerKeyCompletion {

    private PerKeyCompletion() {
    }

    /**
     * Adds the rows of every per-key summary to {@code dsg}, {@code threads} summaries at a time,
     * and marks the summaries current. Outside any transaction; on failure nothing is written.
     */
    static void complete(DatasetGraph dsg, int threads) {
        Txn.executeWrite(dsg, () -> {
            rows(dsg, threads, dsg::add);
            Summaries.markCurrent(dsg);
        });
    }

    /**
     * Gives {@code sink} the rows of every per-key summary over {@code dsg} (whose default graph is
     * the union of its graphs), {@code threads} summaries at a time. Each summary's rows go to the
     * sink, on the calling thread, as soon as its query ends: the sink's consumer (a loader) takes
     * them in while the longer queries still run, and no summary's rows wait in memory for the rest.
     * Reads {@code dsg} in read transactions of its own.
     */
    static void rows(DatasetGraph dsg, int threads, Consumer<Quad> sink) {
        ExecutorService pool = pool(threads);
        try {
            CompletionService<List<Quad>> done = new ExecutorCompletionService<>(pool);
            int pending = submitAll(dsg, done);
            for (; pending > 0; pending--)
                rowsOf(take(done)).forEach(sink);
        } finally {
            end(pool);
        }
    }

    private static ExecutorService pool(int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "policygraph-summary-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Submits each per-key summary, in a read transaction of its own, costliest first (the order of SummaryDefinition.ALL); gives how many. */
    private static int submitAll(DatasetGraph dsg, CompletionService<List<Quad>> done) {
        int n = 0;
        for (SummaryDefinition def : SummaryDefinition.ALL)
            if (def.kind() == SummaryDefinition.Kind.PER_KEY) {
                done.submit(() -> Txn.calculateRead(dsg, () -> Summaries.allKeyRows(dsg, def)));
                n++;
            }
        return n;
    }

    private static Future<List<Quad>> take(CompletionService<List<Quad>> done) {
        try {
            return done.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while computing summaries", e);
        }
    }

    /** After a failure too: the queries still under way end before the caller discards the store they read. */
    private static void end(ExecutorService pool) {
        pool.shutdownNow();
        awaitEnd(pool);
    }

    private static void awaitEnd(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a summary query over a large corpus: keep waiting
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Quad> rowsOf(Future<List<Quad>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while computing summaries", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r)
                throw r;
            throw new StoreException("Computing summaries failed", e.getCause());
        }
    }
}
