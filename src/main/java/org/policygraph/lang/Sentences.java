package org.policygraph.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.PatternSpace;
import org.policygraph.deadline.StartScan;
import org.policygraph.deadline.WorkDeadline;
import org.policygraph.model.Located;
import org.policygraph.model.Span;

/**
 * The sentences of a region of normalised text, and the list labels and section numbers that
 * open its lines (a number inside a label is never a figure). This is the one sentence splitter.
 * <p>
 * A sentence ends at ".", "?" or "!" (closing quotes and a footnote marker may follow: "werken.1")
 * before a space and a capital, digit or quote, unless the full stop closes an abbreviation
 * ({@code abbreviations.txt}, or any one-letter word: "o.a."). A line break ends a sentence,
 * except where the line ends in a comma or a word no sentence ends in
 * ({@code continuing-words.txt}) and the next line opens no item.
 * <pre>{@code
 * Sentences s = Sentences.of(text, region);
 * Span sentence = s.at(offset);
 * }</pre>
 */
public final class Sentences {

    /**
     * The end of a sentence: ".", "?" or "!" with closing quotes, or a footnote marker after a word's
     * full stop ("werken.1"), before a space and a capital, digit or quote.
     */
    static final Pattern END = Pattern.compile(
            "(?:[.?!][”\"’')]{0,3}|(?<=\\p{L}[.?!])\\d{1,2})(?=\\s{1,5}[\\p{Lu}\\d“\"‘'(€])");
    /** The word before a full stop, to tell an abbreviation ("nr.", "t.o.v.") from a sentence end. */
    static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}{1,12})$");
    /** The marks that carry a sentence on over a line break, as {@link #LINE_END} lists them. */
    private static final String CARRYING_MARKS = ",;(–-";
    /** The last word of a line, or a comma, semicolon, bracket or dash that carries the sentence on. */
    private static final Pattern LINE_END = Pattern.compile("(?:([" + CARRYING_MARKS + "])|\\b(\\p{L}{1,12}))$");
    /** What besides a capital and a digit may open the sentence after an end, as {@link #END} reads them. */
    private static final String SENTENCE_OPENERS = "“\"‘'(€";
    /** {@link #endAt}'s answer where it leaves the reading to the pattern. */
    static final int UNREAD = -2;
    /** Characters of a segment read between two looks at the deadline. */
    private static final int CHECK_EVERY = 4096;
    /** Lines read between two looks at the deadline, less one (a mask). */
    private static final int CHECK_LINES = 15;
    /** What may close a sentence after its punctuation, as {@link #END} reads them. */
    private static final String CLOSERS = "”\"’')";
    /** The longest match of {@link #LINE_END}: a word of twelve letters, each up to two chars. */
    private static final int LINE_END_LONGEST = 24;
    private static final Gazetteer ABBREVIATIONS = Gazetteer.of("abbreviations");
    private static final Gazetteer CONTINUING_WORDS = Gazetteer.of("continuing-words");
    private static final int MAX_LABELS = 3;
    private static final int MAX_ABBREVIATION = 13;
    /** The longest word {@link #WORD_BEFORE} reads. */
    private static final int MAX_WORD = 12;

    private final List<Span> sentences = new ArrayList<>();
    private final List<Span> labels = new ArrayList<>();
    /** The sentences with their text, made on first asking ({@link #located}). */
    private Located[] located;
    /** The text the sentences were read from. */
    private final String source;

    private Sentences(String source) {
        this.source = source;
    }

    /** The sentences and labels of {@code region} of {@code text}. */
    public static Sentences of(String text, Span region) {
        Sentences s = new Sentences(text);
        int segmentStart = region.start();
        int lineStart = region.start();
        int lines = 0;
        while (lineStart <= region.end()) {
            // every few lines: a line is a few microseconds of work, the deadline's look-up a share of that
            if ((lines++ & CHECK_LINES) == 0)
                WorkDeadline.check();
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
     * The sentences of {@code region}, read on the first call and kept: for the extractors of one
     * region, which need them only when they find something, so that the second does not read them again.
     */
    public static Supplier<Sentences> lazily(String text, Span region) {
        return new Supplier<>() {
            private Sentences read;

            @Override
            public Sentences get() {
                if (read == null)
                    read = of(text, region);
                return read;
            }
        };
    }

    /** The sentence, or run of sentences, that holds {@code [start, end)} within {@code region}. */
    public static Located around(String text, Span region, int start, int end) {
        return of(text, region).around(text, start, end);
    }

    /**
     * The sentence, or run of sentences, that holds {@code [start, end)}: for a caller that asks for
     * many, with the sentences read once.
     */
    public Located around(String text, int start, int end) {
        Span first = at(start);
        Span last = at(Math.max(start, end - 1));
        Span span = new Span(first.start(), Math.max(first.end(), last.end()));
        return new Located(span.of(text), span);
    }

    /**
     * Whether a sentence runs on over a single line break that normalisation left: the line ends
     * in a comma or a word no sentence ends in ("Geel, Gent,\nOostende") and the next line is
     * neither blank nor a new list item.
     */
    private static boolean continuesOnNextLine(String text, int lineStart, int lineEnd, int regionEnd) {
        if (lineEnd + 1 >= regionEnd || text.charAt(lineEnd + 1) == '\n' || lineEnd == lineStart)
            return false;
        if (!mayCarryOn(text.charAt(lineEnd - 1)))
            return false;
        if (labelAt(text.substring(lineEnd + 1, nextLineEnd(text, lineEnd + 1, regionEnd))).isPresent())
            return false;
        // no sentence opens in lower case: "en vraagt\ndat dit van nabij wordt opgevolgd" is one
        if (Character.isLowerCase(text.charAt(lineEnd - 1)) && Character.isLowerCase(text.charAt(lineEnd + 1)))
            return true;
        // the line alone, as the pattern may see it; only its end can hold a match
        Matcher last = StartScan.atEnd(LINE_END, text.substring(lineStart, lineEnd), LINE_END_LONGEST);
        if (!last.find())
            return false;
        return last.group(1) != null || CONTINUING_WORDS.contains(last.group(2));
    }

    /**
     * False where {@link #LINE_END} cannot match a line ending in {@code last}: its match ends in a
     * letter or in one of its marks, before the end or a final line terminator. Most lines end a
     * sentence in "." and skip the pattern, and the copy of the line it reads.
     */
    private static boolean mayCarryOn(char last) {
        return Character.isLetter(last) || CARRYING_MARKS.indexOf(last) >= 0 || Character.isSurrogate(last)
                || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029';
    }

    private static int nextLineEnd(String text, int from, int regionEnd) {
        int nl = text.indexOf('\n', from);
        return nl < 0 || nl > regionEnd ? regionEnd : nl;
    }

    /** The length of a list label or section number at the start of {@code rest}, spaces after it included. */
    private static Optional<Integer> labelAt(String rest) {
        Optional<ItemLabel> label = ItemLabels.atStart(rest);
        if (label.isPresent())
            return Optional.of(label.get().length());
        return SectionNumbers.atStart(rest).map(SectionNumbers.SectionNumber::length);
    }

    /** Reads the labels at the start of a segment of one or more lines, then its sentences. */
    private void readSegment(String text, int start, int end) {
        int from = start;
        for (int n = 0; n < MAX_LABELS && from < end; n++) {
            Optional<Integer> label = labelAt(text.substring(from, end));
            if (label.isEmpty() || label.get() == 0)
                break;
            labels.add(new Span(from, from + label.get()));
            from += label.get();
        }
        int sentenceStart = from;
        // the caller checks every sixteen lines; within a segment, every so many characters
        int check = from + CHECK_EVERY;
        Marks marks = new Marks(text, end);
        Matcher segment = null;
        int p = from;
        while (p < end) {
            int q = candidate(text, p, from, marks);
            if (q >= end)
                break;
            if (q >= check) {
                WorkDeadline.check();
                check = q + CHECK_EVERY;
            }
            int e = endAt(text, q, from, end);
            if (e == UNREAD) {
                // the segment alone, as the pattern may see it, copied once however many surrogates it holds
                if (segment == null)
                    segment = END.matcher(WorkDeadline.watch(text.substring(from, end))).useTransparentBounds(true)
                            .useAnchoringBounds(false);
                e = endByPattern(segment, q, from, end);
            }
            if (e < 0) {
                p = q + 1;
                continue;
            }
            if (!isAbbreviation(text, sentenceStart, q)) {
                add(text, sentenceStart, e);
                sentenceStart = e;
            }
            // the next end is looked for after this one, as Matcher.find() goes on
            p = e;
        }
        add(text, sentenceStart, end);
    }

    /**
     * The end of {@link #END}'s match at {@code p} in the segment {@code [from, to)}, as the pattern
     * matches the segment alone (no look-behind before it, no look-ahead after it); -1 for none, or
     * {@link #UNREAD} where a surrogate stands where the pattern reads a letter. Read by hand, as it
     * runs at every full stop and digit of every region: each repetition of the pattern is taken at
     * its longest, as a shorter one leaves a character that its next part refuses (a closer is no
     * space, a space no capital, a digit no space).
     */
    static int endAt(String s, int p, int from, int to) {
        char c = s.charAt(p);
        int q = p + 1;
        if (c == '.' || c == '?' || c == '!') {
            while (q < to && q <= p + 3 && CLOSERS.indexOf(s.charAt(q)) >= 0)
                q++;
        } else if (c >= '0' && c <= '9') {
            // (?<=\p{L}[.?!]): a marker after a word's full stop
            if (p - 2 < from || ".?!".indexOf(s.charAt(p - 1)) < 0)
                return -1;
            char letter = s.charAt(p - 2);
            if (Character.isSurrogate(letter))
                return UNREAD;
            if (!Character.isLetter(letter))
                return -1;
            if (q < to && s.charAt(q) >= '0' && s.charAt(q) <= '9')
                q++;
        } else {
            return -1;
        }
        // (?=\s{1,5}[\p{Lu}\d“"‘'(€])
        int r = q;
        while (r < to && r - q < 5 && PatternSpace.is(s.charAt(r)))
            r++;
        if (r == q || r >= to)
            return -1;
        char next = s.charAt(r);
        if (Character.isSurrogate(next))
            return UNREAD;
        return Character.getType(next) == Character.UPPERCASE_LETTER || next >= '0' && next <= '9'
                || SENTENCE_OPENERS.indexOf(next) >= 0 ? q : -1;
    }

    /** {@link #endAt} by the pattern itself, on the segment alone ({@code segment} reads {@code [from, to)} from 0). */
    private static int endByPattern(Matcher segment, int p, int from, int to) {
        segment.region(p - from, to - from);
        return segment.lookingAt() ? from + segment.end() : -1;
    }

    static boolean isAbbreviation(String text, int from, int dot) {
        if (text.charAt(dot) != '.')
            return false;
        // only the last word matters: look at a bounded stretch before the dot
        int lo = Math.max(from, dot - MAX_ABBREVIATION);
        int start = dot;
        while (start > lo && Character.isLetter(text.charAt(start - 1)))
            start--;
        String word;
        // a surrogate, or a line terminator before the dot (where the pattern's "$" also matches), is left to the pattern
        if (start > lo && (Character.isSurrogate(text.charAt(start - 1)) || start == dot && PatternSpace.isLineTerminator(text.charAt(dot - 1)))) {
            Matcher w = WORD_BEFORE.matcher(WorkDeadline.watch(text)).region(lo, dot);
            if (!w.find())
                return false;
            word = w.group(1);
        } else {
            // WORD_BEFORE's leftmost match: the letters before the dot, at most twelve of them
            if (start == dot)
                return false;
            word = text.substring(Math.max(start, dot - MAX_WORD), dot);
        }
        // "t.o.v." and "O.a." end in a one-letter word
        return word.length() == 1 || ABBREVIATIONS.containsIgnoreCase(word);
    }

    /**
     * The first offset at or after {@code p} where {@link #END} can match in the segment {@code marks}
     * reads (starting at {@code from}): a mark, or a note's digit right after one ("werken.1"). No
     * offset before it can start a match.
     */
    static int candidate(String text, int p, int from, Marks marks) {
        char c = text.charAt(p);
        return c >= '0' && c <= '9' && p > from && isMark(text.charAt(p - 1)) ? p : marks.from(p);
    }

    private static boolean isMark(char c) {
        return c == '.' || c == '?' || c == '!';
    }

    /**
     * The full stops, question and exclamation marks of a segment, found by {@code indexOf} as the
     * reading goes on rather than by asking each character: each mark's next place is looked for
     * again only once the reading has passed it.
     */
    static final class Marks {
        private static final char[] MARKS = {'.', '?', '!'};
        private final String text;
        private final int end;
        /** Per mark, its next place at or after the last offset asked, the end when none; -1 before the first. */
        private final int[] next = {-1, -1, -1};

        Marks(String text, int end) {
            this.text = text;
            this.end = end;
        }

        /** The first mark at or after {@code p}, or the end. */
        int from(int p) {
            int first = end;
            for (int k = 0; k < MARKS.length; k++) {
                if (next[k] < p) {
                    int at = text.indexOf(MARKS[k], p, end);
                    next[k] = at < 0 ? end : at;
                }
                first = Math.min(first, next[k]);
            }
            return first;
        }
    }

    private void add(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start)))
            start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1)))
            end--;
        if (end > start)
            sentences.add(new Span(start, end));
    }

    /** The sentences in text order. */
    public List<Span> spans() {
        return List.copyOf(sentences);
    }

    /** The sentence holding {@code offset}, or an empty span there when it is in no sentence. */
    public Span at(int offset) {
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

    /**
     * The sentence holding {@code offset} with its text. One {@link Located} per sentence, kept: the
     * figures of a sentence share its text, where a copy each cost a long sentence's length times
     * its figures, in time and in the heap that holds them.
     */
    public Located located(String text, int offset) {
        int i = indexAt(offset);
        if (i < 0) {
            Span s = new Span(offset, offset);
            return new Located(s.of(text), s);
        }
        // kept only for the text these sentences were read from
        if (text != source)
            return new Located(sentences.get(i).of(text), sentences.get(i));
        if (located == null)
            located = new Located[sentences.size()];
        if (located[i] == null)
            located[i] = new Located(sentences.get(i).of(text), sentences.get(i));
        return located[i];
    }

    /** The sentence before the one holding {@code offset}, or an empty span when there is none. */
    public Span before(int offset) {
        int i = indexAt(offset);
        return i > 0 ? sentences.get(i - 1) : new Span(offset, offset);
    }

    /** Whether {@code offset} lies inside a list label or section number. */
    public boolean inLabel(int offset) {
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
