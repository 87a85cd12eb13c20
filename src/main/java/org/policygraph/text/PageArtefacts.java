package org.policygraph.text;

import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;

/**
 * Recognises lines that are page furniture rather than text: page numbers standing alone
 * ("3", "- 3 -", "3/12", "Pagina 3 van 12").
 */
final class PageArtefacts {

    /** A bare page number, optionally between dashes: "7", "- 7 -". */
    private static final Pattern BARE_NUMBER = Pattern.compile("^-?\\s?\\d{1,3}\\s?-?$");
    /** "3/12", "3 / 12". */
    private static final Pattern OF_TOTAL = Pattern.compile("^\\d{1,3}\\s?/\\s?\\d{1,3}$");
    /** "Pagina 3 van 12", "blz. 3", "p. 3". */
    private static final Pattern WORDED = Pattern.compile("^(?i:pagina|page|blz\\.?|p\\.)\\s?\\d{1,3}(?:\\s?(?:van|of|/)\\s?\\d{1,3})?$");

    private PageArtefacts() {
    }

    /** True for a trimmed line that only numbers a page. */
    static boolean isPageNumber(String trimmed) {
        return BARE_NUMBER.matcher(WorkDeadline.watch(trimmed)).matches()
                || OF_TOTAL.matcher(WorkDeadline.watch(trimmed)).matches()
                || WORDED.matcher(WorkDeadline.watch(trimmed)).matches();
    }
}
