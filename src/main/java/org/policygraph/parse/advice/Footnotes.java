package org.policygraph.parse.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** The line that opens footnote {@code n}: "1 O.a. Vlor, ...", for every {@code n} a marker can give. */
    private static final Pattern[] OPENINGS = java.util.stream.IntStream.range(0, 100)
            .mapToObj(n -> Pattern.compile(String.format("(?m)^%d \\S", n))).toArray(Pattern[]::new);
    /**
     * One cited advice: "Vlor, Raad Secundair Onderwijs. Laat leren en werken niet zomaar inkantelen
     * in duaal leren, 10 oktober 2019." Groups: council, sub-council, title, day, month, year.
     */
    private static final Pattern CITATION = Pattern.compile(
            "(?:O\\.a\\. )?(" + Councils.COUNCIL_REGEX + "|Strategische Adviesraad [\\p{L} ]{3,40}?)"
                    + "(?:, (\\p{Lu}[\\p{L} ]{2,60}?))?\\. (\\p{Lu}[^\\n]{2,400}?), " + DutchDates.WORDED_REGEX + "\\.");

    private Footnotes() {
    }

    /** Offset where the footnotes begin, or the end of the text when there are none. */
    static int start(String text) {
        // a marker's digits follow its first character: tried only there, not at every letter
        StartScan markers = StartScan.of(MARKER, text, (t, p) -> p + 1 < t.length() && StartScan.DIGITS.test(t.charAt(p + 1)));
        Matcher m = markers.matcher();
        int first = Integer.MAX_VALUE;
        while (markers.find()) {
            int n = Integer.parseInt(m.group(1));
            Matcher opening = OPENINGS[n].matcher(WorkDeadline.watch(text));
            if (opening.find(m.end()))
                first = Math.min(first, opening.start());
        }
        return first == Integer.MAX_VALUE ? text.length() : first;
    }

    /** The earlier advices cited from {@code start} on. */
    static List<CitedAdvice> citations(String text, int start) {
        List<CitedAdvice> out = new ArrayList<>();
        Matcher m = CITATION.matcher(WorkDeadline.watch(text));
        m.region(start, text.length());
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
