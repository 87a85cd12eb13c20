package org.policygraph.model;

/**
 * A half-open character range {@code [start, end)} in a document's normalised text.
 * Every extracted fact keeps one so that an analyst can show the text behind a triple.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start)
            throw new IllegalArgumentException("Bad span [" + start + ", " + end + ")");
    }

    /** The text this span covers in {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }

    /** True when {@code offset} lies within the span. */
    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }
}
