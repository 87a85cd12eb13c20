package org.policygraph.store;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;

/**
 * The store's dataset as its users see it: every transaction runs wholly on the TDB2 generation
 * ({@code Data-NNNN}) it began on, so that a compaction can switch to a new generation while queries
 * are under way. Those finish on the old generation, which is let go of when its last transaction
 * ends; transactions begun after the switch run on the new one, held only while the switch itself
 * is made.
 * <p>
 * Jena's container ({@link DatasetGraphSwitchable}) sends every call to the generation current at
 * that moment: a read transaction that spans its switch ends on the new generation (where this
 * thread has no transaction, so the end does nothing) while its transaction on the old one stays
 * open, and {@code DatabaseOps.compact} then waits for that one forever before it lets go of the old
 * generation. Here each thread's transaction is tied to its generation from {@code begin} to
 * {@code commit}, {@code abort} or {@code end}, and every call in between goes there, queries
 * included: ARQ plans a query over a wrapper on what the wrapper holds at that moment
 * ({@code QueryEngineFactoryWrapper} asks {@link #getWrapped}), which inside a transaction is its
 * generation, so TDB2's own query engine runs it there. Graphs handed out are views over this
 * dataset, so one kept across transactions follows them.
 * <p>
 * Outside a transaction calls go to Jena's container, as they would without this class.
 * <p>
 * Every write of a served store comes through here (the ingester, Fuseki's update endpoint, graph
 * views handed out by {@link #getGraph}), so here is where a compaction learns what was written
 * while it copied: while a recording is open ({@link #startRecording}) each committed transaction
 * adds the names of the graphs it wrote ({@link WrittenGraphs}). They are kept with the transaction
 * and added at its commit, not at each write, so that a transaction begun before the recording and
 * committed after the copy's snapshot is recorded too, and an aborted one is not.
 */
public final class PinnedDataset extends DatasetGraphWrapper {

    private final DatasetGraphSwitchable container;
    // Begin takes the read side for a moment (to pick its generation); a switch takes the write side.
    private final ReentrantReadWriteLock switching = new ReentrantReadWriteLock();
    private final ThreadLocal<Pin> pinned = new ThreadLocal<>();
    private volatile Generation current;
    private volatile WrittenGraphs recording;

    PinnedDataset(DatasetGraphSwitchable container) {
        super(container, container.getContext());
        this.container = container;
        this.current = new Generation((DatasetGraphTDB) container.get());
    }

    /** Jena's container of the generations. */
    DatasetGraphSwitchable container() {
        return container;
    }

    /**
     * The generation this thread's transaction runs on, for reading TDB2's indexes directly; the
     * container outside a transaction.
     */
    public DatasetGraph storage() {
        return get();
    }

    @Override
    protected DatasetGraph get() {
        Pin p = pinned.get();
        return p == null ? container : p.generation.storage;
    }

