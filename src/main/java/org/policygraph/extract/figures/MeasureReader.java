package org.policygraph.extract.figures;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.DutchNumbers;
import org.policygraph.model.FigureUnit;

/**
 * Reads what a figure measures, as written: the counted noun after a number, the thing an amount
 * is paid as ("als subsidie") or named before it ("bedraagt de bonus", "een budget van"), the
 * whole a percentage is of ("van de leerlingen"), and the denominator of a rate ("per leerling").
 */
final class MeasureReader {

    /** How many tokens before a measured thing a word of change may stand ("stijgen bij ongewijzigd beleid de ontvangsten"). */
    private static final int MAX_CHANGE_DISTANCE = 12;
    /** A past participle: "gepast", "toegepast", "aangerekend". */
    private static final Pattern PARTICIPLE = Pattern.compile(
            "(?:toe|aan|af|in|op|uit|om|mee|voor|na|over|door|terug|bij|weg)?ge\\p{L}{2,30}[td]");
    /** Prepositions whose object is never the subject of the verb after it. */
    private static final Set<String> PREPOSITIONS = Set.of("van", "voor", "na", "met", "op", "in", "uit", "tot", "bij",
            "over", "onder", "tegen", "naar", "door", "aan", "zonder", "volgens", "tijdens", "vanaf", "sinds");

    private final String text;
    private final Tokens t;
    private final NounPhrases phrases;

    MeasureReader(String text, Tokens t, NounPhrases phrases) {
        this.text = text;
        this.t = t;
        this.phrases = phrases;
    }

    /** For a number with no unit: the counted noun after it makes it a count ("68 schoolstagiairs"); returns the next token. */
    int countedNoun(Reading r, int j) {
        Optional<NounPhrases.Phrase> np = phrases.after(j);
        if (np.isEmpty())
            return j;
        boolean one = r.upper == null && r.value.compareTo(BigDecimal.ONE) == 0;
        if (!one && !NounPhrases.looksPlural(t.get(np.get().head()).text()))
            return j;
        r.unit = FigureUnit.COUNT;
        r.measure = phraseText(np.get());
        return np.get().last() + 1;
    }

    /** For an amount, percentage, duration or length: the thing measured, after or before it; returns the next token. */
    int measureOfAmount(Reading r, int j) {
        if (r.unit == FigureUnit.EUR) {
            // "14.700 euro uitgekeerd als subsidie": at most one word between amount and "als"
            int k = j;
            if (phrases.isNoun(k) && !t.get(k).lower().equals("als"))
                k++;
            if (t.get(k).lower().equals("als")) {
                Optional<NounPhrases.Phrase> np = phrases.bareAfter(k + 1);
                if (np.isPresent()) {
                    r.measure = phraseText(np.get());
                    return np.get().last() + 1;
                }
            }
        }
        if (r.unit == FigureUnit.EUR && t.get(j).lower().equals("voor")) {
            // "€ 361 mln voor de renovatie van scholen"; not a time ("voor de periode 2025-2030")
            int k = phrases.isDeterminer(j + 1) ? j + 2 : j + 1;
            Optional<NounPhrases.Phrase> np = phrases.after(k);
            if (np.isPresent() && !namesTime(np.get()) && !namesWhoOrWhen(np.get().last() + 1)) {
                r.measure = phraseText(np.get());
                return j;
            }
        }
        if (r.unit == FigureUnit.KILOMETRE) {
            // "84,2 kilometer fietspad"
            Optional<NounPhrases.Phrase> np = phrases.bareAfter(j);
            if (np.isPresent()) {
                r.measure = phraseText(np.get());
                return np.get().last() + 1;
            }
        }
        if (r.unit == FigureUnit.PERCENT && t.get(j).lower().equals("van")) {
            // "27% van de leerlingen"
            int k = j + 1;
            if (phrases.isDeterminer(k) || t.get(k).lower().equals("alle"))
                k++;
            Optional<NounPhrases.Phrase> np = phrases.after(k);
            if (np.isPresent()) {
                r.measure = phraseText(np.get());
                return np.get().last() + 1;
            }
        }
        r.measure = measureBefore(r, j).orElse(null);
        return j;
    }

    /**
     * The thing measured, written before the amount: "bedraagt de bonus 1000 euro", "de bonus
     * bedraagt 1000 euro", "een subsidie van 14.700 euro", "financiële middelen (€29.873.345,30)",
     * "de minimale duurtijd drie maanden".
     */
    private Optional<String> measureBefore(Reading r, int after) {
        int s = r.start;
        Token before = t.get(s - 1);
        // an amount in brackets after what it amounts to; a percentage there is a share of what follows
        if (before.is("(") && t.get(after).is(")"))
            return r.unit == FigureUnit.EUR ? bracketedFor(s - 2) : Optional.empty();
        if (before.isWord() && Lexicon.AMOUNT_VERBS.contains(before.lower()))
            return subjectEndingAt(s - 2);
        if (before.lower().equals("van"))
            return phraseEndingAt(s - 2);
        if (before.lower().equals("met") && (r.unit == FigureUnit.EUR || r.unit == FigureUnit.PERCENT))
            return changedBy(s - 2);
        Optional<NounPhrases.Phrase> np = phrases.endingAt(s - 1);
        if (np.isEmpty() || !phrases.isDeterminer(np.get().first() - 1))
            return Optional.empty();
        String head = t.get(np.get().head()).lower();
        // "bedraagt de bonus 1000 euro"
        if (Lexicon.AMOUNT_VERBS.contains(t.get(np.get().first() - 2).lower()))
            return Optional.of(phraseText(np.get()));
        // "de minimale duurtijd drie maanden"
        if (r.unit.isDuration() && Lexicon.DURATION_HEAD_ENDINGS.stream().anyMatch(head::endsWith))
            return Optional.of(phraseText(np.get()));
        return Optional.empty();
    }

