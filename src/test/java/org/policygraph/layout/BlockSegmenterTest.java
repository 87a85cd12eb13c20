package org.policygraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.policygraph.testing.RandomTexts;

class BlockSegmenterTest {

    /** Capitals, lower case, letters of neither case, line terminators and letters beyond the BMP. */
    private static final String[] PIECES = {"A", "VLAAMSE", "É", "Ü", "a", "é", "ß", "ǅ", "1", " ", "-", ",", "\n", "\r", "\u0085",
            "\u2028", "\uD835\uDC00", "\uD835\uDC1A", "\uD835", "ª", "Ⅻ"};

    @Test
    void linesInCapitalsAreReadAsThePatternReadsThem() {
        Random random = new Random(37);
        int capitals = 0;
        for (int n = 0; n < 200_000; n++) {
            String line = RandomTexts.of(random, PIECES, 7);
            boolean expected = BlockSegmenter.CAPITALS.matcher(line).matches();
            assertEquals(expected, BlockSegmenter.capitals(line), () -> line.chars().mapToObj(Integer::toHexString).toList().toString());
            if (expected)
                capitals++;
        }
        assertTrue(capitals > 10_000, "lines in capitals: " + capitals);
        assertTrue(BlockSegmenter.capitals("MINISTER VAN ONDERWIJS"));
        assertFalse(BlockSegmenter.capitals("Minister van Onderwijs"));
        assertFalse(BlockSegmenter.capitals("A"));
    }
}
