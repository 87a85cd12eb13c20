package org.policygraph.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import org.policygraph.deadline.PatternSpace;
import org.policygraph.deadline.WorkDeadline;
import org.policygraph.model.Span;

/**
 * The tokens of a normalised text, read once per document and shared by every extractor: words,
 * numbers, line breaks and other single characters, as offsets into the text (no strings made).
 * A region's tokens are a view on the document's ({@link #within}), the same tokens reading the
 * region alone gives; extractors look up candidate tokens ("every number", "every '+'") instead of
 * scanning the region's characters again.
 * <pre>{@code
 * TokenStream doc = TokenStream.of(text);
 * TokenStream answer = doc.within(answerSpan);
 * for (int i = 0; i < answer.size(); i++)
 *     if (answer.kind(i) == TokenStream.Kind.NUMBER) ...
 * }</pre>
 */
public final class TokenStream {

    /** What a token is. */
    public enum Kind { WORD, NUMBER, BREAK, SYMBOL }

    /**
     * One token: a word with inner hyphens and apostrophes ("niet-EU-diploma", "KPI’s", "zo’n"),
     * a number with inner dots and commas ("29.873.345,30", "4.0"), a line break, or any other
     * single non-space character. Read by hand in one pass ({@link #of}); this pattern is the
     * definition it follows, alternative by alternative, and the test that holds it to that.
     */
    public static final Pattern TOKEN = Pattern.compile(
            "(?<word>[\\p{L}\\p{M}](?:[\\p{L}\\p{M}]|['’\\-](?=[\\p{L}\\p{M}])){0,80})"
                    + "|(?<number>\\d(?:\\d|[.,](?=\\d)){0,40})"
                    + "|(?<brk>\\n)"
                    + "|(?<space>[^\\S\\n]{1,200})"
                    + "|(?<symbol>.)");
    private static final int MAX_WORD_STEPS = 80;
    private static final int MAX_NUMBER_STEPS = 40;
    private static final int MAX_SPACES = 200;
    private static final Kind[] KINDS = Kind.values();

