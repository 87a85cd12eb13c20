package org.policygraph.lang;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;

/**
 * Section numbers at the start of a heading line: "2 Advies", "2.1 Financiering", "3.2.1. Kosten".
 * Unlike an item label, a single number needs a capital after it ("1 Situering"), so that
 * "5 gemeenten" is no heading.
 */
public final class SectionNumbers {

    /** A section number and the spaces after it, before a capital: "2.1 F". Group 1: the number. */
    static final Pattern NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?[ \\t]+(?=\\p{Lu})");

    private SectionNumbers() {
    }

    /**
     * A section number as written.
     *
     * @param number the number without a closing full stop ("2.1")
     * @param depth  how many parts it has ("2.1" -> 2)
     * @param length the characters it takes, closing full stop and spaces included
     */
    public record SectionNumber(String number, int depth, int length) {
    }

    /** The section number that opens {@code line} before a capital, if any. */
    public static Optional<SectionNumber> atStart(CharSequence line) {
        // the pattern opens with "^" and a digit: nothing else can match, and find() would try every offset
        if (line.isEmpty() || line.charAt(0) < '0' || line.charAt(0) > '9')
            return Optional.empty();
        Matcher m = NUMBER.matcher(WorkDeadline.watch(line));
        if (!m.lookingAt())
            return Optional.empty();
        String n = m.group(1);
        return Optional.of(new SectionNumber(n, n.split("\\.").length, m.end()));
    }

    /** Whether {@code next} may follow {@code previous} in an outline: 1 first, then n+1, or a sub-number n.1. */
    public static boolean follows(String previous, String next) {
        if (previous == null)
            return next.equals("1");
        String[] p = previous.split("\\.");
        String[] n = next.split("\\.");
        if (n.length == p.length + 1)
            return next.startsWith(previous + ".") && n[n.length - 1].equals("1");
        if (n.length > p.length + 1)
            return false;
        for (int i = 0; i < n.length - 1; i++)
            if (!n[i].equals(p[i]))
                return false;
        return Integer.parseInt(n[n.length - 1]) == Integer.parseInt(p[n.length - 1]) + 1;
    }
}
