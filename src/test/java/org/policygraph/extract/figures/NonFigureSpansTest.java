package org.policygraph.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.policygraph.model.Span;
import org.policygraph.text.TokenStream;

class NonFigureSpansTest {

    /** Pieces that make dates, periods, phone numbers and near misses of each. */
    private static final String[] PIECES = {"1", "12", "123", "0", "02", "+32", "+", "(0)", "19", "20", "2023", "2020-2021",
            "-", "–", "/", ".", ",", " ", "\n", "\t", "juli", "JULI", "sept", "okt", "ste", "de", "e", "ſte", "a", "nr",
            "553", "50", "www.", "http://x.be", "@", "info", "05-09-2023", "2023-09-05", "1ste", "€", "ja",
            "mei", "MEİ", "ſept", "sep", "september", "dec", "decreet", "jaar", "jan_", "jun", "mrt", "maa", "é", "_", "Okt", "\u0301", "q",
            // mail and web addresses and near misses: names with dots, pluses and hyphens, an "@" without a name
            "http", "https://", "www", "Www.", "vlor.be", "a.b", "x+y", "a-b", "@vlor.be", "info@", "@@", "…"};

    /** The patterns in the order the finder runs them; earlier ones win where matches overlap. */
    private static final Pattern[] ORDER = {NonFigureSpans.ADDRESS, NonFigureSpans.PHONE, NonFigureSpans.NUMERIC_DATE,
            NonFigureSpans.DAY_MONTH, NonFigureSpans.MONTH_YEAR, NonFigureSpans.PERIOD};

    /** What Matcher.find() over the region gives for each pattern, merged as the finder merges. */
    private static List<Span> byFind(String text, Span region) {
        String r = region.of(text);
        TreeMap<Integer, Span> byStart = new TreeMap<>();
        for (Pattern p : ORDER) {
            Matcher m = p.matcher(r);
            while (m.find()) {
                Span s = new Span(region.start() + m.start(), region.start() + m.end());
                var before = byStart.floorEntry(s.start());
                var after = byStart.ceilingEntry(s.start());
                if (before != null && NonFigureSpans.overlaps(before.getValue(), s)
                        || after != null && NonFigureSpans.overlaps(after.getValue(), s))
                    continue;
                byStart.put(s.start(), s);
            }
        }
        return new ArrayList<>(byStart.values());
    }

    @Test
    void findsWhatEveryPatternFindsOverTheWholeRegion() {
        Random r = new Random(5);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(25);
            for (int i = 0; i < len; i++)
                sb.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(3) == 0 ? " " : "");
            String text = sb.toString();
            int a = text.isEmpty() ? 0 : r.nextInt(text.length());
            Span region = new Span(a, a + r.nextInt(text.length() - a + 1));
            List<Span> found = NonFigureSpans.find(text, region, TokenStream.of(text).within(region)).stream()
                    .map(NonFigureSpans.NonFigure::span).toList();
            assertEquals(byFind(text, region), found, () -> "\"" + text + "\" " + region);
        }
    }
}
