package org.policygraph.store;

import java.util.function.Consumer;

/**
 * Named points in the long store operations (a backup's writing, a compaction's copy and switch)
 * where a test can act: wait there to show what goes on meanwhile, or have a child process signal
 * that it is there and kill it, at that point and no other, whatever the machine's speed. Nothing
 * listens outside tests.
 */
public final class Waypoint {

    /** Every {@value #QUADS} quads a backup or a compaction's copy passes {@link #BACKUP_WRITING} or {@link #COMPACTION_COPYING}. */
    public static final int QUADS = 20_000;

    /** A backup is writing its part file (after its first quad and every {@link #QUADS} after). */
    public static final String BACKUP_WRITING = "backup-writing";
    /** A compaction is copying into its temporary generation folder (likewise), or catching up with writers going on (before each graph). */
    public static final String COMPACTION_COPYING = "compaction-copying";
    /** The copy is complete, not caught up on what was written meanwhile; writers and queries are not held yet. */
    public static final String COMPACTION_COPIED = "compaction-copied";
    /** Writers are held at the gate and the copy's last catch-up transaction is under way: passed before each graph it brings up to date. */
    public static final String COMPACTION_CATCHING_UP = "compaction-catching-up";
    /** The catch-up is committed and the copy closed, not yet in place; writers are held, queries not yet. */
    public static final String COMPACTION_CAUGHT_UP = "compaction-caught-up";
    /** The copy is in place under its generation's name; transactions that begin are held, the dataset not switched yet. */
    public static final String COMPACTION_MOVED = "compaction-moved";
    /** The store runs on the new generation; queries under way may still be on the old one, not deleted yet. */
    public static final String COMPACTION_SWITCHED = "compaction-switched";
    /** The old generation's last transaction has ended and it is closed; not deleted yet. */
    public static final String COMPACTION_RELEASED = "compaction-released";

    private static volatile Consumer<String> listener = name -> { };

    private Waypoint() {
    }

    /** Called by the operations at each point. */
    static void reached(String name) {
        listener.accept(name);
    }

    /** Has {@code l} called at every point from now on (in the thread that reaches it); {@code null} for none. */
    public static void listen(Consumer<String> l) {
        listener = l == null ? name -> { } : l;
    }
}
