package org.policygraph.layout;

import java.util.ArrayList;
import java.util.List;

import org.policygraph.lang.ItemLabels;

/**
 * Joins back a justified line that text extraction broke into one word per line. Such runs are
 * told apart from a table written one cell per line by what the words are: mostly words of letters,
 * where a table's cells are mostly numbers (those runs are left to {@link CellPerLineTables}).
 */
final class SingleWordReflow {

    /** Fewer single-word lines in a row than this are left alone: a short list, a signature. */
    static final int MIN_RUN = 5;
    /** Share of the run's words that must be words of letters. */
    private static final double MIN_WORD_SHARE = 0.6;

    private SingleWordReflow() {
    }

    /** What was joined: the lines as they are now, and how many lines were joined into how many. */
    record Result(List<String> lines, int linesJoined, int runs) {
    }

    /** Joins runs of single-word lines into one line each; blank lines are given as empty strings. */
    static Result apply(List<String> lines) {
        int n = lines.size();
        // Each line read once: where its run of single-word lines ends, and how many words of letters
        // come before it. A run left alone (a table's cells, one per line) is tried again from each of
        // its lines, and reading the rest of the run each time grew with the square of its length.
        int[] runEnd = new int[n + 1];
        runEnd[n] = n;
        for (int k = n - 1; k >= 0; k--)
            runEnd[k] = isSingleWord(lines.get(k)) ? runEnd[k + 1] : k;
        int[] letterWordsBefore = new int[n + 1];
        for (int k = 0; k < n; k++)
            // only a run's words are counted: a line outside every run is never part of a share
            letterWordsBefore[k + 1] = letterWordsBefore[k] + (runEnd[k] > k && isLetterWord(lines.get(k)) ? 1 : 0);
        List<String> out = new ArrayList<>(n);
        int joined = 0;
        int runs = 0;
        int i = 0;
        while (i < n) {
            int end = runEnd[i];
            if (end - i >= MIN_RUN && (double) (letterWordsBefore[end] - letterWordsBefore[i]) / (end - i) >= MIN_WORD_SHARE) {
                out.add(String.join(" ", lines.subList(i, end)));
                joined += end - i;
                runs++;
                i = end;
            } else {
                out.add(lines.get(i));
                i++;
            }
        }
        return new Result(out, joined, runs);
    }

    private static boolean isSingleWord(String line) {
        return !line.isEmpty() && line.indexOf(' ') < 0 && ItemLabels.atStart(line).isEmpty();
    }

    /** A word mostly of letters, where a table's cells are mostly numbers. */
    private static boolean isLetterWord(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); ) {
            int c = w.codePointAt(i);
            if (Character.isLetter(c))
                letters++;
            i += Character.charCount(c);
        }
        return letters * 2 > w.length();
    }
}
