package org.policygraph.extract.counting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.lang.PlaceScope;
import org.policygraph.model.Figure;
import org.policygraph.model.FigurePlace;
import org.policygraph.model.Mention;
import org.policygraph.model.MentionKind;
import org.policygraph.model.Span;

/**
 * Which place a figure is about. A document that names Genk and Leuven does not make each of its
 * figures Genk's and Leuven's; a figure is about a place only when
 * <ul>
 * <li>it is a table cell whose row label names the place (the row "Limburg");</li>
 * <li>its own clause names that place and no other, and the sentence is not a list of places (every
 * clause of the sentence that names a place holds a figure, or at least a digit: "In Gent waren er 45,
 * in Antwerpen 30", but not "Genk, Leuven en 10 andere gemeenten");</li>
 * <li>or its sentence names one place only, before the figure, and the figure's clause does not widen
 * the scope ("In Gent waren er 45, een stijging met 3", but not "..., in heel Vlaanderen 500").</li>
 * </ul>
 * Otherwise none; a clause naming several places is reported, as the place cannot be told.
 */
final class FigurePlaces {

    /** The most words besides its places that a clause listing them has ("met name Genk", "Hasselt en Bree"). */
    private static final int MAX_LIST_WORDS = 2;

    /** The places of {@code figures}, each read from the mentions of places in {@code text}. */
    List<FigurePlace> read(String text, List<Figure> figures, List<Mention> mentions, Diagnostics report) {
        List<Mention> places = mentions.stream()
                .filter(m -> m.kind() == MentionKind.PROVINCE || m.kind() == MentionKind.MUNICIPALITY).toList();
        List<FigurePlace> out = new ArrayList<>();
        for (Figure f : figures) {
            Optional<FigurePlace> p = f.cell().isPresent()
                    ? rowPlace(f, places)
                    : prosePlace(text, f, figures, places, report);
            p.ifPresent(out::add);
        }
        return out;
    }

    /** The place a table cell's row label names, mentioned at exactly the label's span. */
    private static Optional<FigurePlace> rowPlace(Figure f, List<Mention> places) {
        Span row = f.cell().get().row().span();
        for (Mention m : places)
            if (m.quote().span().equals(row))
                return Optional.of(new FigurePlace(f.quote().span(), m, FigurePlace.Basis.TABLE_ROW));
        return Optional.empty();
    }

    private static Optional<FigurePlace> prosePlace(String text, Figure f, List<Figure> figures, List<Mention> places,
                                                    Diagnostics report) {
        Span sentence = f.sentence().span();
        List<Mention> inSentence = places.stream().filter(m -> within(m.quote().span(), sentence)).toList();
        if (inSentence.isEmpty())
            return Optional.empty();
        Clauses clauses = Clauses.of(text, sentence);
        int own = clauses.indexAt(f.quote().span().start());
        List<Mention> inClause = inClause(inSentence, clauses, own);
        Set<String> clausePlaces = distinct(inClause);
        if (clausePlaces.size() > 1) {
            report.info(DiagnosticCode.FIGURE_PLACE_UNCERTAIN, f.quote().span(),
                    "Figure '" + f.quote().text() + "' stands in a clause naming " + clausePlaces.size()
                            + " places; counted for none");
            return Optional.empty();
        }
        if (clausePlaces.size() == 1) {
            if (isListOfPlaces(text, inSentence, clauses, figures))
                return Optional.empty();
            return Optional.of(new FigurePlace(f.quote().span(), inClause.get(0), FigurePlace.Basis.CLAUSE));
        }
        // No place in the figure's own clause: the sentence's one place, when it comes first.
        if (distinct(inSentence).size() != 1)
            return Optional.empty();
        Mention only = inSentence.get(0);
        boolean before = inSentence.stream().allMatch(m -> m.quote().span().end() <= clauses.spans().get(own).start());
        if (!before || PlaceScope.widens(clauses.spans().get(own).of(text)))
            return Optional.empty();
        return Optional.of(new FigurePlace(f.quote().span(), only, FigurePlace.Basis.SENTENCE));
    }

    /**
     * A sentence listing places: some clause is an item of a list, naming a place with at most two
     * other words and no figure, nor a digit of a figure not read ("Genk, Leuven en 10 andere" has the
     * clause "Genk", "gemeenten, met name Genk, Hasselt en Bree" the clause "met name Genk"); "Vergeleken
     * met de stad Leuven, ..." is a clause of its own, not a list item.
     */
    private static boolean isListOfPlaces(String text, List<Mention> inSentence, Clauses clauses, List<Figure> figures) {
        if (distinct(inSentence).size() < 2)
            return false;
        for (int i = 0; i < clauses.spans().size(); i++) {
            Span clause = clauses.spans().get(i);
            if (inClause(inSentence, clauses, i).isEmpty())
                continue;
            boolean hasFigure = figures.stream().anyMatch(g -> within(g.quote().span(), clause))
                    || clause.of(text).chars().anyMatch(Character::isDigit);
            if (!hasFigure && otherWords(text, clause, inClause(inSentence, clauses, i)) <= MAX_LIST_WORDS)
                return true;
        }
        return false;
    }

    /** How many words a clause has besides the places it names. */
    private static int otherWords(String text, Span clause, List<Mention> places) {
        StringBuilder rest = new StringBuilder(clause.of(text));
        for (Mention m : places.reversed())
            rest.replace(m.quote().span().start() - clause.start(), m.quote().span().end() - clause.start(), " ");
        String stripped = rest.toString().strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static List<Mention> inClause(List<Mention> mentions, Clauses clauses, int index) {
        Span clause = clauses.spans().get(index);
        return mentions.stream().filter(m -> within(m.quote().span(), clause)).toList();
    }

    private static Set<String> distinct(List<Mention> mentions) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : mentions)
            out.add(m.kind() + " " + m.label());
        return out;
    }

    private static boolean within(Span inner, Span outer) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }
}
