package org.policygraph.parse.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.Councils;
import org.policygraph.lang.Sentences;
import org.policygraph.model.Recommendation;
import org.policygraph.model.Span;

/**
 * Sentences in which a council recommends: they open with a phrase that proposes or asks.
 */
final class Recommendations {

    /** A run of white space, made one space: compiled once, not per call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * The opening of a recommending sentence: "We stellen dan ook voor", "Daarom vragen we",
     * "Het zou beter zijn", "De Vlor vraagt", "De SERV pleit", "We pleiten voor", "Het is aangewezen".
     */
    static final Pattern OPENING = Pattern.compile(
            "(?:^|(?<=[.?!]\\d{0,2} )|(?<=\\n))(?:(?:Daarom|Dus|Ook|Tot slot|Verder|Bovendien|Ten slotte),? )?"
                    + "(?:[Ww]e (?:stellen|vragen|pleiten|raden|dringen|bevelen|adviseren|verwachten)"
                    + "|(?:[Vv]ragen|[Pp]leiten|[Ss]tellen|[Rr]aden|[Aa]dviseren|[Bb]evelen) we"
                    + "|[Hh]et zou (?:beter|goed|wenselijk|aangewezen|nuttig) zijn"
                    + "|[Hh]et is (?:aangewezen|wenselijk|nodig|noodzakelijk)"
                    + "|De (?:" + Councils.COUNCIL_REGEX + "|raad|Raad) (?:vraagt|pleit|stelt voor|raadt|beveelt|adviseert|dringt))\\b");

    /**
     * The first character of every match of {@link #OPENING}: of a connective ("Daarom", "Dus", "Ook",
     * "Tot slot", "Verder", "Bovendien", "Ten slotte") or of the proposing phrase itself.
     */
    private static final String OPENING_FIRST = "DOTVBWwVvPpSsRrAaBbHh";

    /** The shortest start of a sentence taken for the sentence it starts: about eight words. */
    private static final int MIN_CUT_OFF = 40;

    private Recommendations() {
    }

    /**
     * The recommending sentences in {@code region}, each once: a report that sums up its
     * recommendations before it argues them ("Krachtlijnen") says the same sentence twice, the
     * second time with its footnote marker, and it is one recommendation. A sentence that is only
     * the start of another one (its summary cut off where a line broke) is that one. A sentence in
     * {@code skipped} (a footnote at the foot of its page) recommends nothing.
     */
    static List<Recommendation> in(String text, Span region, List<Span> skipped) {
        List<Recommendation> out = new ArrayList<>();
        Matcher m = OPENING.matcher(WorkDeadline.watch(text));
        m.useTransparentBounds(true);
        int last = -1;
        List<String> said = new ArrayList<>();
        // read once per region, on the first opening: not once per opening
        Sentences sentences = null;
        int from = region.start();
        while ((from = nextOpening(m, text, from, region)) >= 0) {
            if (sentences == null)
                sentences = Sentences.of(text, region);
            var sentence = sentences.around(text, m.start(), m.end());
            if (sentence.span().start() == last)
                continue;
            last = sentence.span().start();
            if (skipped.stream().anyMatch(s -> s.contains(sentence.span().start())))
                continue;
            String says = said(sentence.text());
            if (said.contains(says))
                continue;
            said.add(says);
            out.add(new Recommendation(sentence));
        }
        List<Recommendation> whole = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            String says = said.get(i);
            if (said.stream().noneMatch(other -> other.length() > says.length() && says.length() >= MIN_CUT_OFF && other.startsWith(says)))
                whole.add(out.get(i));
        }
        return whole;
    }

    /**
     * Finds the next opening at or after {@code from}, as {@code find()} on the region would, and
     * returns where the search goes on (-1 when there is none). Only where {@link #mayOpenAt} allows
     * is the pattern tried, not at every character of the region.
     */
    private static int nextOpening(Matcher m, String text, int from, Span region) {
        for (int p = from; p < region.end(); p++) {
            if (p % 4096 == 0)
                WorkDeadline.check();
            boolean atStart = p == region.start();
            if (!mayOpenAt(text, p, atStart))
                continue;
            // "^" matches at the region's start (anchoring bounds), nowhere else but the text's start
            m.useAnchoringBounds(atStart);
            m.region(p, region.end());
            if (m.lookingAt())
                return m.end();
        }
        return -1;
    }

    /**
     * Whether {@link #OPENING} can match at {@code p}: it opens with a character of
     * {@link #OPENING_FIRST}, and (away from the region's start, where "^" holds) after a line feed,
     * or after a sentence end, at most two digits (a footnote marker) and a space.
     */
    static boolean mayOpenAt(String text, int p, boolean atRegionStart) {
        if (OPENING_FIRST.indexOf(text.charAt(p)) < 0)
            return false;
        if (atRegionStart || text.charAt(p - 1) == '\n')
            return true;
        if (text.charAt(p - 1) != ' ')
            return false;
        // the end mark stands right before the digits: a digit is no end mark, so no shorter run of them can do
        int q = p - 2;
        for (int digits = 0; digits < 2 && q >= 0 && text.charAt(q) >= '0' && text.charAt(q) <= '9'; digits++)
            q--;
        return q >= 0 && ".?!".indexOf(text.charAt(q)) >= 0;
    }

    /** What a sentence says, for telling a repeated one: without footnote markers, one space between words, lower case. */
    private static String said(String sentence) {
        return WHITESPACE.matcher(Footnotes.withoutMarkers(sentence)).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
