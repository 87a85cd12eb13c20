package org.policygraph.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class WorkDeadlineTest {

    /** Backtracks over every way to pick 12 of the a's before failing on the missing c: about 10^12 steps. */
    private static final Pattern FOREVER = Pattern.compile("(?:.*a){12}c");
    private static final String RUN = "a".repeat(60);

    @Test
    void aRegularExpressionThatWouldRunForeverStopsAtTheDeadline() {
        long t0 = System.nanoTime();
        assertThrows(DeadlinePassedException.class, () -> WorkDeadline.run(Duration.ofMillis(300),
                () -> FOREVER.matcher(WorkDeadline.watch(RUN)).find()));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 2_000, "stopped " + ms + " ms after start, limit 300 ms");
    }

    @Test
    void anInterruptStopsTheWorkToo() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(DeadlinePassedException.class,
                    () -> WorkDeadline.run(Duration.ofHours(1), () -> FOREVER.matcher(WorkDeadline.watch(RUN)).find()));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void checksPassAndTextIsItselfOutsideADeadline() {
        WorkDeadline.check();
        assertSame(RUN, WorkDeadline.watch(RUN));
    }

    @Test
    void matchingUnderADeadlineGivesTheSameResults() {
        String text = "De kostprijs bedraagt 12,5 miljoen euro in 2024.";
        Pattern number = Pattern.compile("(\\d+(?:,\\d+)?) (miljoen)");
        String found = WorkDeadline.run(Duration.ofSeconds(10), () -> {
            Matcher m = number.matcher(WorkDeadline.watch(text));
            return m.find() ? m.group(1) + "|" + m.group(2) + "|" + m.start() : "none";
        });
        assertEquals("12,5|miljoen|22", found);
    }

    @Test
    void anInnerDeadlineNeverExtendsTheOuterOneAndTheOuterComesBack() {
        assertThrows(DeadlinePassedException.class, () -> WorkDeadline.run(Duration.ofMillis(200), () ->
                WorkDeadline.run(Duration.ofHours(1), () -> FOREVER.matcher(WorkDeadline.watch(RUN)).find())));
        WorkDeadline.check();
        assertSame(RUN, WorkDeadline.watch(RUN), "no deadline is left behind on the thread");
    }
}
