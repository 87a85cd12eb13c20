package org.policygraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.policygraph.cli.Main;
import org.policygraph.store.Waypoint;

/**
 * {@code policygraph} that stops at a waypoint of a store operation: when it passes the named
 * point for the N-th time it writes a marker file and waits there for ever, so that a test can kill
 * it at exactly that point (not after a guessed sleep).
 * <pre>{@code
 * java ... org.policygraph.testing.StopAtWaypoint compaction-copied 1 /tmp/marker compact --store /tmp/store
 * }</pre>
 */
public final class StopAtWaypoint {

    private StopAtWaypoint() {
    }

    /** Arguments: the waypoint, which passing to stop at (1 for the first), the marker file, then the command line. */
    public static void main(String[] args) throws InterruptedException {
        String point = args[0];
        int nth = Integer.parseInt(args[1]);
        Path marker = Path.of(args[2]);
        AtomicInteger passed = new AtomicInteger();
        Waypoint.listen(name -> {
            if (!name.equals(point) || passed.incrementAndGet() != nth)
                return;
            try {
                Files.writeString(marker, point + " " + nth + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            while (true) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    // Only a kill ends this.
                }
            }
        });
        Main.main(Arrays.copyOfRange(args, 3, args.length));
    }
}