    /**
     * The thing an amount after "met" changes, when a word of change stands before it on its line:
     * "stijgen de ontvangsten met 532,5 miljoen euro en de uitgaven met 81,2 miljoen euro",
     * "een toename met 2%". Without such a word "met" says too little ("samen met de scholen met").
     */
    private Optional<String> changedBy(int head) {
        Optional<NounPhrases.Phrase> np = phrases.endingAt(head);
        if (np.isEmpty() || !phrases.isDeterminer(np.get().first() - 1))
            return Optional.empty();
        for (int k = np.get().head(); k >= 0 && k > head - MAX_CHANGE_DISTANCE && !t.get(k).isBreak(); k--)
            if (Lexicon.CHANGE_STEMS.contains(t.get(k).lower()))
                return Optional.of(phraseText(np.get()));
        return Optional.empty();
    }

    private boolean namesTime(NounPhrases.Phrase p) {
        String head = t.get(p.head()).lower();
        return head.endsWith("jaar") || Lexicon.DURATION_HEAD_ENDINGS.stream().anyMatch(head::endsWith);
    }

    /**
     * Whether the phrase after "voor" goes on with a year or a name, so that it says for whom or
     * when rather than what: "voor de begrotingsopmaak 2026", "voor de transitieregio Limburg",
     * "voor de rest van Vlaanderen".
     */
    private boolean namesWhoOrWhen(int after) {
        Token next = t.get(after);
        if (next.isNumber() || next.isCapitalisedWord())
            return true;
        return (next.lower().equals("van") || next.lower().equals("in")) && t.get(after + 1).isCapitalisedWord();
    }

    /**
     * The subject of "bedraagt" ending at {@code head}: "de werkingsmiddelen bedragen"; not the
     * object of a preposition standing there ("het saldo t.o.v. de begrotingsdoelstelling
     * bedraagt", "het saldo na aftoetsing van de doelstellingen bedraagt"), which is not what
     * the amount measures.
     */
    private Optional<String> subjectEndingAt(int head) {
        Optional<NounPhrases.Phrase> np = phrases.endingAt(head);
        if (np.isEmpty() || !phrases.isDeterminer(np.get().first() - 1))
            return Optional.empty();
        int before = np.get().first() - 2;
        if (t.get(before).lower().equals("van")) {
            // "het effect van de inflatie bedraagt": the whole phrase is the subject
            Optional<NounPhrases.Phrase> whole = phrases.endingAt(np.get().first() - 3);
            if (whole.isPresent() && phrases.isDeterminer(whole.get().first() - 1)
                    && !isPrepositionOrAbbreviation(whole.get().first() - 2))
                return Optional.of(text.substring(t.get(whole.get().first()).start(), t.get(np.get().last()).end()));
            return Optional.empty();
        }
        if (isPrepositionOrAbbreviation(before))
            return Optional.empty();
        return Optional.of(phraseText(np.get()));
    }

    /** A preposition, or the end of one abbreviated ("t.o.v."): a dot right after a single letter. */
    private boolean isPrepositionOrAbbreviation(int i) {
        Token tok = t.get(i);
        if (tok.is("."))
            return !tok.spaceBefore() && t.get(i - 1).isWord() && t.get(i - 1).text().length() == 1;
        return tok.isWord() && PREPOSITIONS.contains(tok.lower());
    }

    /**
     * What an amount in brackets amounts to: the noun phrase right before the bracket ("de
     * bijhorende financiële middelen (€ ...)", "een vast bedrag (€ 80)"); never a past participle
     * standing there ("correcties toegepast (-177,5 miljoen euro)").
     */
    private Optional<String> bracketedFor(int head) {
        Optional<NounPhrases.Phrase> np = phrases.endingAt(head);
        if (np.isEmpty() || looksLikeParticiple(t.get(np.get().head()).lower()))
            return Optional.empty();
        return Optional.of(phraseText(np.get()));
    }

    /** "toegepast", "gedaald", "aangepast": ge- (after a separable prefix) and -t or -d, but not "gezondheid", "gebied". */
    private static boolean looksLikeParticiple(String word) {
        return PARTICIPLE.matcher(WorkDeadline.watch(word)).matches() && !word.endsWith("heid") && !word.endsWith("ied");
    }

    private Optional<String> phraseEndingAt(int head) {
        Optional<NounPhrases.Phrase> np = phrases.endingAt(head);
        if (np.isEmpty() || !phrases.isDeterminer(np.get().first() - 1))
            return Optional.empty();
        return Optional.of(phraseText(np.get()));
    }

    /** "per leerling", "per week": the denominator of a rate; returns the next token. */
    int perUnit(Reading r, int j) {
        if (r.perUnit != null || !t.get(j).lower().equals("per"))
            return j;
        int k = phrases.isDeterminer(j + 1) ? j + 2 : j + 1;
        Token w = t.get(k);
        boolean timeUnit = Lexicon.MEASURE_UNITS.containsKey(w.lower()); // "per jaar", "per week"
        if (!w.isWord() || !timeUnit && Lexicon.NOT_NOUNS.contains(w.lower()) || DutchNumbers.parseWord(w.lower()).isPresent())
            return j;
        r.perUnit = w.text();
        return k + 1;
    }

    private String phraseText(NounPhrases.Phrase p) {
        return text.substring(t.get(p.first()).start(), t.get(p.last()).end());
    }
}
