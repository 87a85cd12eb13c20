package org.policygraph.deadline;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@link Matcher#find()} would give, found by trying the pattern only at the characters
 * where one of its matches can start. {@code find()} tries the whole pattern at every offset, which
 * for a pattern opening with a look-behind, a word boundary or an alternation of words costs tens of
 * steps per character even where nothing can match; a test of one character is a step. The input is
 * read through {@link WorkDeadline#watch}, so the deadline holds as it does for {@code find()}.
 * <p>
 * Same result as {@code find()} on the same input: candidates are tried left to right, a match
 * resumes the search at its end, and the pattern sees the input around a candidate (look-behind,
 * {@code \b}, multi-line {@code ^}) as {@code find()} would. The start set must hold the first
 * character of every match the pattern can make; matches are never empty.
 * <pre>{@code
 * StartScan s = StartScan.of(PATTERN, text, StartScan.DIGITS);
 * while (s.find())
 *     use(s.matcher().group());
 * }</pre>
 */
public final class StartScan {

    /** Characters that start a match, tested by one look-up (below U+0100) or one call. */
    public interface Starts {
        boolean test(char c);
    }

    /** Offsets where a match can start, for a test that needs more than one character. */
    public interface Candidates {
        boolean at(CharSequence text, int offset);
    }

    /**
     * A set of characters: a table below U+0100 and a short string above. The scan tests these in
     * its own loop, with no call per character: where most of a scan's time goes.
     */
    public static final class CharSet implements Starts {
        private final boolean[] low = new boolean[256];
        private final String high;

        private CharSet(String chars) {
            StringBuilder wide = new StringBuilder();
            for (char c : chars.toCharArray()) {
                if (c < 256)
                    low[c] = true;
                else
                    wide.append(c);
            }
            high = wide.toString();
        }

        @Override
        public boolean test(char c) {
            return c < 256 ? low[c] : high.indexOf(c) >= 0;
        }
    }

    /** An ASCII digit. */
    public static final CharSet DIGITS = anyOf("0123456789");
    /**
     * Where a multi-line {@code ^} can match: at the start, or after a line terminator. Between
     * "\r" and "\n" too, where {@code ^} does not match: the pattern itself refuses there.
     */
    public static final Candidates LINE_START = (t, p) -> p == 0 || StartScan.LINE_TERMINATORS.test(t.charAt(p - 1));
    /** What ends a line, as a multi-line {@code ^} reads it. */
    private static final CharSet LINE_TERMINATORS = anyOf(PatternSpace.LINE_TERMINATORS);
    /** How often the scan's own loop checks the deadline, in characters. */
    private static final int CHECK_EVERY = 4096;

    private final Matcher matcher;
    private final CharSequence text;
    private final Candidates candidates;
    /** For the loop without calls: the text as a string, the start set and the refused previous characters. */
    private final String plain;
    private final CharSet startSet;
    private final CharSet notAfterSet;
    /** For the loop without calls: a further test of the characters the start set lets through, or null. */
    private Candidates refine;
    /** For the loop without calls over {@link #LINE_START}: the text as a string, or null. */
    private String lineStarts;
    /** What a line start must hold for the loop over line starts, or null. */
    private CharSet lineStartSet;
    /** Whether the line feed is the text's only line terminator; read on the first search. */
    private Boolean onlyLineFeeds;
    private final int end;
    /** For a scan over given offsets: those offsets, ascending, and how many of them are in use. */
    private final int[] offsets;
    private final int offsetCount;
    private int nextOffset;
    private int from;

    private StartScan(Pattern pattern, CharSequence text, Candidates candidates, CharSet startSet, CharSet notAfterSet) {
        this.text = WorkDeadline.watch(text);
        this.matcher = pattern.matcher(this.text).useTransparentBounds(true).useAnchoringBounds(false);
        this.candidates = candidates;
        boolean fast = startSet != null && text instanceof String;
        this.plain = fast ? (String) text : null;
        this.startSet = fast ? startSet : null;
        this.notAfterSet = fast ? notAfterSet : null;
        this.end = text.length();
        this.offsets = null;
        this.offsetCount = 0;
    }

    private StartScan(Pattern pattern, CharSequence text, int[] offsets, int count) {
        this.text = WorkDeadline.watch(text);
        this.matcher = pattern.matcher(this.text).useTransparentBounds(true).useAnchoringBounds(false);
        this.candidates = null;
        this.plain = null;
        this.startSet = null;
        this.notAfterSet = null;
        this.end = text.length();
        this.offsets = offsets;
        this.offsetCount = count;
    }

    /**
     * The matches of {@code pattern} in all of {@code text} that start at one of the first
     * {@code count} of {@code offsets} (ascending): for a caller that knows from the document's
     * tokens where every match must start, so that no character is looked at in between.
     */
    public static StartScan at(Pattern pattern, CharSequence text, int[] offsets, int count) {
        return new StartScan(pattern, text, offsets, count);
    }

    /**
     * The matches of {@code pattern} in all of {@code text}, for a pattern whose every match opens with
     * one of {@code openings} as written ({@code "[Dd]ecreet"} opens with "Decreet" or "decreet"): the
     * pattern is tried only where one of them occurs, found by {@link String#indexOf(String, int)},
     * instead of at every "d" of the text. An opening that is no prefix of every match it stands for
     * loses matches: each is the literal text the pattern must read first, case as written.
     */
    public static StartScan opening(Pattern pattern, String text, String... openings) {
        String tail = sharedTail(openings);
        if (tail != null)
            return openingByTail(pattern, text, openings, tail);
        Offsets offsets = new Offsets();
        for (String opening : openings)
            for (int q = text.indexOf(opening); q >= 0; q = text.indexOf(opening, q + 1))
                offsets.add(q);
        // ascending, as find() tries them; two openings never stand at one offset unless one is the other's prefix
        return openings.length > 1 ? atAny(pattern, text, offsets.array(), offsets.size()) : at(pattern, text, offsets.array(), offsets.size());
    }

    /**
     * As {@link #at}, for offsets in any order and possibly repeated: sorted and made distinct (in
     * place) first.
     */
    public static StartScan atAny(Pattern pattern, CharSequence text, int[] offsets, int count) {
        Arrays.sort(offsets, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++)
            if (distinct == 0 || offsets[i] != offsets[distinct - 1])
                offsets[distinct++] = offsets[i];
        return at(pattern, text, offsets, distinct);
    }

    /** What every opening holds after its first character, where they differ in that alone ("Decreet", "decreet"); else null. */
    private static String sharedTail(String[] openings) {
        if (openings.length < 2 || openings[0].length() < 2)
            return null;
        String tail = openings[0].substring(1);
        for (String o : openings)
            if (o.length() != openings[0].length() || !o.endsWith(tail))
                return null;
        return tail;
    }

    /** {@link #opening} for openings that share their tail: one search for it, then the character before. */
    private static StartScan openingByTail(Pattern pattern, String text, String[] openings, String tail) {
        Offsets offsets = new Offsets();
        for (int q = text.indexOf(tail, 1); q >= 0; q = text.indexOf(tail, q + 1)) {
            char first = text.charAt(q - 1);
            boolean opens = false;
            for (String o : openings)
                opens |= o.charAt(0) == first;
            if (opens)
                offsets.add(q - 1);
        }
        return at(pattern, text, offsets.array(), offsets.size());
    }

    /** The matches of {@code pattern} in all of {@code text}; each starts with a character of {@code starts}. */
    public static StartScan of(Pattern pattern, CharSequence text, Starts starts) {
        return new StartScan(pattern, text, (t, p) -> starts.test(t.charAt(p)),
                starts instanceof CharSet set ? set : null, null);
    }

    /** The matches of {@code pattern} in all of {@code text}; each starts at an offset {@code candidates} accepts. */
    public static StartScan of(Pattern pattern, CharSequence text, Candidates candidates) {
        StartScan scan = new StartScan(pattern, text, candidates, null, null);
        // line starts are read in the scan's own loop: a call per character was most of a scan for "(?m)^"
        scan.lineStarts = candidates == LINE_START && text instanceof String plainText ? plainText : null;
        return scan;
    }

    /**
     * As {@link #of(Pattern, CharSequence, Starts)}, for a pattern whose matches also never follow a
     * character of {@code notAfter} (it opens with a negative look-behind of one character).
     */
    public static StartScan of(Pattern pattern, CharSequence text, Starts starts, Starts notAfter) {
        Candidates candidates = (t, p) -> starts.test(t.charAt(p)) && (p == 0 || !notAfter.test(t.charAt(p - 1)));
        return starts instanceof CharSet set && notAfter instanceof CharSet refused
                ? new StartScan(pattern, text, candidates, set, refused)
                : new StartScan(pattern, text, candidates, null, null);
    }

    /**
     * As {@link #of(Pattern, CharSequence, Starts)}, with a further test of each offset whose
     * character is in {@code starts}: for a pattern that needs a few more characters around its first
     * ("." before a space), read only where the start set has already matched.
     */
    public static StartScan of(Pattern pattern, CharSequence text, CharSet starts, Candidates then) {
        // a line start is rarer than a letter of the start set: looked for first, in the scan's loop
        boolean byLines = then == LINE_START && text instanceof String;
        StartScan scan = new StartScan(pattern, text, (t, p) -> starts.test(t.charAt(p)) && then.at(t, p), byLines ? null : starts, null);
        if (byLines) {
            scan.lineStarts = (String) text;
            scan.lineStartSet = starts;
        }
        scan.refine = scan.startSet != null ? then : null;
        return scan;
    }

    /** Starts that are the characters of {@code chars}. */
    public static CharSet anyOf(String chars) {
        return new CharSet(chars);
    }

    /**
     * Starts that are the characters of {@code chars} in any case, as a pattern compiled with
     * {@code CASE_INSENSITIVE | UNICODE_CASE} matches them ("s" also matches U+017F, "k" U+212A).
     */
    public static CharSet anyOfIgnoringCase(String chars) {
        int n = chars.length();
        Pattern[] one = new Pattern[n];
        int[] lower = new int[n];
        int[] upper = new int[n];
        int[] folded = new int[n];
        for (int i = 0; i < n; i++) {
            char c = chars.charAt(i);
            one[i] = Pattern.compile(Pattern.quote(String.valueOf(c)), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            lower[i] = Character.toLowerCase(c);
            upper[i] = Character.toUpperCase(c);
            folded[i] = Character.toLowerCase(Character.toUpperCase(c));
        }
        // one pass over the characters, each cased once: a pass per character of chars cost a
        // tenth of a second of start-up for a start set of some twenty letters and digits
        StringBuilder all = new StringBuilder();
        for (int x = 0; x <= Character.MAX_VALUE; x++) {
            int lx = Character.toLowerCase(x);
            int ux = Character.toUpperCase(x);
            int fx = Character.toLowerCase(ux);
            for (int i = 0; i < n; i++)
                if ((x == chars.charAt(i) || lx == lower[i] || ux == upper[i] || fx == folded[i])
                        && one[i].matcher(String.valueOf((char) x)).matches()) {
                    all.append((char) x);
                    break;
                }
        }
        return anyOf(all.toString());
    }

    /**
     * A matcher for a pattern anchored at the end ({@code ...$}) whose matches are at most
     * {@code longest} characters, that looks only at the end of {@code text}: {@code find()} on it
     * gives what {@code find()} on the whole text gives, without trying the pattern at every offset
     * of a long line. The pattern still sees the text before the end it searches (look-behinds).
     */
    public static Matcher atEnd(Pattern pattern, CharSequence text, int longest) {
        // "$" also matches before a final line terminator of up to two characters
        int from = Math.max(0, text.length() - longest - 2);
        return pattern.matcher(WorkDeadline.watch(text)).useTransparentBounds(true).useAnchoringBounds(false)
                .region(from, text.length());
    }

    /** Advances to the next match, as {@link Matcher#find()} does; false when there is none. */
    public boolean find() {
        if (offsets != null)
            return findAtOffsets();
        if (startSet != null)
            return findBySets();
        if (lineStarts != null)
            return findAtLineStarts();
        for (int p = from; p < end; p++) {
            if (!candidates.at(text, p))
                continue;
            if (matchesAt(p))
                return true;
        }
        from = end;
        return false;
    }

    /** {@link #find()} trying the given offsets only; an offset inside the last match is passed over. */
    private boolean findAtOffsets() {
        while (nextOffset < offsetCount) {
            int p = offsets[nextOffset++];
            if (p < from || p >= end)
                continue;
            if (matchesAt(p))
                return true;
        }
        from = end;
        return false;
    }

    /** {@link #find()} for a start set and refused previous characters: the same test, read in this loop. */
    private boolean findBySets() {
        boolean[] low = startSet.low;
        boolean refuses = notAfterSet != null;
        for (int p = from; p < end; p++) {
            if (p % CHECK_EVERY == 0)
                WorkDeadline.check();
            char c = plain.charAt(p);
            if (c < 256 ? !low[c] : startSet.high.indexOf(c) < 0)
                continue;
            if (refuses && p > 0 && notAfterSet.test(plain.charAt(p - 1)))
                continue;
            if (refine != null && !refine.at(plain, p))
                continue;
            if (matchesAt(p))
                return true;
        }
        from = end;
        return false;
    }

    /**
     * {@link #find()} at the offsets {@link #LINE_START} accepts, going from line start to line start:
     * by {@code indexOf} of the line feed where the text has no other line terminator (normalised
     * text has none), else character by character.
     */
    private boolean findAtLineStarts() {
        String t = lineStarts;
        if (onlyLineFeeds == null)
            onlyLineFeeds = t.indexOf('\r') < 0 && t.indexOf('\u0085') < 0 && t.indexOf('\u2028') < 0 && t.indexOf('\u2029') < 0;
        int p = from;
        int check = p;
        while (p < end) {
            if (p >= check) {
                WorkDeadline.check();
                check = p + CHECK_EVERY;
            }
            if (p > 0 && !LINE_TERMINATORS.test(t.charAt(p - 1))) {
                p = nextLineStart(t, p);
                continue;
            }
            if ((lineStartSet == null || lineStartSet.test(t.charAt(p))) && matchesAt(p))
                return true;
            p++;
        }
        from = end;
        return false;
    }

    /** The first line start after {@code p}: after the first line terminator at or after it, or the end. */
    private int nextLineStart(String t, int p) {
        if (onlyLineFeeds) {
            int feed = t.indexOf('\n', p);
            return feed < 0 || feed >= end ? end : feed + 1;
        }
        int q = p;
        while (q < end && !LINE_TERMINATORS.test(t.charAt(q)))
            q++;
        return q < end ? q + 1 : end;
    }

    /** Whether a match starts at {@code p}; if so the next search starts after it. */
    private boolean matchesAt(int p) {
        matcher.region(p, end);
        if (!matcher.lookingAt())
            return false;
        from = Math.max(matcher.end(), p + 1);
        return true;
    }

    /** The matcher, positioned on the last match {@link #find()} returned. */
    public Matcher matcher() {
        return matcher;
    }
}
