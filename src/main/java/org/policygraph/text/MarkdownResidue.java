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

    /** The first character that is no white space as {@code \s} reads it, or a space when there is none. */
    private static char firstNonSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r')
                return c;
        }
        return ' ';
    }

    static String clean(String line) {
        // each mark needs its character, a rule and a list marker at the line's start: most lines
        // have none ("2021-2027" and "zorg- en welzijn" are neither)
        char first = firstNonSpace(line);
        if ((first == '-' || first == '*' || first == '_') && RULE.matcher(WorkDeadline.watch(line)).matches())
            return "";
        String s = line.indexOf('#') >= 0 ? HEADING.matcher(WorkDeadline.watch(line)).replaceFirst("") : line;
        s = s.indexOf('>') >= 0 ? QUOTE.matcher(WorkDeadline.watch(s)).replaceFirst("") : s;
        char opening = firstNonSpace(s);
        s = opening == '-' || opening == '*' || opening == '+' ? withoutMarkerBeforeItem(s) : s;
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0)
            s = EMPHASIS.matcher(WorkDeadline.watch(s)).replaceAll("$2");
        return s;
    }
}
