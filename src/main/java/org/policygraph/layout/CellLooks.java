package org.policygraph.layout;

import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;

/**
 * What a table cell looks like from its text alone: a value (a number, an amount, a percentage, a
 * dash for none) or a label. Only the form is judged here; what the number means is the figure
 * reader's business.
 */
final class CellLooks {

    /** "12", "14.700", "-865", "60,67%", "€ 1.234,5", "3,2 mln", "–" (nothing), "n.v.t.". */
    static final Pattern VALUE = Pattern.compile(
            "[-\u2011\u2012\u2013\u2212+]?\\s?(?:€\\s?)?\\d(?:[\\d.,\u202F ]*\\d)?(?:\\s?(?:%|€|euro|mln|mio|miljoen|miljard|md))?"
                    + "|[-\u2013\u2014]|(?i:n\\.?v\\.?t\\.?|nvt|n\\.?b\\.?)");
    /** A cell longer than this is running text, not a cell. */
    static final int MAX_CELL = 60;
    /** A row label before values may be longer than other cells, up to this. */
    static final int MAX_LABEL = 2 * MAX_CELL;

    private CellLooks() {
    }

    /** True when the text is a value rather than a label. */
    static boolean isValue(String cell) {
        String s = cell.strip();
        // every value holds a digit, is a dash alone or opens with the "n" of "n.v.t.": the last word
        // of each line of prose is asked, and is refused without the pattern
        if (s.length() != 1 && !s.isEmpty() && s.charAt(0) != 'n' && s.charAt(0) != 'N' && !hasDigit(s))
            return false;
        return VALUE.matcher(WorkDeadline.watch(s)).matches();
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++)
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9')
                return true;
        return false;
    }

    /** True when the text could be a row label standing before values: not too long, and not a sentence. */
    static boolean couldBeLabel(String text) {
        return text.length() <= MAX_LABEL && !text.endsWith(".") && !text.endsWith("?") && !text.endsWith(":");
    }

    /** True when the text could be a cell at all: short, and not a sentence. */
    static boolean couldBeCell(String line) {
        return !line.isEmpty() && line.length() <= MAX_CELL && couldBeLabel(line);
    }
}
