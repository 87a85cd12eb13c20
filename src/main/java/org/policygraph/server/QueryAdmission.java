package org.policygraph.server;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

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
 */
final class QueryAdmission implements Filter {

    private final Semaphore turns;
    private final Duration wait;

    /**
     * @param maxQueries requests answered at once (positive)
     * @param wait       how long a request waits for its turn
     */
    QueryAdmission(int maxQueries, Duration wait) {
        if (maxQueries < 1)
            throw new IllegalArgumentException("at least one query at a time, not " + maxQueries);
        this.turns = new Semaphore(maxQueries, true);
        this.wait = wait;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
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
        }
    }
}
