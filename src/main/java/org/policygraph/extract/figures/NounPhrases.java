package org.policygraph.extract.figures;

import java.util.Optional;
import java.util.Set;

import org.policygraph.lang.DutchNumbers;

/**
 * Reads the noun phrase that names what a figure measures, from the tokens around it, without
 * a tagger: adjectives are recognised by their -e ending (or a short list) before another word,
 * nouns as lower-case words that are no function word, number or unit. A phrase never crosses
 * a line break or punctuation.
 */
final class NounPhrases {

    /** A phrase found: tokens {@code first..last} inclusive, its head noun at {@code last} or before a modifier. */
    record Phrase(int first, int head, int last) {
    }

    private static final Set<String> DETERMINERS = Set.of("een", "de", "het");
    /**
     * Prepositions whose phrase stays part of the counted thing: "personen van buitenlandse
     * herkomst", "persoon met een handicap".
     */
    private static final Set<String> MODIFIER_PREPOSITIONS = Set.of("van", "met");
    private static final int MAX_ADJECTIVES = 3;

    private final Tokens t;

    NounPhrases(Tokens t) {
        this.t = t;
    }

    /**
     * The counted thing starting at token {@code i}: adjectives, a noun and at most one modifier
     * ("kwetsbare jongeren", "personen met een niet-EU-diploma", "persoon met een handicap of
     * chronische ziekte").
     */
    Optional<Phrase> after(int i) {
        int head = skipAdjectives(i);
        if (!isNoun(head))
            return Optional.empty();
        int last = head;
        if (MODIFIER_PREPOSITIONS.contains(t.get(head + 1).lower())) {
            int noun = nounAfterPreposition(head + 2);
            if (noun > 0) {
                last = noun;
                // "met een handicap of chronische ziekte": one alternative joined by "of"
                if (t.get(noun + 1).lower().equals("of")) {
                    int alternative = nounAfterPreposition(noun + 2);
                    if (alternative > 0)
                        last = alternative;
                }
            }
        }
        return Optional.of(new Phrase(i, head, last));
    }

    /** A phrase without article starting at {@code i}, with no modifier: "subsidie" in "als subsidie". */
    Optional<Phrase> bareAfter(int i) {
        int head = skipAdjectives(i);
        return isNoun(head) ? Optional.of(new Phrase(i, head, head)) : Optional.empty();
    }

    /** A phrase ending with its noun at {@code head}, with the adjectives before it: "bijhorende financiële middelen". */
    Optional<Phrase> endingAt(int head) {
        if (!isNoun(head))
            return Optional.empty();
        int first = head;
        while (head - first < MAX_ADJECTIVES && isAdjectiveWord(t.get(first - 1)))
            first--;
        return Optional.of(new Phrase(first, head, head));
    }

    /** Whether token {@code i} is an article ("de", "het", "een"). */
    boolean isDeterminer(int i) {
        return t.get(i).isWord() && DETERMINERS.contains(t.get(i).lower());
    }

    private int nounAfterPreposition(int i) {
        if (t.get(i).isWord() && DETERMINERS.contains(t.get(i).lower()))
            i++;
        int noun = skipAdjectives(i);
        return isNoun(noun) ? noun : -1;
    }

    /** The index after the longest run of adjectives from {@code i} that a noun follows ("lokale besturen"). */
    private int skipAdjectives(int i) {
        int best = 0;
        for (int n = 1; n <= MAX_ADJECTIVES && isAdjectiveWord(t.get(i + n - 1)); n++)
            if (isNoun(i + n))
                best = n;
        return i + best;
    }

    private static boolean isAdjectiveWord(Token w) {
        if (!w.isLowerWord() || Lexicon.NOT_NOUNS.contains(w.lower()))
            return false;
        return Lexicon.BARE_ADJECTIVES.contains(w.lower()) || (w.text().length() >= 3 && w.text().endsWith("e"));
    }

    /** Whether token {@code i} can be a noun: a lower-case word that is no function word, number, scale or unit. */
    boolean isNoun(int i) {
        Token w = t.get(i);
        if (!w.isLowerWord() || w.text().length() < 2)
            return false;
        String lower = w.lower();
        return !Lexicon.NOT_NOUNS.contains(lower) && DutchNumbers.parseWord(lower).isEmpty()
                && DutchNumbers.scale(lower).isEmpty() && !Lexicon.MEASURE_UNITS.containsKey(lower)
                && !Lexicon.EURO_WORDS.contains(lower);
    }

    /** Whether a noun looks plural ("kandidaten", "stagiairs", "kmo's"), as any count above one needs. */
    static boolean looksPlural(String noun) {
        return noun.endsWith("en") || noun.endsWith("s") || noun.endsWith("ën");
    }
}
