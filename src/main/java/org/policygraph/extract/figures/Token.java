package org.policygraph.extract.figures;

import java.util.Locale;

/**
 * One token of normalised text: a word, a number, a line break or another single character.
 *
 * @param kind        what the token is
 * @param text        the token's text as written
 * @param start       absolute start offset in the normalised text
 * @param end         absolute end offset
 * @param spaceBefore whether whitespace (or the start of the region) precedes it; false means the
 *                    token is glued to the one before ("actie7", "werken.1")
 * @param lower       the text in lower case, for comparing against word lists: read once, since the
 *                    figure grammar compares a token many times
 */
record Token(Kind kind, String text, int start, int end, boolean spaceBefore, String lower) {

    enum Kind { WORD, NUMBER, BREAK, SYMBOL }

    Token(Kind kind, String text, int start, int end, boolean spaceBefore) {
        this(kind, text, start, end, spaceBefore, text.toLowerCase(Locale.ROOT));
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isBreak() {
        return kind == Kind.BREAK;
    }

    /** Whether this is the symbol {@code symbol}, a single character such as "€", "%", "(" or ".". */
    boolean is(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** Whether this is a word starting with a lower-case letter ("besturen", "niet-EU-diploma"). */
    boolean isLowerWord() {
        return kind == Kind.WORD && Character.isLowerCase(text.codePointAt(0));
    }

    /** Whether this is a word starting with a capital ("Antwerpen", "Twee"). */
    boolean isCapitalisedWord() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }
}
