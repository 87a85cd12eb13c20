package org.policygraph.text;

import java.util.ArrayList;
import java.util.List;

import org.policygraph.model.Span;

/**
 * One line of normalised text with its offsets, so that parsers can work line by line and still
 * report spans into the whole text.
 *
 * @param text   the line without its line break
 * @param start  offset of the first character in the whole text
 */
public record Line(String text, int start) {

    /** Offset just past the last character. */
    public int end() {
        return start + text.length();
    }

    /** Span of the whole line. */
    public Span span() {
        return new Span(start, end());
    }

    /** True for an empty line (normalised lines carry no surrounding white space). */
    public boolean isBlank() {
        return text.isBlank();
    }

    /** Splits {@code text} into lines with their offsets. */
    public static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            lines.add(new Line(text.substring(start, end), start));
            if (nl < 0)
                break;
            start = nl + 1;
        }
        return lines;
    }
}
