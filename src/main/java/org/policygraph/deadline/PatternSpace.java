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

    /** What ends a line where {@code .} stops and {@code ^}, {@code $} match without {@code UNIX_LINES}. */
    public static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";

    /** A character of {@link #LINE_TERMINATORS}. */
    public static boolean isLineTerminator(int c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code [^\S\n]}: {@code \s} other than the line feed. */
    public static boolean isInLine(int c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == '\r';
    }
}
