package org.policygraph.extract.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.policygraph.lang.DutchNumbers;
import org.policygraph.lang.Sentences;
import org.policygraph.model.Span;

/**
 * Tells numbers that are no figure from the context of one token: inside a date or label, glued
 * into a word or code ("actie7", "werken.1", "24/7"), after a noun that numbers things ("actie 6",
 * "nr. 497"), part of a name ("Schijf van Vijf") or set phrase ("in één oogopslag").
 */
final class NumberGuards {

    /** Characters that, glued before a number, make it part of something else: "werken.1", "actie7", "24/7", "Covid-19". */
    private static final Set<String> GLUE_BEFORE = Set.of(".", ",", "/", "-", "–", "#", "+", ":", "_", "&", "=", "@",
            "\\", "§", "°", "*", "^");
    /** Characters that, glued after a number, make it part of something else: "24/7", "14:30", "3°". */
    private static final Set<String> GLUE_AFTER = Set.of("/", ":", "°", "*", "#", "^", "_", "@");
    /**
     * Characters written as a minus before a number: hyphen-minus, non-breaking hyphen (U+2011),
     * figure dash (U+2012), en dash (U+2013) and the minus sign (U+2212).
     */
    static final Set<String> MINUS_SIGNS = Set.of("-", "\u2011", "\u2012", "\u2013", "\u2212");

    private final Tokens t;
    private final Sentences sentences;
    /** Blocked spans merged into disjoint ones in text order, so that a lookup is a binary search. */
    private final List<Span> blocked;

    NumberGuards(Tokens t, Sentences sentences, List<Span> blocked) {
        this.t = t;
        this.sentences = sentences;
        this.blocked = merged(blocked);
    }