    private final String text;
    /** The document's arrays, shared by every view; this view is tokens [from, to). */
    private final byte[] kinds;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] spaced;
    /** Each token as written and in lower case, made when first asked for: one per document, whichever extractor asks. */
    private final String[] written;
    private final String[] folded;
    private final int from;
    private final int to;
    /** The stretch of text these tokens were read from. */
    private final Span covered;

    private TokenStream(String text, Span covered, byte[] kinds, int[] starts, int[] ends, boolean[] spaced,
                        String[] written, String[] folded, int from, int to) {
        this.text = text;
        this.covered = covered;
        this.kinds = kinds;
        this.starts = starts;
        this.ends = ends;
        this.spaced = spaced;
        this.written = written;
        this.folded = folded;
        this.from = from;
        this.to = to;
    }

    /** The tokens of all of {@code text}. */
    public static TokenStream of(String text) {
        return of(text, new Span(0, text.length()));
    }

    /** The tokens of {@code region} of {@code text}, read as if nothing lay outside it; offsets stay absolute. */
    public static TokenStream of(String text, Span region) {
        int capacity = Math.max(16, region.length() / 4);
        byte[] kinds = new byte[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        boolean[] spaced = new boolean[capacity];
        int n = 0;
        int end = region.end();
        int i = region.start();
        boolean space = true;
        while (i < end) {
            if ((i & 0xFFF) == 0)
                WorkDeadline.check();
            int c = text.codePointAt(i);
            int next;
            Kind kind;
            if (isWordChar(c)) {
                kind = Kind.WORD;
                next = wordEnd(text, i + Character.charCount(c), end);
            } else if (isDigit(c)) {
                kind = Kind.NUMBER;
                next = numberEnd(text, i + 1, end);
            } else if (c == '\n') {
                kind = Kind.BREAK;
                next = i + 1;
            } else if (PatternSpace.isInLine(c)) {
                next = i + 1;
                while (next < end && next - i < MAX_SPACES && PatternSpace.isInLine(text.charAt(next)))
                    next++;
                space = true;
                i = next;
                continue;
            } else if (isLineTerminator(c)) {
                // "." matches no line terminator: the pattern skips it, and so does this reader
                i += 1;
                continue;
            } else {
                kind = Kind.SYMBOL;
                next = i + Character.charCount(c);
            }
            if (n == kinds.length) {
                int grown = n * 2;
                kinds = Arrays.copyOf(kinds, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                spaced = Arrays.copyOf(spaced, grown);
            }
            kinds[n] = (byte) kind.ordinal();
            starts[n] = i;
            ends[n] = next;
            spaced[n] = space;
            n++;
            space = kind == Kind.BREAK;
            i = next;
        }
        return new TokenStream(text, region, kinds, starts, ends, spaced, new String[n], new String[n], 0, n);
    }

    /**
     * The tokens of {@code region}, as {@link #of(String, Span)} reads them: a view on these tokens
     * when no token crosses the region's bounds (the tokeniser reads left to right and looks at most
     * one character ahead, so from a token boundary on it reads the same tokens), else read anew.
     */
    public TokenStream within(Span region) {
        int lo = indexAt(region.start());
        int hi = indexAt(region.end());
        boolean crossesStart = lo > 0 && ends[from + lo - 1] > region.start();
        boolean crossesEnd = hi > 0 && ends[from + hi - 1] > region.end();
        boolean inside = region.start() >= covered.start() && region.end() <= covered.end();
        if (!inside || crossesStart || crossesEnd)
            return of(text, region);
        return new TokenStream(text, region, kinds, starts, ends, spaced, written, folded, from + lo, from + hi);
    }

    /** The text the offsets point into. */
    public String text() {
        return text;
    }

    /** The number of tokens. */
    public int size() {
        return to - from;
    }

    /** What token {@code i} is. */
    public Kind kind(int i) {
        return KINDS[kinds[from + i]];
    }

    /** Absolute start offset of token {@code i}. */
    public int start(int i) {
        return starts[from + i];
    }

    /** Absolute end offset of token {@code i}. */
    public int end(int i) {
        return ends[from + i];
    }

    /** Token {@code i} as written; cut from the text once per document, as {@link #folded} is folded once. */
    public String text(int i) {
        String w = written[from + i];
        if (w == null) {
            w = text.substring(starts[from + i], ends[from + i]);
            written[from + i] = w;
        }
        return w;
    }

    /**
     * Token {@code i} in lower case ({@link Locale#ROOT}), as word lists are kept: folded once per
     * document and shared by every view and every extractor that compares the token. A document's
     * tokens are read on one thread; two threads would at worst fold a token twice. A token without
     * capitals is its own lower case: the same string as {@link #text(int)}, not a copy.
     */
    public String folded(int i) {
        String f = folded[from + i];
        if (f == null) {
            f = text(i).toLowerCase(Locale.ROOT);
            folded[from + i] = f;
        }
        return f;
    }

    /**
     * Whether whitespace (or the start of the region) precedes token {@code i}; false means it is
     * glued to the token before ("actie7", "werken.1").
     */
    public boolean spaceBefore(int i) {
        // read alone, a region's first token has nothing before it
        return i == 0 || spaced[from + i];
    }

    /** Index of the first token starting at or after {@code offset} (the size when there is none). */
    public int indexAt(int offset) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo - from;
    }

    /** The end of a word whose first character ends at {@code i}: letters, marks, and joiners before a letter. */
    private static int wordEnd(String text, int i, int end) {
        for (int steps = 0; steps < MAX_WORD_STEPS && i < end; steps++) {
            int c = text.codePointAt(i);
            if (isWordChar(c)) {
                i += Character.charCount(c);
            } else if ((c == '\'' || c == '’' || c == '-') && i + 1 < end && isWordChar(text.codePointAt(i + 1))) {
                i += 1;
            } else {
                break;
            }
        }
        return i;
    }

    /** The end of a number whose first digit ends at {@code i}: digits, and dots and commas before a digit. */
    private static int numberEnd(String text, int i, int end) {
        for (int steps = 0; steps < MAX_NUMBER_STEPS && i < end; steps++) {
            char c = text.charAt(i);
            if (isDigit(c))
                i++;
            else if ((c == '.' || c == ',') && i + 1 < end && isDigit(text.charAt(i + 1)))
                i++;
            else
                break;
        }
        return i;
    }

    /** {@code [\p{L}\p{M}]}. */
    private static boolean isWordChar(int c) {
        if (c < 0x80)
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /** {@code \d}: an ASCII digit. */
    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** The characters "." does not match (besides the line break, a token of its own). */
    private static boolean isLineTerminator(int c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
