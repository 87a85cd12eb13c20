package org.policygraph.deadline;

/**
 * Text that checks its reader's deadline every {@value #CHECK_EVERY} characters read. A regular
 * expression reads its input through {@link #charAt}, also while it backtracks, so a match that would
 * run for hours stops within a few thousand steps of the deadline. Counting, not reading the clock,
 * keeps the cost per character to an increment and a comparison.
 */
final class WatchedText implements CharSequence {

    static final int CHECK_EVERY = 4096;

    private final CharSequence text;
    private final WorkDeadline deadline;
    private int reads;

    WatchedText(CharSequence text, WorkDeadline deadline) {
        this.text = text;
        this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            deadline.checkNow();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    /** Not watched: a matcher takes sub-sequences only to hand out what it found, as a string. */
    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
