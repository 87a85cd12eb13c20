package org.policygraph.extract.figures;

import java.util.ArrayList;
import java.util.List;

import org.policygraph.text.TokenStream;
import org.policygraph.model.Span;

/**
 * The tokens of one region of normalised text as records, with safe access past either end (a line
 * break stands in for anything outside), so that the grammar of figures never checks bounds itself.
 * The tokens themselves are the document's {@link TokenStream}, read once.
 */
final class Tokens {

    private static final Token OUTSIDE = new Token(Token.Kind.BREAK, "\n", -1, -1, true);
    private static final Token.Kind[] KINDS = {Token.Kind.WORD, Token.Kind.NUMBER, Token.Kind.BREAK, Token.Kind.SYMBOL};
    /** Every ASCII character as a string of its own. */
    private static final String[] ASCII = asciiStrings();

    private final List<Token> list;

    private Tokens(List<Token> list) {
        this.list = list;
    }

    /** Tokenises {@code region} of {@code text}; offsets stay absolute. */
    static Tokens of(String text, Span region) {
        return of(TokenStream.of(text, region));
    }

    /** The tokens of a region, read from the document's stream. */
    static Tokens of(TokenStream stream) {
        List<Token> out = new ArrayList<>(stream.size());
        String text = stream.text();
        for (int i = 0; i < stream.size(); i++) {
            Token.Kind kind = KINDS[stream.kind(i).ordinal()];
            int start = stream.start(i);
            char first = text.charAt(start);
            // a line break or an ASCII symbol is its own lower case: no copy of the text for them
            if (kind == Token.Kind.BREAK || kind == Token.Kind.SYMBOL && stream.end(i) == start + 1 && first < ASCII.length) {
                String one = ASCII[first];
                out.add(new Token(kind, one, start, start + 1, stream.spaceBefore(i), one));
            } else {
                out.add(new Token(kind, stream.text(i), start, stream.end(i), stream.spaceBefore(i), stream.folded(i)));
            }
        }
        return new Tokens(out);
    }

    private static String[] asciiStrings() {
        String[] strings = new String[128];
        for (char c = 0; c < strings.length; c++)
            strings[c] = String.valueOf(c);
        return strings;
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
