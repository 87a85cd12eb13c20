package org.policygraph.layout;

import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;

/**
 * Recognises the caption of a table: a numbered table title ("Tabel 2-1: Netto-beleidsruimte") or a
 * line that gives the table's unit ("(in duizend euro)", "in mln euro", "in %").
 */
final class TableCaptions {

    private static final Pattern NUMBERED = Pattern.compile("(?i)(?:tabel|table)\\s?\\d+(?:[-.]\\d+)*\\s?[:.]?(?:\\s.*)?");
    private static final Pattern UNIT = Pattern.compile(
            "(?i).*(?:\\(in\\s[^)]{0,40}\\)|\\bin\\s(?:duizend|miljoen|miljard|mln|mld|mio)\\.?\\s?(?:euro|€)|\\bin\\s(?:€|euro)\\b|\\bin\\s%).*");
    private static final int MAX_CAPTION = 200;

    private TableCaptions() {
    }

    /** True for a line that captions a table or gives its unit. */
    static boolean isCaption(String line) {
        return line.length() <= MAX_CAPTION && (NUMBERED.matcher(WorkDeadline.watch(line)).matches() || UNIT.matcher(WorkDeadline.watch(line)).matches());
    }
}
