package org.policygraph.layout;

import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;

/**
 * Recognises the caption of a table: a numbered table title ("Tabel 2-1: Netto-beleidsruimte") or a
 * line that gives the table's unit ("(in duizend euro)", "in mln euro", "in %").
 */
final class TableCaptions {

    static final Pattern NUMBERED = Pattern.compile("(?i)(?:tabel|table)\\s?\\d+(?:[-.]\\d+)*\\s?[:.]?(?:\\s.*)?");
    static final Pattern UNIT = Pattern.compile(
            "(?i).*(?:\\(in\\s[^)]{0,40}\\)|\\bin\\s(?:duizend|miljoen|miljard|mln|mld|mio)\\.?\\s?(?:euro|€)|\\bin\\s(?:€|euro)\\b|\\bin\\s%).*");
    private static final int MAX_CAPTION = 200;

    private TableCaptions() {
    }

    /** True for a line that captions a table or gives its unit. */
    static boolean isCaption(String line) {
        // what each pattern needs, looked for first: "(?i)" folds ASCII alone, so "t" or "T" opens a
        // numbered title, and every unit is "in" before its amount; ".*" makes the unit pattern slow
        return line.length() <= MAX_CAPTION
                && (opensWithT(line) && NUMBERED.matcher(WorkDeadline.watch(line)).matches()
                    || holdsIn(line) && UNIT.matcher(WorkDeadline.watch(line)).matches());
    }

    private static boolean opensWithT(String line) {
        return !line.isEmpty() && (line.charAt(0) | 0x20) == 't';
    }

    /** Whether "in" stands in the line in any ASCII case. */
    private static boolean holdsIn(String line) {
        for (int i = 1; i < line.length(); i++)
            if ((line.charAt(i) | 0x20) == 'n' && (line.charAt(i - 1) | 0x20) == 'i')
                return true;
        return false;
    }
}
