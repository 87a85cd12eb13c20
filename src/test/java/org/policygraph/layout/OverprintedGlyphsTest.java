package org.policygraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The glyphs printed twice: the same decisions PDFBox's tree of boxed floats makes. */
class OverprintedGlyphsTest {

    /**
     * PDFBox 3.0's test in {@code PDFTextStripper.processTextPosition}, as its code reads: the
     * reference the arrays must agree with glyph for glyph.
     */
    private static final class Reference {
        private final Map<String, TreeMap<Float, TreeSet<Float>>> byText = new HashMap<>();

        boolean repeats(String text, float x, float y, float width) {
            TreeMap<Float, TreeSet<Float>> same = byText.computeIfAbsent(text, t -> new TreeMap<>());
            float tolerance = width / text.length() / 3.0f;
            SortedMap<Float, TreeSet<Float>> xMatches = same.subMap(x - tolerance, x + tolerance);
            for (TreeSet<Float> xMatch : xMatches.values())
                if (!xMatch.subSet(y - tolerance, y + tolerance).isEmpty())
                    return true;
            same.computeIfAbsent(x, k -> new TreeSet<>()).add(y);
            return false;
        }
    }

    @Test
    void aLetterPrintedAHairToTheRightRepeatsIt() {
        OverprintedGlyphs glyphs = new OverprintedGlyphs();
        assertFalse(glyphs.repeats("T", 100f, 200f, 6f));
        assertTrue(glyphs.repeats("T", 100.3f, 200f, 6f), "fake bold: the same letter 0.3 pt further");
        assertFalse(glyphs.repeats("e", 100.3f, 200f, 6f), "another letter in the same place");
        assertFalse(glyphs.repeats("T", 102.5f, 200f, 6f), "beyond a third of its width");
        assertFalse(glyphs.repeats("T", 100f, 214f, 6f), "the line below");
    }

    @Test
    void theRangeIncludesItsLowerEndOnly() {
        OverprintedGlyphs glyphs = new OverprintedGlyphs();
        assertFalse(glyphs.repeats("a", 10f, 10f, 3f));
        // tolerance 1: the range of 11 is [10, 12), which holds the kept 10; the range of 9, [8, 10), does not
        assertTrue(glyphs.repeats("a", 11f, 10f, 3f));
        assertFalse(glyphs.repeats("a", 9f, 10f, 3f));
    }

    @Test
    void aNewPageForgetsTheLastOnesGlyphs() {
        OverprintedGlyphs glyphs = new OverprintedGlyphs();
        assertFalse(glyphs.repeats("x", 50f, 50f, 5f));
        glyphs.clear();
        assertFalse(glyphs.repeats("x", 50f, 50f, 5f));
    }

    @Test
    void aNegativeWidthFailsAsPdfBoxFails() {
        OverprintedGlyphs glyphs = new OverprintedGlyphs();
        assertThrows(IllegalArgumentException.class, () -> glyphs.repeats("x", 50f, 50f, -5f));
        assertThrows(IllegalArgumentException.class, () -> new Reference().repeats("x", 50f, 50f, -5f));
    }

    /**
     * Glyph streams drawn from a few texts on a coarse grid, so that equal, near and far positions
     * all occur (negative ones too), each glyph now and then followed by its fake-bold twin; very
     * wide glyphs; and the awkward floats (-0.0, 0.0, NaN, infinities, an empty text's NaN tolerance).
     */
    @Test
    void decidesAsPdfBoxDoesOnRandomPages() {
        String[] texts = {"a", "e", "T", "1", "fi", ""};
        float[] odd = {-0.0f, 0.0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        Random random = new Random(20261205);
        int repeats = 0;
        for (int page = 0; page < 200; page++) {
            OverprintedGlyphs glyphs = new OverprintedGlyphs();
            Reference reference = new Reference();
            for (int g = 0; g < 400; g++) {
                String text = texts[random.nextInt(texts.length)];
                // x near each other, negative ones too; now and then far away or not finite
                float x = random.nextInt(50) == 0 ? odd[random.nextInt(odd.length)]
                        : random.nextInt(50) == 0 ? random.nextFloat() * 600f : (random.nextInt(60) - 20) * 0.5f;
                float y = random.nextInt(50) == 0 ? odd[random.nextInt(odd.length)] : random.nextInt(10) * 3f;
                // widths of glyphs, now and then a very wide one, or one that is not finite
                float width = random.nextInt(50) == 0 ? (random.nextBoolean() ? Float.NaN : Float.POSITIVE_INFINITY)
                        : random.nextInt(60) == 0 ? 200f : random.nextInt(12) * 0.5f;
                String expected = decide(() -> reference.repeats(text, x, y, width));
                assertEquals(expected, decide(() -> glyphs.repeats(text, x, y, width)),
                        "page " + page + " glyph " + g + ": '" + text + "' at " + x + "," + y + " width " + width);
                if (expected.equals("repeats"))
                    repeats++;
                if (random.nextInt(4) == 0) {
                    float twin = x + 0.25f;
                    assertEquals(decide(() -> reference.repeats(text, twin, y, width)),
                            decide(() -> glyphs.repeats(text, twin, y, width)));
                }
            }
        }
        assertTrue(repeats > 1000, "the stream must hold many repeats to test anything: " + repeats);
    }

    /** What a glyph gets: repeats, kept, or refused (the range PDFBox's tree will not make). */
    private static String decide(java.util.function.BooleanSupplier repeats) {
        try {
            return repeats.getAsBoolean() ? "repeats" : "kept";
        } catch (IllegalArgumentException e) {
            return "refused";
        }
    }
}
