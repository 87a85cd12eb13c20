package org.policygraph.text;

import java.util.Optional;

/**
 * One line of a table of contents: a heading, then dot leaders or a space, then the page number
 * ending the line ("2.1 Begrotingsopmaak 2026 14", "3 DE MIDDELENBEGROTING ........ 6", or the
 * leaders and page alone when the heading wrapped onto the line above).
 * <p>
 * Read by hand from the end of the line, as {@code (.*?)([ \t]*(?:\.[ \t]?){4,}[ \t]*|[ \t]*…+[ \t]*|[ \t]+)(\d{1,3})}
 * would read the stripped line (held to that pattern by its test): every line of every document
 * is asked, and most end in a letter or a full stop.
 *
 * @param title  the heading, as written; empty when the leaders open the line
 * @param page   the page number
 * @param leader dots (or an ellipsis) lead to the page number
 */
public record ContentsEntry(String title, int page, boolean leader) {

    private static final int MAX_PAGE_DIGITS = 3;
    private static final int MIN_DOTS = 4;

    /** The line read as an entry: a heading with a letter in it, or leaders; empty for any other line. */
    public static Optional<ContentsEntry> of(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1)))
            end--;
        int digits = end;
        while (digits > 0 && end - digits <= MAX_PAGE_DIGITS && isDigit(line.charAt(digits - 1)))
            digits--;
        // a page of one to three digits, never a year or an amount ("1.250")
        if (digits == end || end - digits > MAX_PAGE_DIGITS || digits == 0)
            return Optional.empty();
        int start = 0;
        while (start < digits && Character.isWhitespace(line.charAt(start)))
            start++;
        int titleEnd = leaderStart(line, start, digits);
        if (titleEnd < 0)
            return Optional.empty();
        boolean leader = hasDots(line, titleEnd, digits);
        String title = line.substring(start, titleEnd).strip();
        if (title.isEmpty() ? !leader : title.chars().noneMatch(Character::isLetter))
            return Optional.empty();
        return Optional.of(new ContentsEntry(title, Integer.parseInt(line, digits, end, 10), leader));
    }

    /** True for a line whose dots lead to a page number: an entry of a table of contents, never a sentence broken off. */
    public static boolean ledToPage(String line) {
        return of(line).filter(ContentsEntry::leader).isPresent();
    }

    /**
     * Where the leader before the page at {@code page} begins, the title ending there; -1 when
     * nothing leads to the page. The earliest start wins, as a pattern with a reluctant title reads
     * it: a run of four dots or more (each followed by at most one space or tab) with the blanks
     * around it, else a run of ellipses with the blanks around it, else the blanks alone.
     */
    private static int leaderStart(String line, int from, int page) {
        int blanks = page;
        while (blanks > from && isBlank(line.charAt(blanks - 1)))
            blanks--;
        int dots = 0;
        int runStart = blanks;
        for (int k = blanks; k > from; ) {
            char c = line.charAt(k - 1);
            if (c == '.') {
                dots++;
                runStart = --k;
            } else if (isBlank(c) && k - 1 > from && line.charAt(k - 2) == '.') {
                k--;
            } else {
                break;
            }
        }
        if (dots >= MIN_DOTS)
            return blanksBefore(line, from, runStart);
        int ellipses = blanks;
        while (ellipses > from && line.charAt(ellipses - 1) == '…')
            ellipses--;
        if (ellipses < blanks)
            return blanksBefore(line, from, ellipses);
        return blanks < page ? blanks : -1;
    }

    private static int blanksBefore(String line, int from, int at) {
        int k = at;
        while (k > from && isBlank(line.charAt(k - 1)))
            k--;
        return k;
    }

    private static boolean hasDots(String line, int from, int to) {
        for (int k = from; k < to; k++)
            if (line.charAt(k) == '.' || line.charAt(k) == '…')
                return true;
        return false;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
