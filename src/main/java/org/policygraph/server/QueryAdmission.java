package org.policygraph.server;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets at most so many requests that query the store be answered at once; the others wait their
 * turn, first come first served, and get 503 with {@code Retry-After} if no turn came within the
 * query time limit. Queries past the processors do not finish sooner, they only share them, and
 * every one of them takes a share from the watcher's ingest and a compaction's copy: in the
 * one-hour soak 16 clients on 2 processors left a compaction's copy 5.5 minutes of holding
 * the writers, and the watcher fell behind its feed. Updates do not pass here: one waiting at the
 * write gate during a compaction would hold a turn that queries need.
 * <p>
 * While a compaction holds the writers (its copy, once the store has grown past the threshold, and
 * its catch-up), fewer are answered at once: one per processor. Every document the watcher or an
 * update brings waits for that compaction, and its copy runs on the processors the queries leave it:
 * with 8 at once on 2 processors the soak's copies took 87-328 s, against 23 s for a store of 2,000
 * documents on a quiet machine. Queries wait a little longer meanwhile, and no write waits behind
 * them. The limit follows the gate as requests come and go: narrowed when one arrives or ends
 * with writers held, widened again at the first after they go on.
 */
final class QueryAdmission implements Filter {

    private final Turns turns;
    private final Duration wait;
    private final BooleanSupplier writersHeld;
    private final int taken;
    private volatile boolean narrowed;

    /**
     * @param maxQueries       requests answered at once (positive)
     * @param whileWritersHeld requests answered at once while {@code writersHeld} (positive, at most {@code maxQueries})
     * @param writersHeld      whether a compaction holds the store's writers now
     * @param wait             how long a request waits for its turn
     */
    QueryAdmission(int maxQueries, int whileWritersHeld, BooleanSupplier writersHeld, Duration wait) {
        if (maxQueries < 1)
            throw new IllegalArgumentException("at least one query at a time, not " + maxQueries);
        if (whileWritersHeld < 1 || whileWritersHeld > maxQueries)
            throw new IllegalArgumentException("queries at once while writers are held: 1 to " + maxQueries + ", not " + whileWritersHeld);
        this.turns = new Turns(maxQueries);
        this.taken = maxQueries - whileWritersHeld;
        this.writersHeld = writersHeld;
        this.wait = wait;
    }

    /** At most {@code maxQueries} at once, whatever the writers do. */
    QueryAdmission(int maxQueries, Duration wait) {
        this(maxQueries, maxQueries, () -> false, wait);
    }

    /** One turn per processor, never more than {@code maxQueries}. */
    static int whileWritersHeld(int maxQueries) {
        return Math.max(1, Math.min(maxQueries, Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        followWriters();
        boolean admitted;
        try {
            admitted = turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            HttpServletResponse response = (HttpServletResponse) resp;
            response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
            response.sendError(503, "The server is answering as many queries as it takes at once; waited "
                    + wait.toSeconds() + " s for a turn. Try again later.");
            return;
        }
        try {
            chain.doFilter(req, resp);
        } finally {
            turns.release();
            followWriters();
        }
    }

    /**
     * Takes turns away while writers are held and gives them back after. Checked at each arrival and
     * end: a request waits only while others are answered, so one of them ends, and checks, before it.
     */
    private void followWriters() {
        boolean held = writersHeld.getAsBoolean();
        if (held == narrowed || taken == 0)
            return;
        synchronized (this) {
            if (held == narrowed)
                return;
            if (held)
                turns.reduce(taken);
            else
                turns.release(taken);
            narrowed = held;
        }
    }

    /** Turns now free (negative while narrowed below those in use); for tests. */
    int free() {
        return turns.availablePermits();
    }

    /** First come, first served; turns can be taken away while in use. */
    private static final class Turns extends Semaphore {

        Turns(int permits) {
            super(permits, true);
        }

        void reduce(int n) {
            reducePermits(n);
        }
    }
}
