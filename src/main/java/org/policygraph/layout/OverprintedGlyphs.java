package org.policygraph.layout;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The glyphs of one page that print a glyph already printed: a word processor's fake bold prints
 * each letter twice, a hair apart. The decision is PDFBox's own ({@code PDFTextStripper}'s
 * suppression of duplicate overlapping text, 3.0): a glyph repeats an earlier kept glyph of the same
 * text whose x and y both lie in {@code [v - t, v + t)}, where the tolerance {@code t} is a third of
 * the glyph's width per character, and floats compare as {@link Float#compare} orders them.
 * <p>
 * PDFBox keeps every kept glyph in a tree of boxed floats with a set per x, and builds a view of that
 * tree for every glyph: an eighth of the time of reading a PDF. Here each text keeps its glyphs' x
 * and y in two arrays ordered by x; a glyph is one binary search and a look at its few neighbours.
 */
final class OverprintedGlyphs {

    private final Map<String, Kept> byText = new HashMap<>();

    /** The glyphs kept so far, of one text: x ascending, y beside it. */
    private static final class Kept {
        private float[] xs = new float[8];
        private float[] ys = new float[8];
        private int size;

        /** Index of the first x not below {@code x}. */
        private int lowerBound(float x) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (Float.compare(xs[mid], x) < 0)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            return lo;
        }

        private void add(float x, float y) {
            if (size == xs.length) {
                xs = Arrays.copyOf(xs, size * 2);
                ys = Arrays.copyOf(ys, size * 2);
            }
            int at = lowerBound(x);
            System.arraycopy(xs, at, xs, at + 1, size - at);
            System.arraycopy(ys, at, ys, at + 1, size - at);
            xs[at] = x;
            ys[at] = y;
            size++;
        }
    }

    /** Forgets every glyph: a new page begins. */
    void clear() {
        byText.clear();
    }

    /**
     * Whether a glyph of {@code text} at {@code (x, y)}, {@code width} wide, prints over a glyph of
     * the same text kept on this page; if not, it is kept.
     *
     * @throws IllegalArgumentException where PDFBox's tree refuses the range (a negative width)
     */
    boolean repeats(String text, float x, float y, float width) {
        Kept kept = byText.computeIfAbsent(text, t -> new Kept());
        float tolerance = width / text.length() / 3.0f;
        float fromX = x - tolerance;
        float toX = x + tolerance;
        float fromY = y - tolerance;
        float toY = y + tolerance;
        if (Float.compare(fromX, toX) > 0)
            throw new IllegalArgumentException("fromKey > toKey");
        for (int i = kept.lowerBound(fromX); i < kept.size && Float.compare(kept.xs[i], toX) < 0; i++) {
            if (Float.compare(fromY, toY) > 0)
                throw new IllegalArgumentException("fromKey > toKey");
            if (Float.compare(kept.ys[i], fromY) >= 0 && Float.compare(kept.ys[i], toY) < 0)
                return true;
        }
        kept.add(x, y);
        return false;
    }
}
