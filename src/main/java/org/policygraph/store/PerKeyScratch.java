package org.policygraph.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The per-key summary rows of a bulk build, computed before its load ends so that the loader takes
 * them in with the documents. Over the built store they cost a query over the whole corpus each and
 * a write transaction of millions of rows after the load (at 100,000 documents 233 s, a fifth of the
 * build: bench/RESULTS.md). The per-key queries read only a few predicates ({@link QueryFootprint},
 * about 6% of the quads), so this keeps those quads in a small TDB2 store of its own beside the build,
 * loaded by a second loader as the documents stream; when they are all in it finishes that store and
 * runs the same queries there, over the same union of graphs, for the same rows.
 */
final class PerKeyScratch {

    /** What the per-key summaries read; empty when a definition reads more than patterns of known predicates. */
    static final Optional<QueryFootprint> FOOTPRINT = QueryFootprint.of(SummaryDefinition.ALL.stream()
            .filter(d -> d.kind() == SummaryDefinition.Kind.PER_KEY).map(SummaryDefinition::query).toList());

    private final PolicyGraphStore target;
    private final Path folder;
    private final QueryFootprint footprint;
    private final DatasetGraph dsg;
    private final DataLoader loader;
    private final StreamRDF stream;
    private long kept;
    private boolean ended;
    private boolean closed;

    private PerKeyScratch(PolicyGraphStore target, QueryFootprint footprint, LoaderPlan plan) {
        this.target = target;
        this.footprint = footprint;
        this.folder = target.sideFolder("per-key");
        this.dsg = DatabaseMgr.connectDatasetGraph(Location.create(folder));
        // As the store the rows are for is queried: the default graph is the union of the named graphs.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        loader = BulkLoad.startLoader(plan, dsg);
        stream = loader.streamRDF();
        stream.start();
    }

    /** A scratch store beside {@code target}'s build, or empty when the footprint of the per-key summaries is unknown. */
    static Optional<PerKeyScratch> begin(PolicyGraphStore target, LoaderPlan plan) {
        return FOOTPRINT.map(f -> new PerKeyScratch(target, f, plan));
    }

    /** Keeps {@code q} if a per-key summary can read it. */
    void offer(Quad q) {
        if (footprint.admits(q)) {
            stream.quad(q);
            kept++;
        }
    }

    /** Quads kept so far. */
    long kept() {
        return kept;
    }

    /**
     * Finishes the scratch store and gives {@code sink} the rows of every per-key summary over it,
     * {@code threads} summaries at a time and each as its query ends, then deletes it. Only once,
     * after the last quad.
     */
    void rows(int threads, Consumer<Quad> sink) {
        ended = true;
        try {
            stream.finish();
            loader.finishBulk();
            PerKeyCompletion.rows(dsg, threads, sink);
        } finally {
            close();
        }
    }

    /** Deletes the scratch store unused. */
    void discard() {
        abort(new StoreException("per-key rows not needed from the scratch store"));
    }

    /** Gives up the scratch store after {@code cause}; nothing of it is left. */
    void abort(Exception cause) {
        if (!ended) {
            ended = true;
            try {
                loader.finishException(cause);
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
        close();
    }

    private void close() {
        if (closed)
            return;
        closed = true;
        TDBInternal.expel(dsg);
        target.discardSideFolder(folder);
    }
}
