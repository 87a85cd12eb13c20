package org.policygraph.extract;

import org.policygraph.model.Located;
import org.policygraph.model.Span;

/** The sentence around a position in normalised text: what a fact is read in the context of. */
public final class Sentences {

    private Sentences() {
    }

    /** The sentence that contains {@code [start, end)} within {@code region}. */
    public static Located around(String text, Span region, int start, int end) {
        int s = start;
        while (s > region.start() && !boundaryBefore(text, s))
            s--;
        int e = end;
        while (e < region.end() && !boundaryAt(text, e))
            e++;
        if (e < region.end() && text.charAt(e) != '\n')
            e++;
        while (s < e && Character.isWhitespace(text.charAt(s)))
            s++;
        Span span = new Span(s, Math.max(s, e));
        return new Located(span.of(text), span);
    }

    /** A sentence starts at {@code i} when a full stop, question or exclamation mark and a space, or a blank line, precede it. */
    private static boolean boundaryBefore(String text, int i) {
        if (i >= 2 && text.charAt(i - 1) == '\n' && text.charAt(i - 2) == '\n')
            return true;
        if (i >= 1 && text.charAt(i - 1) == '\n' && i >= 2 && ".?!:".indexOf(text.charAt(i - 2)) >= 0)
            return true;
        if (i < 2 || text.charAt(i - 1) != ' ')
            return false;
        // A footnote marker may stand between the full stop and the space: "werken.1 We blijven".
        int p = i - 2;
        while (p > 0 && i - 2 - p < 2 && Character.isDigit(text.charAt(p)))
            p--;
        return ".?!".indexOf(text.charAt(p)) >= 0 && !abbreviation(text, p);
    }

    private static boolean boundaryAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n')
            return i + 1 < text.length() && text.charAt(i + 1) == '\n';
        return ".?!".indexOf(c) >= 0 && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))
                && !abbreviation(text, i);
    }

    /** "nr." and "o.a." end no sentence. */
    private static boolean abbreviation(String text, int dot) {
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1)))
            w--;
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        return word.equals("nr") || word.equals("art") || word.equals("blz") || word.equals("vb") || word.length() == 1;
    }
}
