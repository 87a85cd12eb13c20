package org.policygraph.deadline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class OffsetsTest {

    @Test
    void keepsEveryOffsetInTheOrderAdded() {
        Random random = new Random(15);
        for (int size : new int[] {0, 1, 7, 8, 9, 16, 17, 1000}) {
            int[] expected = IntStream.range(0, size).map(i -> random.nextInt(100_000)).toArray();
            Offsets offsets = new Offsets();
            for (int o : expected)
                offsets.add(o);
            assertEquals(size, offsets.size());
            assertArrayEquals(expected, offsets.toArray(), "size " + size);
            for (int i = 0; i < size; i++)
                assertEquals(expected[i], offsets.get(i));
            assertThrows(IndexOutOfBoundsException.class, () -> offsets.get(size));
        }
    }

    @Test
    void looksUpTheDeadlineWhenItGrows() {
        // the first eight fit without growing, so a passed deadline is noticed at the ninth
        assertEquals(8, WorkDeadline.run(Duration.ofMillis(-1), () -> {
            Offsets offsets = new Offsets();
            for (int i = 0; i < 8; i++)
                offsets.add(i);
            return offsets.size();
        }));
        assertThrows(DeadlinePassedException.class, () -> WorkDeadline.run(Duration.ofMillis(-1), () -> {
            Offsets offsets = new Offsets();
            for (int i = 0; i < 1_000_000; i++)
                offsets.add(i);
            return offsets.size();
        }));
    }
}
