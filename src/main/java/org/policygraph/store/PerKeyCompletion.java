package org.policygraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "policygraph-summary-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            // In the order of SummaryDefinition.ALL, whose costliest per-key summaries come first.
            List<Future<List<Quad>>> rows = new ArrayList<>();
            for (SummaryDefinition def : SummaryDefinition.ALL)
                if (def.kind() == SummaryDefinition.Kind.PER_KEY)
                    rows.add(pool.submit(() -> Txn.calculateRead(dsg, () -> Summaries.allKeyRows(dsg, def))));
            Txn.executeWrite(dsg, () -> {
                for (Future<List<Quad>> f : rows)
                    rowsOf(f).forEach(dsg::add);
                Summaries.markCurrent(dsg);
            });
        } finally {
            // After a failure, the queries still under way end before the caller discards the store they read.
            pool.shutdownNow();
            awaitEnd(pool);
        }
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