    private static List<Span> merged(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() <= last.end())
                out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            else
                out.add(s);
        }
        return out;
    }

    /** Whether a token lies in a date, address, excluded span or list label. */
    boolean isBlocked(Token tok) {
        // the last blocked span starting before the token's end is the only one that can overlap it
        int lo = 0;
        int hi = blocked.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (blocked.get(mid).start() < tok.end()) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found >= 0 && blocked.get(found).end() > tok.start())
            return true;
        return sentences.inLabel(tok.start());
    }

    /** Whether a number is glued to a word or sign that makes it part of something else. */
    boolean isGlued(int i) {
        return gluedBefore(i) || gluedAfter(i);
    }

    /** "werken.1", "actie7", "Covid-19", "24/7" (the 7), or a number right after a table-like number. */
    boolean gluedBefore(int i) {
        Token tok = t.get(i);
        if (!tok.isNumber() || isSign(i - 1))
            return false;
        Token before = t.get(i - 1);
        if (!tok.spaceBefore() && (before.isWord() || before.isNumber() || GLUE_BEFORE.contains(before.text())))
            return true;
        // "Limburg 41 26,45%": numbers in a row are table cells without their header; a year may
        // stand before a figure ("in 2022 11 inschrijvingen")
        return before.isNumber() && !DutchNumbers.isYearLike(before.text());
    }

    /** "3de", "24/7" (the 24), "14:30", "18-jarigen". */
    boolean gluedAfter(int i) {
        if (!t.get(i).isNumber() || !t.gluedAfter(i))
            return false;
        Token after = t.get(i + 1);
        if (isKiloEuro(i + 1))
            return false;
        if (after.isWord() || GLUE_AFTER.contains(after.text()))
            return true;
        return (after.is("-") || after.is("–")) && t.gluedAfter(i + 1) && t.get(i + 2).isWord();
    }

    /**
     * Whether token {@code i} is the minus sign of the number glued after it: "-2,17%", "€ \u2011865 mln",
     * "(\u22123,1 miljard)", the second cell of "0,5% -0,1%". Never the hyphen of a range or code
     * ("10-15", "2020-2025", "Covid-19", "t-1"): a sign stands after a space, a line start or an
     * opening bracket, and not right after a bare number ("10 -15" is left alone as unclear).
     */
    boolean isMinusSign(int i) {
        return MINUS_SIGNS.contains(t.get(i).text()) && isSign(i);
    }

    /** Whether token {@code i} is a minus or plus sign of the number glued after it ("€ +1,59 mld"); see {@link #isMinusSign}. */
    boolean isSign(int i) {
        Token sign = t.get(i);
        if (sign.kind() != Token.Kind.SYMBOL || !MINUS_SIGNS.contains(sign.text()) && !sign.text().equals("+"))
            return false;
        Token number = t.get(i + 1);
        if (!number.isNumber() || number.spaceBefore())
            return false;
        Token before = t.get(i - 1);
        if (before.isBreak())
            return true;
        if (!sign.spaceBefore())
            return before.is("(") || before.is("[") || before.is("=") || isEuroSign(i - 1);
        return !before.isNumber();
    }

    /**
     * Whether a number word is part of a name or set phrase: capitalised inside a sentence
     * ("de Schijf van Vijf"), or "één" in "in één oogopslag", "op één na".
     */
    boolean isNameOrIdiom(int i) {
        Token tok = t.get(i);
        if (!tok.isWord())
            return false;
        if (tok.isCapitalisedWord() && !startsSentence(i))
            return true;
        if (!tok.lower().equals("één") && !tok.lower().equals("eén"))
            return false;
        String before = t.get(i - 1).lower();
        return before.equals("in") || before.equals("op") || Lexicon.ONE_IDIOMS.contains(t.get(i + 1).lower());
    }

    /** Whether token {@code i} is "€" or "EUR". */
    boolean isEuroSign(int i) {
        Token tok = t.get(i);
        return tok.is("€") || (tok.isWord() && tok.text().equals("EUR"));
    }

    /**
     * Whether the number at {@code i} is an identifier: it follows a noun that numbers things
     * ("actie 6", "nr. 497", "artikel 11.04") or a capitalised word inside a sentence ("Actieplan 4.0").
     */
    boolean isIdentifier(int i) {
        Token before = t.get(i - 1);
        if (before.is(".") && !before.spaceBefore() && t.get(i - 2).isWord()
                && Lexicon.IDENTIFIER_NOUNS.contains(t.get(i - 2).lower()))
            return true;
        if (!before.isWord())
            return false;
        if (Lexicon.IDENTIFIER_NOUNS.contains(before.lower()))
            return true;
        return before.isCapitalisedWord() && !startsSentence(i - 1);
    }

    /** Whether token {@code i} is a capitalised word inside a sentence ("Antwerpen" in "Antwerpen 21,0 km"). */
    boolean isCapitalisedName(int i) {
        return t.get(i).isCapitalisedWord() && !Lexicon.IDENTIFIER_NOUNS.contains(t.get(i).lower());
    }

    /** Whether a unit follows the number at {@code i}, possibly after a scale word: "21,0 km", "3 miljoen euro". */
    boolean hasUnitAfter(int i) {
        int j = DutchNumbers.scale(t.get(i + 1).lower()).isPresent() ? i + 2 : i + 1;
        Token u = t.get(j);
        String lower = u.lower();
        if (leadsNextNumber(j))
            return false;
        return u.is("%") || u.is("€") || u.isWord() && (Lexicon.EURO_WORDS.contains(lower)
                || Lexicon.PERCENT_WORDS.contains(lower) || Lexicon.MEASURE_UNITS.containsKey(lower));
    }

    /** Whether token {@code j} is the "k" of "k€" ("250 k€", "250k€"): a thousand euro. */
    boolean isKiloEuro(int j) {
        Token k = t.get(j);
        return k.isWord() && k.text().equals("k") && t.gluedAfter(j) && t.get(j + 1).is("€");
    }

    /**
     * Whether the euro sign at {@code j} belongs to the number after it, not to the one before:
     * "in 2027 € -865 mln" is an amount in 2027, never 2027 euro.
     */
    boolean leadsNextNumber(int j) {
        return isEuroSign(j) && (t.get(j + 1).isNumber() || isSign(j + 1));
    }

    /** Whether token {@code i} begins its sentence. */
    boolean startsSentence(int i) {
        return sentences.at(t.get(i).start()).start() == t.get(i).start();
    }

    /** Whether the number is a bare "(2)" or "(3)": an enumeration or a title's sequence number. */
    boolean isParenthesised(int i, int after) {
        return t.get(i - 1).is("(") && t.get(after).is(")");
    }
}
