package org.policygraph.harvest;

import java.time.Duration;

/**
 * At most one request per interval, for all threads together: the harvest is polite to a public
 * service whatever else it does. {@link #acquire()} sleeps until the next request may go.
 */
public final class RateLimiter {

    private final long intervalNanos;
    private long next = System.nanoTime();

    /** A limiter letting {@code perSecond} requests through per second (0 or less: no limit). */
    public RateLimiter(double perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
    }

    /** Waits until a request may go. */
    public void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long at = Math.max(now, next);
            next = at + intervalNanos;
            wait = at - now;
        }
        if (wait > 0)
            Thread.sleep(Duration.ofNanos(wait));
    }
}
