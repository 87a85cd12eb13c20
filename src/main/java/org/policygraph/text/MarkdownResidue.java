package org.policygraph.text;

import java.util.regex.Pattern;

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
    /** A list marker before an enumerated item: "  - a) ...", "* 1. ...". */
    private static final Pattern LIST_BEFORE_ITEM =
            Pattern.compile("^\\s*[-*+]\\s+(?=(?:\\d{1,3}[.)]|[a-z](?:[-+][a-z]){0,6}\\)|[ivxlc]{1,6}[.)])(?:\\s|$))");
    /** Block quote marker: "> text". */
    private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?");

    private MarkdownResidue() {
    }

    static boolean isHeading(String line) {
        return HEADING.matcher(line).find();
    }

    static String clean(String line) {
        if (RULE.matcher(line).matches())
            return "";
        String s = HEADING.matcher(line).replaceFirst("");
        s = QUOTE.matcher(s).replaceFirst("");
        s = LIST_BEFORE_ITEM.matcher(s).replaceFirst("");
        s = EMPHASIS.matcher(s).replaceAll("$2");
        return s;
    }
}
