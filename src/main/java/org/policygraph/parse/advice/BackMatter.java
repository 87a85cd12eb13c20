package org.policygraph.parse.advice;

import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.Gazetteer;

/**
 * The headings of what follows an advice's body: its references, abbreviations, lists of figures
 * and annexes ({@code back-matter-headings.txt}, and "Bijlage 2: Tabellen" by its form). The last
 * section ends at the first of them; without it, the SERV evaluation's last section held its
 * reference list and thirty pages of annexed tables.
 */
final class BackMatter {

    /** An annex heading: "Bijlage 2", "Bijlage A: Tabellen", "Bijlage 3 – Begrippen", "Bijlagen"; not "Bijlage 2 toont ...". */
    private static final Pattern ANNEX = Pattern.compile("(?iu)bijlagen?(?: [\\dA-Z]{1,3})?(?:(?:[:.]| [–-]) .{1,120}|[:.])?");
    private static final int MAX_LENGTH = 130;

    private BackMatter() {
    }

    /** True for a line that is one such heading, alone on its line. */
    static boolean heads(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > MAX_LENGTH)
            return false;
        String bare = t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
        return Gazetteer.of("back-matter-headings").containsIgnoreCase(bare) || ANNEX.matcher(WorkDeadline.watch(t)).matches();
    }
}
