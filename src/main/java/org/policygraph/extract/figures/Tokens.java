package org.policygraph.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.model.Span;

/**
 * The tokens of one region of normalised text, with safe access past either end (a line break
 * stands in for anything outside), so that the grammar of figures never checks bounds itself.
 */
final class Tokens {

    /**
     * One token: a word with inner hyphens and apostrophes ("niet-EU-diploma", "KPI’s", "zo’n"),
     * a number with inner dots and commas ("29.873.345,30", "4.0"), a line break, or any other
     * single non-space character. Read by hand in one pass ({@link #of}); this pattern is the
     * definition it follows, alternative by alternative, and the test that holds it to that.
     */
    static final Pattern TOKEN = Pattern.compile(
            "(?<word>[\\p{L}\\p{M}](?:[\\p{L}\\p{M}]|['’\\-](?=[\\p{L}\\p{M}])){0,80})"
                    + "|(?<number>\\d(?:\\d|[.,](?=\\d)){0,40})"
                    + "|(?<brk>\\n)"
                    + "|(?<space>[^\\S\\n]{1,200})"
                    + "|(?<symbol>.)");
    private static final int MAX_WORD_STEPS = 80;
    private static final int MAX_NUMBER_STEPS = 40;
    private static final int MAX_SPACES = 200;

    private static final Token OUTSIDE = new Token(Token.Kind.BREAK, "\n", -1, -1, true);

    private final List<Token> list;

    private Tokens(List<Token> list) {
        this.list = list;
    }

    /** Tokenises {@code region} of {@code text}; offsets stay absolute. */
    static Tokens of(String text, Span region) {
        List<Token> out = new ArrayList<>();
        int end = region.end();
        int i = region.start();
        boolean space = true;
        while (i < end) {
            if ((i & 0xFFF) == 0)
                WorkDeadline.check();
            int c = text.codePointAt(i);
            int next;
            Token.Kind kind;
            if (isWordChar(c)) {
                kind = Token.Kind.WORD;
                next = wordEnd(text, i + Character.charCount(c), end);
            } else if (isDigit(c)) {
                kind = Token.Kind.NUMBER;
                next = numberEnd(text, i + 1, end);
            } else if (c == '\n') {
                kind = Token.Kind.BREAK;
                next = i + 1;
            } else if (isSpace(c)) {
                next = i + 1;
                while (next < end && next - i < MAX_SPACES && isSpace(text.charAt(next)))
                    next++;
                space = true;
                i = next;
                continue;
            } else if (isLineTerminator(c)) {
                // "." matches no line terminator: the pattern skips it, and so does this reader
                i += 1;
                continue;
            } else {
                kind = Token.Kind.SYMBOL;
                next = i + Character.charCount(c);
            }
            out.add(new Token(kind, text.substring(i, next), i, next, space));
            space = kind == Token.Kind.BREAK;
            i = next;
        }
        return new Tokens(out);
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

    /** {@code [^\S\n]}: whitespace as {@code \s} knows it, other than a line break. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The characters "." does not match (besides the line break, a token of its own). */
    private static boolean isLineTerminator(int c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The token at {@code i}, or a line break when {@code i} is outside the region. */
    Token get(int i) {
        return i >= 0 && i < list.size() ? list.get(i) : OUTSIDE;
    }

    int size() {
        return list.size();
    }

    /** Whether token {@code i} is glued to the one after it (no space between). */
    boolean gluedAfter(int i) {
        return i + 1 < list.size() && !list.get(i + 1).spaceBefore() && !list.get(i + 1).isBreak();
    }

    /** Index of the first token starting at or after {@code offset}. */
    int indexAt(int offset) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).start() < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
