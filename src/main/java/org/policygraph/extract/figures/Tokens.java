package org.policygraph.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
     * single non-space character. Bounded repetition keeps matching linear.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "(?<word>[\\p{L}\\p{M}](?:[\\p{L}\\p{M}]|['’\\-](?=[\\p{L}\\p{M}])){0,80})"
                    + "|(?<number>\\d(?:\\d|[.,](?=\\d)){0,40})"
                    + "|(?<brk>\\n)"
                    + "|(?<space>[^\\S\\n]{1,200})"
                    + "|(?<symbol>.)");

    private static final Token OUTSIDE = new Token(Token.Kind.BREAK, "\n", -1, -1, true);

    private final List<Token> list;

    private Tokens(List<Token> list) {
        this.list = list;
    }

    /** Tokenises {@code region} of {@code text}; offsets stay absolute. */
    static Tokens of(String text, Span region) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(WorkDeadline.watch(text)).region(region.start(), region.end());
        boolean space = true;
        while (m.find()) {
            if (m.group("space") != null) {
                space = true;
                continue;
            }
            Token.Kind kind = m.group("word") != null ? Token.Kind.WORD
                    : m.group("number") != null ? Token.Kind.NUMBER
                    : m.group("brk") != null ? Token.Kind.BREAK : Token.Kind.SYMBOL;
            out.add(new Token(kind, m.group(), m.start(), m.end(), space));
            space = kind == Token.Kind.BREAK;
        }
        return new Tokens(out);
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
