package org.policygraph.extract.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.lang.DutchNumbers;

/**
 * Ties a year to a figure when the text does: "in 2022 11 inschrijvingen", "Op 27 juni 2018
 * hadden 13772 stagiairs", "11 inschrijvingen in 2022". Only the adjacent figure takes the year.
 */
final class ReferenceYears {

    private static final int MAX_WORDS_AFTER_YEAR = 2;

    private final Tokens t;
    private final NumberGuards guards;
    /** Dates that name a year, by the offset where they end. */
    private final Map<Integer, NonFigureSpans.NonFigure> datesByEnd = new HashMap<>();

    ReferenceYears(Tokens t, NumberGuards guards, List<NonFigureSpans.NonFigure> nonFigures) {
        this.t = t;
        this.guards = guards;
        for (NonFigureSpans.NonFigure n : nonFigures)
            if (n.kind() == NonFigureSpans.Kind.DATE && n.year().isPresent())
                datesByEnd.put(n.span().end(), n);
    }

    /** "in 2022 11 inschrijvingen", "Op 27 juni 2018 hadden 13772 stagiairs", "11 inschrijvingen in 2022". */
    void read(Reading r) {
        int k = r.start - 1;
        for (int words = 0; words < MAX_WORDS_AFTER_YEAR && t.get(k).isLowerWord()
                && !Lexicon.YEAR_PREPOSITIONS.contains(t.get(k).lower()); words++)
            k--;
        Token y = t.get(k);
        if (isStandaloneYear(k) && t.get(k - 1).lower().equals("in")) {
            r.year = Integer.parseInt(y.text());
            return;
        }
        NonFigureSpans.NonFigure date = y.isNumber() ? datesByEnd.get(y.end()) : null;
        if (date != null) {
            if (t.get(t.indexAt(date.span().start()) - 1).lower().equals("op"))
                r.year = date.year().get();
            return;
        }
        if (t.get(r.end).lower().equals("in") && isStandaloneYear(r.end + 1))
            r.year = Integer.parseInt(t.get(r.end + 1).text());
    }

    /** A four-digit year that is no part of a date or period ("in 2022", not "2020-2021"). */
    private boolean isStandaloneYear(int k) {
        Token y = t.get(k);
        return y.isNumber() && DutchNumbers.isYearLike(y.text()) && !guards.isBlocked(y) && !guards.isGlued(k)
                && !(t.gluedAfter(k) && (t.get(k + 1).is("-") || t.get(k + 1).is("–")));
    }
}
