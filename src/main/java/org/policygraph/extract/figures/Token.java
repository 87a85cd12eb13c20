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
 */
record Token(Kind kind, String text, int start, int end, boolean spaceBefore) {

    enum Kind { WORD, NUMBER, BREAK, SYMBOL }

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

    /** The text in lower case, for comparing against word lists. */
    String lower() {
        return text.toLowerCase(Locale.ROOT);
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
