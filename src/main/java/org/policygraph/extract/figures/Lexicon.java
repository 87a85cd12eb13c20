package org.policygraph.extract.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.policygraph.lang.Gazetteer;
import org.policygraph.model.FigureUnit;

/**
 * The Dutch words the figure grammar relies on, as the figure readers look them up. The words
 * themselves are data files of the language layer ({@code org/policygraph/lang/*.txt}): a new unit
 * word or stop word is a line there.
 */
final class Lexicon {

    private Lexicon() {
    }

    private static Set<String> words(String list) {
        return Set.copyOf(Gazetteer.of(list).entries());
    }

    /** The words of one unit in units.txt ("euro", "eur"). */
    private static Set<String> unitWords(FigureUnit unit) {
        return Gazetteer.of("units").rows().stream().filter(r -> r.get(0).equals(unit.name()))
                .flatMap(r -> r.subList(1, r.size()).stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** Words of the measures of time and length by unit; money and percent are not measures. */
    private static Map<String, FigureUnit> unitWords(boolean moneyAndPercent) {
        Map<String, FigureUnit> out = new HashMap<>();
        for (List<String> row : Gazetteer.of("units").rows()) {
            FigureUnit unit = FigureUnit.valueOf(row.get(0));
            if (moneyAndPercent || (unit != FigureUnit.EUR && unit != FigureUnit.PERCENT))
                for (String word : row.subList(1, row.size()))
                    out.put(word, unit);
        }
        return Map.copyOf(out);
    }

    /**
     * Nouns that number the thing after them: "actie 6", "vraag 1", "nr. 497", "artikel 11.04",
     * "project 3030". A number right after one is an identifier, never a figure.
     */
    static final Set<String> IDENTIFIER_NOUNS = words("identifier-nouns");

    /**
     * Words that cannot be the counted noun right after a number: articles, prepositions,
     * conjunctions, pronouns, auxiliaries and adverbs ("dertien aan actie 7", "2 kandidaten
     * afgehaakt" stops at "afgehaakt" only because a noun came first).
     */
    static final Set<String> NOT_NOUNS = words("stop-words");

    /** Adjectives that do not end in -e but stand before a counted noun: "5 extra leerkrachten". */
    static final Set<String> BARE_ADJECTIVES = words("bare-adjectives");

    /** Words that bound or approximate the number after them ("meer dan 14 miljoen"), longest first. */
    static final List<List<String>> QUALIFIERS = Gazetteer.of("qualifiers").entries().stream().map(q -> List.of(q.split(" "))).toList();

    /** Words for lengths of time and distance, by unit: "drie maanden", "twee dagen per week", "21,0 km". */
    static final Map<String, FigureUnit> MEASURE_UNITS = unitWords(false);

    /** Words before an hour that make it a clock time, not a duration: "om 9 uur", "tot 17 uur". */
    static final Set<String> CLOCK_WORDS = words("clock-words");

    /** Nouns of set phrases with "één" that count nothing: "in één oogopslag", "in één keer". */
    static final Set<String> ONE_IDIOMS = words("one-idioms");

    /** Words written for the euro after an amount: "14.700 euro". */
    static final Set<String> EURO_WORDS = unitWords(FigureUnit.EUR);

    /** Words for percent after a number: "12 procent". */
    static final Set<String> PERCENT_WORDS = unitWords(FigureUnit.PERCENT);

    /** Prepositions that tie a year to a time ("in 2022", "sinds 2014"): such a number is a year. */
    static final Set<String> YEAR_PREPOSITIONS = words("year-prepositions");

    /** Verbs of amounts whose subject is the thing measured: "Nu bedraagt de bonus 1000 euro". */
    static final Set<String> AMOUNT_VERBS = words("amount-verbs");

    /** Words that make "van 10 tot 20" a change rather than a range: "steeg van 10 tot 20". */
    static final Set<String> CHANGE_STEMS = words("change-words");

    /** Heads of a duration's measured thing: "de minimale duurtijd drie maanden". */
    static final List<String> DURATION_HEAD_ENDINGS = Gazetteer.of("duration-heads").entries();

    /** Words that carry money into a sentence that names no unit: "De begroting ... meer dan 14 miljoen". */
    static final Pattern MONEY_CONTEXT = Pattern.compile(
            "(?iu)\\b(?:begroting\\w{0,20}|budget\\w{0,20}|middelen|investe\\w{0,20}|subsidie\\w{0,20}|euro|financi\\w{0,20}"
                    + "|uitgetrokken|bedrag\\w{0,20}|uitgaven|kredieten|werkingsmiddelen)\\b");
}
