package org.policygraph.testing;

import java.util.Random;

/**
 * Random texts made of given pieces, for tests that hold a fast reading to the pattern or reading it
 * replaces: the pieces are the words and edges that reading cares about.
 */
public final class RandomTexts {

    private RandomTexts() {
    }

    /** Fewer than {@code most} pieces drawn from {@code pieces}, joined. */
    public static String of(Random random, String[] pieces, int most) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(most); i > 0; i--)
            s.append(pieces[random.nextInt(pieces.length)]);
        return s.toString();
    }
}
