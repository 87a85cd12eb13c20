package org.policygraph.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.model.Located;
import org.policygraph.model.Span;

/**
 * The sentences of a region and the list labels that start its lines ("1.", "3. a-d)", "e)",
 * "ii.", "•", a heading number "1 Situering"). A figure names the sentence it stands in; a
 * number inside a label is never a figure.
 */
final class Sentences {

    /**
     * One list label at the start of a line: "1. ", "10) ", "a) ", "b-c+f) ", "c-d)", "ii. ",
     * "• ", or a heading or footnote number before a capital: "1 Situering", "1 O.a.".
     */
    private static final Pattern LABEL = Pattern.compile(
            "(?:\\d{1,3}[.)](?=\\s|$)|[a-z](?:\\s?[-+]\\s?[a-z]){0,8}\\)|[ivxlc]{1,6}\\.(?=\\s)|[•·▪‣◦]"
                    + "|\\d{1,2}(?=\\s\\p{Lu}))\\s{0,3}");
    /** The end of a sentence: ".", "?" or "!" with closing quotes, before a space and a capital, digit or quote. */
    private static final Pattern END = Pattern.compile("[.?!][”\"’')]{0,3}(?=\\s{1,5}[\\p{Lu}\\d“\"‘'(€])");
    /** The word before a full stop, to tell an abbreviation ("nr.", "t.o.v.") from a sentence end. */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}{1,12})$");
    private static final Set<String> ABBREVIATIONS = Set.of("nr", "nrs", "bv", "bijv", "ca", "enz", "art", "blz",
            "dhr", "mevr", "mr", "dr", "prof", "vs", "nl", "resp", "incl", "excl", "min", "max", "tel", "zgn", "cf", "vgl");
    /** A line end that carries the sentence on: "Gent," or an open word ("van", "en"). */
    private static final Pattern OPEN_END = Pattern.compile(
            "(?:[,;(–-]|\\b(?:en|of|van|de|het|een|in|op|met|voor|aan|door|bij|naar|te|tot|om|over|uit|die|dat))$");
    private static final int MAX_LABELS = 3;
    private static final int MAX_ABBREVIATION = 13;

    private final List<Span> sentences = new ArrayList<>();
    private final List<Span> labels = new ArrayList<>();

    private Sentences() {
    }

    /** The sentences and labels of {@code region} of {@code text}. */
    static Sentences of(String text, Span region) {
        Sentences s = new Sentences();
        int segmentStart = region.start();
        int lineStart = region.start();
        while (lineStart <= region.end()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 || nl > region.end() ? region.end() : nl;
            if (lineEnd >= region.end() || !continuesOnNextLine(text, lineStart, lineEnd, region.end())) {
                s.readSegment(text, segmentStart, lineEnd);
                segmentStart = lineEnd + 1;
            }
            lineStart = lineEnd + 1;
        }
        return s;
    }

    /**
     * Whether a sentence runs on over a single line break that normalisation left: the line ends
     * in a comma or a word no sentence ends in ("Geel, Gent,\nOostende") and the next line is
     * neither blank nor a new list item.
     */
    private static boolean continuesOnNextLine(String text, int lineStart, int lineEnd, int regionEnd) {
        if (lineEnd + 1 >= regionEnd || text.charAt(lineEnd + 1) == '\n' || lineEnd == lineStart)
            return false;
        if (LABEL.matcher(text).region(lineEnd + 1, regionEnd).lookingAt())
            return false;
        Matcher last = OPEN_END.matcher(text).region(lineStart, lineEnd);
        return last.find();
    }

    /** Reads the labels at the start of a segment of one or more lines, then its sentences. */
    private void readSegment(String text, int start, int end) {
        int from = start;
        Matcher label = LABEL.matcher(text).region(start, end);
        for (int n = 0; n < MAX_LABELS && label.lookingAt(); n++) {
            labels.add(new Span(label.start(), label.end()));
            from = label.end();
            label.region(from, end);
        }
        Matcher m = END.matcher(text).region(from, end);
        int sentenceStart = from;
        while (m.find()) {
            if (isAbbreviation(text, sentenceStart, m.start()))
                continue;
            add(text, sentenceStart, m.end());
            sentenceStart = m.end();
        }
        add(text, sentenceStart, end);
    }

    private static boolean isAbbreviation(String text, int from, int dot) {
        if (text.charAt(dot) != '.')
            return false;
        // only the last word matters: look at a bounded stretch before the dot
        Matcher w = WORD_BEFORE.matcher(text).region(Math.max(from, dot - MAX_ABBREVIATION), dot);
        if (!w.find())
            return false;
        String word = w.group(1);
        // "t.o.v." and "O.a." end in a one-letter word
        return word.length() == 1 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private void add(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start)))
            start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1)))
            end--;
        if (end > start)
            sentences.add(new Span(start, end));
    }

    /** The sentence holding {@code offset}, or an empty span there when it is in no sentence. */
    Span at(int offset) {
        int i = indexAt(offset);
        return i >= 0 ? sentences.get(i) : new Span(offset, offset);
    }

    /** Index of the sentence holding {@code offset}, or -1; sentences are in text order. */
    private int indexAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (offset < s.start())
                hi = mid - 1;
            else if (offset >= s.end())
                lo = mid + 1;
            else
                return mid;
        }
        return -1;
    }

    /** The sentence holding {@code offset} with its text. */
    Located located(String text, int offset) {
        Span s = at(offset);
        return new Located(s.of(text), s);
    }

    /** The sentence before the one holding {@code offset}, or an empty span when there is none. */
    Span before(int offset) {
        int i = indexAt(offset);
        return i > 0 ? sentences.get(i - 1) : new Span(offset, offset);
    }

    /** Whether {@code offset} lies inside a list label. */
    boolean inLabel(int offset) {
        int lo = 0;
        int hi = labels.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span l = labels.get(mid);
            if (offset < l.start())
                hi = mid - 1;
            else if (offset >= l.end())
                lo = mid + 1;
            else
                return true;
        }
        return false;
    }
}
