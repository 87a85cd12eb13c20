package org.policygraph.extract.counting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.deadline.PatternSpace;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.lang.RestatementCues;
import org.policygraph.model.Figure;
import org.policygraph.model.FigurePlace;
import org.policygraph.model.FigureUnit;
import org.policygraph.model.Region;
import org.policygraph.model.Restatement;
import org.policygraph.model.Span;

/**
 * Figures stated again on the same side of a document: an answer that says "meer dan 14 miljoen"
 * in two of its parts gives one amount, not two. A figure restates the first figure before it in the
 * same region (the question, the answer, an advice's text) with
 * <ul>
 * <li>the same value (and upper value), unit and rate;</li>
 * <li>the same measure, named in both (two bare "45"s may count anything), or no other measure and a
 * clause that says so ("zoals gezegd": {@link RestatementCues}), or the same sentence word
 * for word (an answer that repeats a passage: "In het eerste projectjaar maakten we meer dan 14 miljoen
 * vrij");</li>
 * <li>the same place, or none for both, and no two different reference years;</li>
 * <li>neither a table cell: two provinces with 45 each are two figures;</li>
 * <li>in another sentence: "45 jongens en 45 meisjes", "300 in Gent en ook 300 in Antwerpen" are two;</li>
 * <li>a value that is not a small count (below 10): "2 scholen" twice is as likely two pairs.</li>
 * </ul>
 * The same value and unit where not both name their measure (and the sentences differ) is reported,
 * not counted once.
 */
final class Restatements {

    /** A run of white space, made one space: compiled once, not per call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The smallest whole number that two mentions of are taken as one figure. */
    private static final BigDecimal SMALL = BigDecimal.TEN;

    /** The restatements among {@code figures}, whose places are {@code places}. */
    List<Restatement> read(String text, List<Region> regions, List<Figure> figures, List<FigurePlace> places, Diagnostics report) {
        Map<Span, String> placeOf = new HashMap<>();
        for (FigurePlace p : places)
            placeOf.put(p.figure(), p.place().kind() + " " + p.place().label());
        List<Restatement> out = new ArrayList<>();
        for (Region region : regions) {
            List<Figure> side = figures.stream().filter(f -> f.cell().isEmpty() && within(f.quote().span(), region.span()))
                    .sorted((a, b) -> Integer.compare(a.quote().span().start(), b.quote().span().start())).toList();
            // only figures of the same quantity can restate one another: each looks at those alone,
            // so that a long answer repeating one amount in every paragraph is not compared pair by pair
            Map<Quantity, List<Statement>> before = new HashMap<>();
            for (Figure f : side) {
                Statement later = new Statement(text, f);
                List<Statement> same = before.computeIfAbsent(Quantity.of(f), q -> new ArrayList<>());
                if (distinctive(f))
                    restated(later, same, placeOf, report).ifPresent(out::add);
                same.add(later);
            }
        }
        return out;
    }

    /**
     * The restatement {@code later} makes of the first of {@code same} (figures of its quantity
     * before it) it restates. Where none, and one of them has its value but not both name what they
     * measure, that is reported once for the figure, against the first such: not once per pair, which
     * for an amount repeated in every paragraph of a long answer grew with the square of its length.
     */
    private static Optional<Restatement> restated(Statement later, List<Statement> same, Map<Span, String> placeOf, Diagnostics report) {
        Statement uncertain = null;
        for (Statement first : same) {
            Figure a = first.figure;
            Figure b = later.figure;
            if (a.sentence().span().equals(b.sentence().span())
                    || !Objects.equals(placeOf.get(a.quote().span()), placeOf.get(b.quote().span()))
                    || differentYears(a, b))
                continue;
            if (first.measure.isPresent() && first.measure.equals(later.measure) || first.folded().equals(later.folded())
                    || later.saysSo() && !differ(first.measure, later.measure))
                return Optional.of(new Restatement(b.quote().span(), a.quote().span()));
            if (uncertain == null && (first.measure.isEmpty() || later.measure.isEmpty()))
                uncertain = first;
        }
        if (uncertain != null)
            report.info(DiagnosticCode.RESTATEMENT_UNCERTAIN, later.figure.quote().span(), "Figure '" + later.figure.quote().text()
                    + "' has the value of '" + uncertain.figure.quote().text() + "' but not both name what they measure; counted twice");
        return Optional.empty();
    }

    /**
     * A figure as the comparison reads it, each reading made once: its measure, and on demand its
     * sentence folded and whether its clause says it was given before.
     */
    private static final class Statement {
        private final String text;
        private final Figure figure;
        private final Optional<String> measure;
        private String folded;
        private Boolean saysSo;

        Statement(String text, Figure figure) {
            this.text = text;
            this.figure = figure;
            this.measure = measure(figure);
        }

        /** The same sentence said twice reads the same, but for how its lines were broken. */
        String folded() {
            if (folded == null)
                folded = fold(figure.sentence().text());
            return folded;
        }

        boolean saysSo() {
            if (saysSo == null)
                saysSo = Restatements.saysSo(text, figure);
            return saysSo;
        }
    }

    /** What two figures must share to be one: value and upper value (by value, not scale), unit and rate. */
    private record Quantity(BigDecimal value, FigureUnit unit, Optional<BigDecimal> upper, Optional<String> per) {
        static Quantity of(Figure f) {
            return new Quantity(f.value().stripTrailingZeros(), f.unit(), f.upperValue().map(BigDecimal::stripTrailingZeros),
                    f.perUnit().map(Restatements::fold));
        }
    }

    /** The figure's clause says it was given before ("zoals gezegd"). */
    private static boolean saysSo(String text, Figure f) {
        Clauses clauses = Clauses.of(text, f.sentence().span());
        int own = clauses.indexAt(f.quote().span().start());
        // The cue often stands in a clause of its own just before the figure: ", zoals gezegd, 2,5 miljoen".
        int from = clauses.spans().get(Math.max(0, own - 1)).start();
        return RestatementCues.restates(text.substring(from, clauses.spans().get(own).end()));
    }

    private static boolean differ(Optional<String> a, Optional<String> b) {
        return a.isPresent() && b.isPresent() && !a.equals(b);
    }

    private static boolean distinctive(Figure f) {
        BigDecimal v = f.value().stripTrailingZeros();
        return v.scale() > 0 || v.compareTo(SMALL) >= 0;
    }

    private static boolean differentYears(Figure a, Figure b) {
        return a.referenceYear().isPresent() && b.referenceYear().isPresent() && !a.referenceYear().equals(b.referenceYear());
    }

    private static Optional<String> measure(Figure f) {
        return f.measure().map(Restatements::fold).filter(m -> !m.isEmpty());
    }

    private static String fold(String s) {
        String t = s.strip();
        // most sentences have single spaces alone, which the pattern would copy one by one
        boolean single = true;
        for (int i = 0; i < t.length() && single; i++) {
            char c = t.charAt(i);
            single = c == ' ' ? i == 0 || t.charAt(i - 1) != ' ' : !PatternSpace.is(c);
        }
        return (single ? t : WHITESPACE.matcher(t).replaceAll(" ")).toLowerCase(Locale.ROOT);
    }

    private static boolean within(Span inner, Span outer) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }
}
