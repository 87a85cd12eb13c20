package org.policygraph.parse.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.PatternSpace;
import org.policygraph.deadline.StartScan;
import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.Councils;
import org.policygraph.lang.DutchDates;
import org.policygraph.model.CitedAdvice;
import org.policygraph.model.Located;
import org.policygraph.model.Span;

/**
 * The footnotes of an advice and the earlier advices they cite.
 * <p>
 * Footnotes start where a line begins with a footnote number that the text has used as a marker
 * glued to a word ("leren werken.1 We blijven"); each citation reads "Council, Sub-council. Title,
 * date." and may run over several sentences of title.
 */
final class Footnotes {

    /** A footnote marker in running text: a number glued to the end of a word or sentence ("werken.1 "). */
    private static final Pattern MARKER = Pattern.compile("[\\p{L}.)’”](\\d{1,2})(?= |\\n|$)");
    /** The largest footnote number a marker gives: two digits. */
    private static final int MAX_NUMBER = 99;
    /**
     * One cited advice: "Vlor, Raad Secundair Onderwijs. Laat leren en werken niet zomaar inkantelen
     * in duaal leren, 10 oktober 2019." Groups: council, sub-council, title, day, month, year.
     */
    private static final Pattern CITATION = Pattern.compile(
            "(?:O\\.a\\. )?(" + Councils.COUNCIL_REGEX + "|Strategische Adviesraad [\\p{L} ]{3,40}?)"
                    + "(?:, (\\p{Lu}[\\p{L} ]{2,60}?))?\\. (\\p{Lu}[^\\n]{2,400}?), " + DutchDates.WORDED_REGEX + "\\.");

    private Footnotes() {
    }

    /**
     * Offset where the footnotes begin, or the end of the text when there are none; a number in
     * {@code unmarked} (a table of contents: "2.1 Financiering 3") marks no footnote.
     */
    static int start(String text, List<Span> unmarked) {
        // a marker's digits follow its first character: tried only there, not at every letter
        StartScan markers = StartScan.of(MARKER, text, (t, p) -> p + 1 < t.length() && StartScan.DIGITS.test(t.charAt(p + 1)));
        Matcher m = markers.matcher();
        int[][] openings = openings(text);
        int first = Integer.MAX_VALUE;
        while (markers.find()) {
            if (unmarked.stream().anyMatch(u -> u.contains(m.start())))
                continue;
            int n = Integer.parseInt(m.group(1));
            int at = firstFrom(openings[n], m.end());
            if (at >= 0)
                first = Math.min(first, at);
        }
        return first == Integer.MAX_VALUE ? text.length() : first;
    }

    /**
     * For every footnote number, the offsets of the lines that open a footnote of it: the number
     * ("1", "12", never "01") at the start of a line, a space, and a character that is not one.
     * Read in one pass: looking for the opening of each marker's number from the marker on read the
     * rest of the text once per marker, which grew with the square of a text of numbered sections
     * ("2.1 Aanbeveling": the "1" is a marker's form).
     */
    private static int[][] openings(String text) {
        int[][] out = new int[MAX_NUMBER + 1][];
        int[] counts = new int[MAX_NUMBER + 1];
        for (int line = 0; line < text.length(); line = nextLine(text, line)) {
            WorkDeadline.check();
            int digits = line;
            while (digits < text.length() && digits - line < 3 && StartScan.DIGITS.test(text.charAt(digits)))
                digits++;
            int length = digits - line;
            if (length == 0 || length > 2 || length == 2 && text.charAt(line) == '0' || digits + 1 >= text.length()
                    || text.charAt(digits) != ' ' || PatternSpace.is(text.charAt(digits + 1)))
                continue;
            int n = Integer.parseInt(text, line, digits, 10);
            if (out[n] == null)
                out[n] = new int[4];
            else if (counts[n] == out[n].length)
                out[n] = Arrays.copyOf(out[n], counts[n] * 2);
            out[n][counts[n]++] = line;
        }
        for (int n = 0; n <= MAX_NUMBER; n++)
            out[n] = out[n] == null ? new int[0] : Arrays.copyOf(out[n], counts[n]);
        return out;
    }

    /** The start of the line after the one starting at {@code line}: after a line terminator, as "(?m)^" reads them. */
    private static int nextLine(String text, int line) {
        for (int i = line; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')
                return i + 2;
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                return i + 1;
        }
        return text.length();
    }

    /** {@code s} without its footnote markers: "een schulddoelstelling6 voorop" is "een schulddoelstelling voorop". */
    static String withoutMarkers(String s) {
        Matcher m = MARKER.matcher(WorkDeadline.watch(s));
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (m.find()) {
            out.append(s, from, m.start(1));
            from = m.end(1);
        }
        return out.append(s, from, s.length()).toString();
    }

    /** The first of {@code offsets} (ascending) at or after {@code from}, or -1. */
    private static int firstFrom(int[] offsets, int from) {
        int i = Arrays.binarySearch(offsets, from);
        int at = i >= 0 ? i : -i - 1;
        return at < offsets.length ? offsets[at] : -1;
    }

    /** The earlier advices cited in {@code notes}: the footnotes, or one of them. */
    static List<CitedAdvice> citations(String text, Span notes) {
        List<CitedAdvice> out = new ArrayList<>();
        Matcher m = CITATION.matcher(WorkDeadline.watch(text));
        m.region(notes.start(), notes.end());
        while (m.find()) {
            Optional<LocalDate> date = DutchDates.worded(m.group(4), m.group(5), m.group(6));
            if (date.isEmpty())
                continue;
            int quoteStart = m.start(1);
            Span span = new Span(quoteStart, m.end());
            out.add(new CitedAdvice(m.group(1), Optional.ofNullable(m.group(2)).map(String::strip),
                    m.group(3).strip(), date.get(), new Located(span.of(text), span)));
        }
        return out;
    }
}
