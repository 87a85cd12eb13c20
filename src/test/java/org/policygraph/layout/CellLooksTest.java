package org.policygraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.policygraph.testing.RandomTexts;

class CellLooksTest {

    /** Digits, separators, units, dashes and the letters of "n.v.t.", and some that look alike. */
    private static final String[] PIECES = {"1", "14", "700", ".", ",", " ", "\u202F", "%", "€", "euro", "mln", "-", "\u2013",
            "\u2014", "\u2212", "+", "n", "N", "v", "t", "b", "nvt", "a", "x", "\t", "٣"};

    @Test
    void valuesAreReadAsThePatternReadsThem() {
        Random random = new Random(41);
        int values = 0;
        for (int n = 0; n < 200_000; n++) {
            String cell = RandomTexts.of(random, PIECES, 6);
            boolean expected = CellLooks.VALUE.matcher(cell.strip()).matches();
            assertEquals(expected, CellLooks.isValue(cell), () -> "\"" + cell + "\"");
            if (expected)
                values++;
        }
        assertTrue(values > 10_000, "values: " + values);
        assertTrue(CellLooks.isValue("€ 1.234,5"));
        assertTrue(CellLooks.isValue("n.v.t."));
        assertFalse(CellLooks.isValue("scholen."));
    }
}