    @Override
    public void begin(TxnType type) {
        Pin p = pinned.get();
        if (p != null) {
            // Already in a transaction: the generation's own begin says so.
            p.generation.storage.begin(type);
            return;
        }
        Generation g;
        switching.readLock().lock();
        try {
            g = current;
            g.pin(type);
        } finally {
            switching.readLock().unlock();
        }
        try {
            g.storage.begin(type);
            // Counted once TDB2 has counted it: a compaction compares the two counts (see Compaction).
            if (type == TxnType.WRITE)
                g.writeTransactions.incrementAndGet();
            pinned.set(new Pin(g, type, new WrittenGraphs.InTransaction()));
        } catch (RuntimeException | Error e) {
            g.unpin(type);
            throw e;
        }
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public void begin() {
        begin(TxnType.READ_PROMOTE);
    }

    @Override
    public void commit() {
        finish(DatasetGraph::commit, true);
    }

    @Override
    public void abort() {
        finish(DatasetGraph::abort, false);
    }

    /** Commits or aborts on this thread's generation (on the container, which says so, when there is no transaction). */
    private void finish(Consumer<DatasetGraph> how, boolean commit) {
        Pin p = pinned.get();
        if (p == null) {
            how.accept(container);
            return;
        }
        try {
            how.accept(p.generation.storage);
        } finally {
            // After the commit: a commit that the copy's snapshot misses then finds the recording open.
            // Also after a failed one, which may have written: recording too much costs only a graph's catch-up.
            if (commit)
                record(p.written);
            unpinWhenOver(p);
        }
    }

    private void record(WrittenGraphs.InTransaction written) {
        WrittenGraphs r = recording;
        if (r != null && !written.isEmpty())
            r.committed(written);
        written.clear();
    }

    @Override
    public void add(Quad quad) {
        written(quad.getGraph());
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        written(g);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        written(quad.getGraph());
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        written(g);
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        written(g);
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        written(graphName);
        super.addGraph(graphName, graph);
    }

    @Override
    public void removeGraph(Node graphName) {
        written(graphName);
        super.removeGraph(graphName);
    }

    @Override
    public void clear() {
        writtenEverything();
        super.clear();
    }

    /** Keeps {@code graph} with this thread's transaction as written; outside one, marks everything in an open recording. */
    private void written(Node graph) {
        Pin p = pinned.get();
        if (p == null)
            writtenEverything();
        else
            p.written.written(graph);
    }

    private void writtenEverything() {
        Pin p = pinned.get();
        if (p != null) {
            p.written.everything();
            return;
        }
        WrittenGraphs r = recording;
        if (r != null)
            r.everything();
    }

    /**
     * Opens a recording of the graphs written from now on (by transactions that commit from now on);
     * one at a time.
     */
    WrittenGraphs startRecording() {
        if (recording != null)
            throw new IllegalStateException("a recording is already open");
        WrittenGraphs r = new WrittenGraphs();
        recording = r;
        return r;
    }

    /** Closes the recording. */
    void stopRecording() {
        recording = null;
    }

    @Override
    public void end() {
        Pin p = pinned.get();
        if (p == null)
            return;
        try {
            p.generation.storage.end();
        } finally {
            unpinWhenOver(p);
        }
    }

    @Override
    public boolean isInTransaction() {
        Pin p = pinned.get();
        return p != null && p.generation.storage.isInTransaction();
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    @Override
    public Graph getGraph(Node name) {
        return name == null || Quad.isDefaultGraph(name) ? getDefaultGraph()
                : Quad.isUnionGraph(name) ? getUnionGraph() : GraphView.createNamedGraph(this, name);
    }

    /** Lets go of this thread's generation once its transaction is over (after commit, end may still follow). */
    private void unpinWhenOver(Pin p) {
        if (p.generation.storage.isInTransaction())
            return;
        pinned.remove();
        p.generation.unpin(p.type);
    }

    /** This thread's transaction: the generation it began on, how, and the graphs it wrote. */
    private record Pin(Generation generation, TxnType type, WrittenGraphs.InTransaction written) {
    }

    /**
     * Runs {@code change} with transactions that begin meanwhile held at their begin (those under
     * way go on); returns what it returns and how long new transactions were held.
     */
    <T> Held<T> holdingNewTransactions(Supplier<T> change) {
        long from = System.nanoTime();
        switching.writeLock().lock();
        try {
            T value = change.get();
            return new Held<>(value, Duration.ofNanos(System.nanoTime() - from));
        } finally {
            switching.writeLock().unlock();
        }
    }

    /** What {@link #holdingNewTransactions} did and for how long it held them. */
    record Held<T>(T value, Duration held) {
    }

    /** Transactions under way on the current generation that write or may write (promote). */
    int writersUnderWay() {
        return current.writers.get();
    }

    /** Write transactions begun here on the current generation, as TDB2's {@code countBeginWrite} counts them there. */
    long writeTransactionsBegun() {
        return current.writeTransactions.get();
    }

    /**
     * Makes {@code fresh} the generation transactions begin on, here and in Jena's container; to be
     * called inside {@link #holdingNewTransactions}. Returns the old generation, whose transactions
     * under way go on.
     */
    Retired switchTo(DatasetGraphTDB fresh) {
        if (!switching.isWriteLockedByCurrentThread())
            throw new IllegalStateException("switch without holding new transactions");
        Generation old = current;
        if (!container.change(old.storage, fresh))
            container.set(fresh);
        current = new Generation(fresh);
        return new Retired(old);
    }

    /** A generation switched away from, with transactions perhaps still under way on it. */
    static final class Retired {
        private final Generation generation;

        private Retired(Generation generation) {
            this.generation = generation;
        }

        DatasetGraphTDB storage() {
            return generation.storage;
        }

        /** Transactions still under way on it. */
        int transactions() {
            return generation.pins.get();
        }

        /** Waits until the last transaction under way on it has ended. */
        void awaitLastTransaction() throws InterruptedException {
            synchronized (generation) {
                while (generation.pins.get() > 0)
                    generation.wait();
            }
        }
    }

    /** One generation and the transactions on it. */
    private static final class Generation {
        final DatasetGraphTDB storage;
        final AtomicInteger pins = new AtomicInteger();
        final AtomicInteger writers = new AtomicInteger();
        final AtomicLong writeTransactions = new AtomicLong();

        Generation(DatasetGraphTDB storage) {
            this.storage = storage;
        }

        void pin(TxnType type) {
            pins.incrementAndGet();
            if (mayWrite(type))
                writers.incrementAndGet();
        }

        void unpin(TxnType type) {
            if (mayWrite(type))
                writers.decrementAndGet();
            if (pins.decrementAndGet() == 0) {
                synchronized (this) {
                    notifyAll();
                }
            }
        }

        private static boolean mayWrite(TxnType type) {
            return type != TxnType.READ;
        }
    }
}
