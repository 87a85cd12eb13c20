package org.policygraph.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;

/**
 * One line of a table of contents: a heading, then dot leaders or a space, then the page number
 * ending the line ("2.1 Begrotingsopmaak 2026 14", "3 DE MIDDELENBEGROTING ........ 6", or the
 * leaders and page alone when the heading wrapped onto the line above).
 *
 * @param title  the heading, as written; empty when the leaders open the line
 * @param page   the page number
 * @param leader dots (or an ellipsis) lead to the page number
 */
public record ContentsEntry(String title, int page, boolean leader) {

    /** Groups: title, leader, page; a page of one to three digits, never a year or an amount ("1.250"). */
    private static final Pattern ENTRY = Pattern.compile(
            "(?<title>.*?)(?<leader>[ \\t]*(?:\\.[ \\t]?){4,}[ \\t]*|[ \\t]*…+[ \\t]*|[ \\t]+)(?<page>\\d{1,3})");

    /** The line read as an entry: a heading with a letter in it, or leaders; empty for any other line. */
    public static Optional<ContentsEntry> of(String line) {
        String t = line.strip();
        if (t.isEmpty() || !Character.isDigit(t.charAt(t.length() - 1)))
            return Optional.empty();
        Matcher m = ENTRY.matcher(WorkDeadline.watch(t));
        if (!m.matches())
            return Optional.empty();
        boolean leader = !m.group("leader").isBlank();
        String title = m.group("title").strip();
        if (title.isEmpty() ? !leader : title.chars().noneMatch(Character::isLetter))
            return Optional.empty();
        return Optional.of(new ContentsEntry(title, Integer.parseInt(m.group("page")), leader));
    }

    /** True for a line whose dots lead to a page number: an entry of a table of contents, never a sentence broken off. */
    public static boolean ledToPage(String line) {
        return of(line).filter(ContentsEntry::leader).isPresent();
    }
}
