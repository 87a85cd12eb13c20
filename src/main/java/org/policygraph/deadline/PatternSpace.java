package org.policygraph.deadline;

/**
 * Whitespace as {@code java.util.regex} reads {@code \s} without {@code UNICODE_CHARACTER_CLASS}:
 * for the scans written by hand that must find what a pattern of the same rule finds (see
 * {@link StartScan}). A no-break space is not one.
 */
public final class PatternSpace {

    private PatternSpace() {
    }

    /** {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean is(int c) {
        return c == '\n' || isInLine(c);
    }

    /** {@code [^\S\n]}: {@code \s} other than the line feed. */
    public static boolean isInLine(int c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == '\r';
    }
}
