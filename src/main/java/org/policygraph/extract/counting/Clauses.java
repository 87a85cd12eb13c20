package org.policygraph.extract.counting;

import java.util.ArrayList;
import java.util.List;

import org.policygraph.model.Span;

/**
 * The clauses of a sentence: its stretches between commas, semicolons, colons and brackets. A comma
 * between digits is a decimal comma ("14,5"), not a boundary. "In Gent waren er 45, in Antwerpen 30"
 * has two clauses, each naming its own place.
 */
final class Clauses {

    private final List<Span> spans;

    private Clauses(List<Span> spans) {
        this.spans = spans;
    }

    /** The clauses of the sentence at {@code sentence} in {@code text}. */
    static Clauses of(String text, Span sentence) {
        List<Span> out = new ArrayList<>();
        int start = sentence.start();
        int end = Math.min(sentence.end(), text.length());
        for (int i = start; i < end; i++) {
            if (isBoundary(text, i, end)) {
                if (i > start)
                    out.add(new Span(start, i));
                start = i + 1;
            }
        }
        if (end > start)
            out.add(new Span(start, end));
        return new Clauses(out);
    }

    private static boolean isBoundary(String text, int i, int end) {
        char c = text.charAt(i);
        return switch (c) {
            case ';', ':', '(', ')' -> true;
            case ',' -> !(i > 0 && Character.isDigit(text.charAt(i - 1)) && i + 1 < end && Character.isDigit(text.charAt(i + 1)));
            default -> false;
        };
    }

    /** Every clause, in order. */
    List<Span> spans() {
        return spans;
    }

    /** The clause holding {@code offset}; the sentence's last clause for an offset past them all. */
    int indexAt(int offset) {
        for (int i = 0; i < spans.size(); i++)
            if (offset < spans.get(i).end())
                return i;
        return spans.size() - 1;
    }
}
