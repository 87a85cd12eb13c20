package org.policygraph.extract.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.DutchNumbers;
import org.policygraph.lang.Sentences;
import org.policygraph.model.Figure;
import org.policygraph.model.FigureUnit;
import org.policygraph.model.Located;
import org.policygraph.model.Span;
import org.policygraph.text.TokenStream;

/**
 * Reads the figures in running text: a number (digits or a number word) with what scales, bounds
 * and qualifies it, its unit and what it measures. A number becomes a figure only when something
 * says what it is — a unit (euro, %, a length of time) or a counted noun — so that identifiers,
 * list numbers and stray digits stay out: precision comes before recall.
 */
final class ProseFigureReader {

    /** The smallest scale that, with no unit written, can be read as euro in a sentence about money. */
    private static final BigDecimal MONEY_SCALE = BigDecimal.valueOf(1_000_000L);
    /** What separates words when a sentence is looked at word by word: "steeg van 10 tot 20." */
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}]{1,50}");

    private final String text;
    private final Tokens t;
    private final Sentences sentences;
    private final NounPhrases phrases;
    private final NumberGuards guards;
    private final MeasureReader measures;
    private final ReferenceYears years;

    /** The reader of {@code region} (its text cut), whose tokens the document's stream gives as {@code tokens}. */
    ProseFigureReader(String text, Located region, TokenStream tokens, Sentences sentences, List<Span> excluded) {
        this.text = text;
        this.t = Tokens.of(tokens);
        this.sentences = sentences;
        this.phrases = new NounPhrases(t);
        List<NonFigureSpans.NonFigure> nonFigures = NonFigureSpans.find(region, tokens);
        List<Span> blocked = new ArrayList<>(excluded);
        nonFigures.forEach(n -> blocked.add(n.span()));
        this.guards = new NumberGuards(t, sentences, blocked);
        this.measures = new MeasureReader(text, t, phrases);
        this.years = new ReferenceYears(t, guards, nonFigures);
    }

    /** The figures of the region, in text order. */
    List<Figure> read() {
        List<Reading> readings = new ArrayList<>();
        int i = 0;
        int steps = 0;
        while (i < t.size()) {
            // every few tokens: a token is well under a microsecond of work, the deadline's look-up a share of that
            if ((steps++ & 31) == 0)
                WorkDeadline.check();
            Optional<Reading> r = readAt(i);
            if (r.isPresent()) {
                readings.add(r.get());
                i = Math.max(i + 1, r.get().end);
            } else {
                i++;
            }
        }
        new Ellipses(text, t, sentences).resolve(readings);
        List<Figure> out = new ArrayList<>();
        for (Reading r : readings)
            if (r.unit != null && !r.rejected)
                out.add(figure(r));
        return out;
    }

    private Optional<Reading> readAt(int i) {
        Token tok = t.get(i);
        Optional<BigDecimal> parsed = number(i);
        if (parsed.isEmpty() || guards.isBlocked(tok) || guards.isGlued(i) || guards.isNameOrIdiom(i)
                || isUnitCaption(i) || isYearColumnHeader(i))
            return Optional.empty();
        boolean negative = guards.isMinusSign(i - 1);
        int lead = guards.isSign(i - 1) ? i - 1 : i;
        boolean euroBefore = guards.isEuroSign(lead - 1);
        if (guards.isIdentifier(euroBefore ? lead - 1 : lead) && !(guards.isCapitalisedName(lead - 1) && guards.hasUnitAfter(i)))
            return Optional.empty();
        Reading r = new Reading(i);
        r.start = euroBefore ? lead - 1 : lead;
        r.value = negative ? parsed.get().negate() : parsed.get();
        int j = i + 1;
        Optional<BigDecimal> scale = guards.isKiloEuro(j) ? Optional.of(DutchNumbers.KILO) : DutchNumbers.scale(t.get(j).lower());
        if (scale.isPresent()) {
            r.value = DutchNumbers.scaled(r.value, scale.get());
            j++;
        }
        j = readRange(r, j, scale.isPresent());
        j = readUnit(r, j, euroBefore);
        if (r.rejected)
            return Optional.empty();
        if (r.upper == null && !t.get(r.start - 1).lower().equals("tussen")
                && (r.unit == null || euroBefore && scale.isEmpty()))
            shareWithCoordinated(r, j, scale.isPresent());
        boolean yearLike = tok.isNumber() && DutchNumbers.isYearLike(tok.text()) && scale.isEmpty() && r.upper == null;
        if (yearLike && (r.unit == null || r.unit.isDuration())
                && Lexicon.YEAR_PREPOSITIONS.contains(t.get(r.start - 1).lower()))
            return Optional.empty();
        // "2030 maanden" is a year run into a header's next line; no one counts 2030 months
        if (yearLike && (r.unit == FigureUnit.YEAR || r.unit == FigureUnit.MONTH || r.unit == FigureUnit.WEEK))
            return Optional.empty();
        readQualifier(r);
        if (r.unit == null) {
            int ratioEnd = ratioEnd(j);
            if (ratioEnd > 0) {
                // "1 op 5 leerlingen", "1 op de 5": a ratio; neither number is a figure on its own
                r.end = ratioEnd;
                r.rejected = true;
                return Optional.of(r);
            }
            j = measures.countedNoun(r, j);
            // "de begrotingsopmaak 2026 bedenkingen": a year naming what stands before it
            if (yearLike && r.unit == FigureUnit.COUNT && t.get(r.start - 1).isWord()
                    && !Lexicon.NOT_NOUNS.contains(t.get(r.start - 1).lower()))
                return Optional.empty();
            if (r.unit == null) {
                if (scale.isPresent() && scale.get().compareTo(MONEY_SCALE) >= 0 && isAboutMoney(r) && !namesSomething(j))
                    inferEuro(r);
                else if (yearLike || guards.isParenthesised(i, j))
                    return Optional.empty();
            }
        } else {
            j = measures.perUnit(r, j);
            j = measures.measureOfAmount(r, j);
        }
        j = measures.perUnit(r, j);
        r.end = j;
        if (negative && r.start == i - 1 && t.get(i - 2).isBreak() && t.get(i - 1).is("-") && continuesAsProse(j)) {
            // "-13% wordt ingezet ...": a list dash that lost its space, not a minus
            r.value = r.value.negate();
            r.start = i;
        }
        years.read(r);
        return Optional.of(r);
    }

    // ---- the number itself -------------------------------------------------------------------

    /** The value of token {@code i} when it is a number in digits or a number word. */
    private Optional<BigDecimal> number(int i) {
        Token tok = t.get(i);
        if (tok.isNumber())
            return DutchNumbers.parseDigits(tok.text());
        if (tok.isWord())
            return DutchNumbers.parseWord(tok.lower()).map(BigDecimal::valueOf);
        return Optional.empty();
    }

    /**
     * Whether the number at {@code i} states the unit of a table or chart rather than an amount:
     * "(in duizend euro)", "in miljoen euro", "(in 1.000 euro)".
     */
    private boolean isUnitCaption(int i) {
        if (!t.get(i - 1).lower().equals("in"))
            return false;
        int j = DutchNumbers.scale(t.get(i + 1).lower()).isPresent() ? i + 2 : i + 1;
        Token unit = t.get(j);
        if (!(unit.is("€") || unit.isWord() && Lexicon.EURO_WORDS.contains(unit.lower())))
            return false;
        if (t.get(i).isWord())
            return true; // "in duizend euro" is never an amount of a thousand
        return t.get(i - 2).is("(") || t.get(j + 1).is(")") || t.get(j + 1).isBreak();
    }

    /**
     * Whether the number at {@code i} is a year heading a column of amounts or percentages: "2026 €"
     * or "2025 %" ending its line. A year is a dimension of the cells below, never 2,026 euro.
     */
    private boolean isYearColumnHeader(int i) {
        Token tok = t.get(i);
        Token unit = t.get(i + 1);
        return tok.isNumber() && DutchNumbers.isYearLike(tok.text())
                && (unit.is("€") || unit.is("%") || unit.text().equals("EUR")) && t.get(i + 2).isBreak();
    }

    /** The token after "op 5" or "op de 5" at {@code j}, or -1 when no ratio follows. */
    private int ratioEnd(int j) {
        if (!t.get(j).lower().equals("op"))
            return -1;
        int k = t.get(j + 1).lower().equals("de") ? j + 2 : j + 1;
        return number(k).isPresent() ? k + 1 : -1;
    }

    // ---- range, unit, qualifier --------------------------------------------------------------

    /** Reads "tot 20", "à 20", "-20" or "en 20" after "tussen": sets the upper bound and returns the next token. */
    private int readRange(Reading r, int j, boolean lowerScaled) {
        Token sep = t.get(j);
        boolean between = t.get(r.start - 1).lower().equals("tussen");
        int k;
        if (sep.lower().equals("tot"))
            k = t.get(j + 1).lower().equals("en") && t.get(j + 2).lower().equals("met") ? j + 3 : j + 1;
        else if (sep.lower().equals("à") || (between && sep.lower().equals("en")))
            k = j + 1;
        else if ((sep.is("-") || sep.is("–")) && sep.spaceBefore() == t.get(j + 1).spaceBefore())
            k = j + 1;
        else
            return j;
        if (guards.isEuroSign(k))
            k++;
        Optional<BigDecimal> upper = number(k);
        // the upper bound of "10-20" is glued to the hyphen, which is what makes it a range
        boolean hyphen = sep.is("-") || sep.is("–");
        if (upper.isEmpty() || guards.isBlocked(t.get(k)) || (hyphen ? guards.gluedAfter(k) : guards.isGlued(k)))
            return j;
        if (DutchNumbers.isYearLike(t.get(r.number).text()) || DutchNumbers.isYearLike(t.get(k).text()))
            return j;
        // "steeg van 10 tot 20" tells a change, not a range
        if (t.get(r.start - 1).lower().equals("van") && mentionsChange(r))
            return j;
        int m = k + 1;
        BigDecimal upperValue = upper.get();
        Optional<BigDecimal> scale = DutchNumbers.scale(t.get(m).lower());
        BigDecimal lower = r.value;
        if (scale.isPresent()) {
            upperValue = DutchNumbers.scaled(upperValue, scale.get());
            if (!lowerScaled)
                lower = DutchNumbers.scaled(lower, scale.get()); // "10 tot 20 miljoen"
            m++;
        }
        if (upperValue.compareTo(lower) <= 0)
            return j;
        r.value = lower;
        r.upper = upperValue;
        if (between)
            r.start--;
        return m;
    }

    private boolean mentionsChange(Reading r) {
        String sentence = sentences.at(t.get(r.number).start()).of(text).toLowerCase(Locale.ROOT);
        for (String word : WORD_SEPARATORS.split(sentence))
            if (Lexicon.CHANGE_STEMS.contains(word))
                return true;
        return false;
    }

    /** Reads the unit after the number (or takes the euro sign before it); marks clock times rejected. */
    private int readUnit(Reading r, int j, boolean euroBefore) {
        Token u = t.get(j);
        String lower = u.lower();
        if ((u.isWord() && Lexicon.EURO_WORDS.contains(lower) || u.is("€")) && !guards.leadsNextNumber(j)) {
            r.unit = FigureUnit.EUR;
            return j + 1;
        }
        if (u.is("%") || u.isWord() && Lexicon.PERCENT_WORDS.contains(lower)) {
            r.unit = FigureUnit.PERCENT;
            return j + 1;
        }
        if (euroBefore) {
            r.unit = FigureUnit.EUR;
            return j;
        }
        FigureUnit time = u.isWord() ? Lexicon.MEASURE_UNITS.get(lower) : null;
        if (time == null)
            return j;
        if (time == FigureUnit.KILOMETRE && !u.spaceBefore())
            return j; // "5km" is glued: left to the glue rule
        // "om 9 uur", "tot 17 uur": a time of day; "twee jaar geleden": a point in time
        if (time == FigureUnit.HOUR && Lexicon.CLOCK_WORDS.contains(t.get(r.start - 1).lower())
                || t.get(j + 1).lower().equals("geleden"))
            r.rejected = true;
        r.unit = time;
        return j + 1;
    }

    /**
     * A number coordinated with an amount that names scale and unit once for both takes them:
     * "650,1 en 96,1 miljoen euro", "3 of 4 procent", "€ 3 en 5 miljoen". {@code j} is the token
     * after the number (and its scale, when {@code scaled}).
     */
    private void shareWithCoordinated(Reading r, int j, boolean scaled) {
        String conjunction = t.get(j).lower();
        if (!conjunction.equals("en") && !conjunction.equals("of") || DutchNumbers.isYearLike(t.get(r.number).text()))
            return;
        int k = guards.isSign(j + 1) ? j + 2 : j + 1;
        if (number(k).isEmpty() || guards.isBlocked(t.get(k)) || guards.isGlued(k) || guards.isNameOrIdiom(k))
            return;
        int m = k + 1;
        Optional<BigDecimal> scale = DutchNumbers.scale(t.get(m).lower());
        if (scale.isPresent())
            m++;
        Token u = t.get(m);
        FigureUnit unit = (u.is("€") || u.isWord() && Lexicon.EURO_WORDS.contains(u.lower())) && !guards.leadsNextNumber(m)
                ? FigureUnit.EUR
                : u.is("%") || u.isWord() && Lexicon.PERCENT_WORDS.contains(u.lower()) ? FigureUnit.PERCENT : null;
        if (r.unit != null && (scale.isEmpty() || unit != null && unit != r.unit))
            return; // "€ 3 en 5 miljoen" takes only the scale
        if (r.unit == null && unit == null)
            return;
        if (scale.isPresent() && !scaled)
            r.value = DutchNumbers.scaled(r.value, scale.get());
        if (r.unit == null)
            r.unit = unit;
    }

    /** Whether a lower-case word other than "van" or "per" follows at {@code j}: the line goes on as a sentence. */
    private boolean continuesAsProse(int j) {
        Token next = t.get(j);
        return next.isLowerWord() && !next.lower().equals("van") && !next.lower().equals("per");
    }

    /** Takes "meer dan", "ongeveer", "minstens" ... right before the number into the figure. */
    private void readQualifier(Reading r) {
        for (List<String> q : Lexicon.QUALIFIERS) {
            int first = r.start - q.size();
            boolean match = true;
            for (int k = 0; k < q.size() && match; k++)
                match = t.get(first + k).lower().equals(q.get(k));
            if (match) {
                r.qualifier = text.substring(t.get(first).start(), t.get(r.start - 1).end());
                r.start = first;
                return;
            }
        }
    }

    /** Whether token {@code j} may name what a number counts: "2 miljoen Vlamingen", "14 miljoen mensen". */
    private boolean namesSomething(int j) {
        Token w = t.get(j);
        return w.isCapitalisedWord() || phrases.isNoun(j) && NounPhrases.looksPlural(w.text());
    }

    private boolean isAboutMoney(Reading r) {
        int at = t.get(r.number).start();
        return Lexicon.MONEY_CONTEXT.matcher(WorkDeadline.watch(sentences.at(at).of(text))).find()
                || Lexicon.MONEY_CONTEXT.matcher(WorkDeadline.watch(sentences.before(at).of(text))).find();
    }

    private static void inferEuro(Reading r) {
        r.unit = FigureUnit.EUR;
        r.unitInferred = true;
    }

    // ---- output -------------------------------------------------------------------------------

    private Figure figure(Reading r) {
        int from = t.get(r.start).start();
        int to = t.get(r.end - 1).end();
        Located quote = new Located(text.substring(from, to), new Span(from, to));
        return new Figure(r.value, Optional.ofNullable(r.upper), r.unit, r.unitInferred, Optional.ofNullable(r.measure),
                Optional.ofNullable(r.qualifier), Optional.ofNullable(r.perUnit), Optional.ofNullable(r.year), quote,
                sentences.located(text, from), Optional.empty());
    }
}
