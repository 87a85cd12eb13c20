package org.policygraph.deadline;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The deadline of the work running on the current thread. Work started with {@link #run} may call
 * {@link #check()} in its loops and read text through {@link #watch} where a regular expression
 * matches it; both throw {@link DeadlinePassedException} once the deadline has passed or the thread
 * has been interrupted. A regular expression cannot be stopped from outside, so this is the only way
 * a document that would never finish gives its thread back.
 * <pre>{@code
 * Outcome o = WorkDeadline.run(Duration.ofSeconds(120), () -> pipeline.process(raw, key));
 * }</pre>
 */
public final class WorkDeadline {

    private static final ThreadLocal<WorkDeadline> CURRENT = new ThreadLocal<>();

    private final long deadlineNanos;

    private WorkDeadline(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /** Runs {@code work} on this thread with a deadline {@code limit} from now, restoring any outer one. */
    public static <T> T run(Duration limit, Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        WorkDeadline outer = CURRENT.get();
        long deadline = System.nanoTime() + limit.toNanos();
        // An inner deadline never extends an outer one.
        if (outer != null && outer.deadlineNanos - deadline < 0)
            deadline = outer.deadlineNanos;
        CURRENT.set(new WorkDeadline(deadline));
        try {
            return work.get();
        } finally {
            if (outer == null)
                CURRENT.remove();
            else
                CURRENT.set(outer);
        }
    }

    /** Throws {@link DeadlinePassedException} if this thread's work is past its deadline or interrupted. */
    public static void check() {
        WorkDeadline d = CURRENT.get();
        if (d != null)
            d.checkNow();
    }

    /**
     * {@code text} as a regular expression should read it: under a deadline, a view that checks it
     * every few thousand characters read; otherwise {@code text} itself.
     */
    public static CharSequence watch(CharSequence text) {
        WorkDeadline d = CURRENT.get();
        return d == null || text instanceof WatchedText ? text : new WatchedText(text, d);
    }

    void checkNow() {
        if (Thread.currentThread().isInterrupted())
            throw new DeadlinePassedException("interrupted");
        if (System.nanoTime() - deadlineNanos > 0)
            throw new DeadlinePassedException("deadline passed");
    }
}
