package org.policygraph.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.ItemLabels;

/**
 * Removes markdown that PDF-to-text converters leave behind, one line at a time:
 * {@code ## **SCHRIFTELIJKE VRAAG**} becomes {@code SCHRIFTELIJKE VRAAG}.
 */
final class MarkdownResidue {

    /** Heading markers: "## ", "### ". */
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    /** Horizontal rules: "---", "***", "___" alone on a line. */
    private static final Pattern RULE = Pattern.compile("^\\s*(?:-{3,}|\\*{3,}|_{3,})\\s*$");
    /** Strong or emphasis markers around words: "**KURT DE LOOR**", "*title*", "__x__". */
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3})(?=\\S)([^*_\\n]{1,500}?)(?<=\\S)\\1");
    /** A list marker: "  - ", "* ". */
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*[-*+]\\s+");
    /** Block quote marker: "> text". */
    private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?");

    private MarkdownResidue() {
    }

    static boolean isHeading(String line) {
        return line.indexOf('#') >= 0 && HEADING.matcher(WorkDeadline.watch(line)).lookingAt();
    }

    /** "  - a) ..." is item a): the list marker before a counted label is markup. */
    private static String withoutMarkerBeforeItem(String line) {
        Matcher m = LIST_MARKER.matcher(WorkDeadline.watch(line));
        if (!m.lookingAt())
            return line;
        String rest = line.substring(m.end());
        return ItemLabels.atStart(rest).filter(l -> l.style().counts()).isPresent() ? rest : line;
    }

    static String clean(String line) {
        // each mark needs its character: most lines of a document have none of them
        boolean stars = line.indexOf('*') >= 0;
        boolean underscores = line.indexOf('_') >= 0;
        boolean dashes = line.indexOf('-') >= 0;
        if ((stars || underscores || dashes) && RULE.matcher(WorkDeadline.watch(line)).matches())
            return "";
        String s = line.indexOf('#') >= 0 ? HEADING.matcher(WorkDeadline.watch(line)).replaceFirst("") : line;
        s = s.indexOf('>') >= 0 ? QUOTE.matcher(WorkDeadline.watch(s)).replaceFirst("") : s;
        s = stars || dashes || s.indexOf('+') >= 0 ? withoutMarkerBeforeItem(s) : s;
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0)
            s = EMPHASIS.matcher(WorkDeadline.watch(s)).replaceAll("$2");
        return s;
    }
}
