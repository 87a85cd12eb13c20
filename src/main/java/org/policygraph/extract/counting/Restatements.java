package org.policygraph.extract.counting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.lang.RestatementCues;
import org.policygraph.model.Figure;
import org.policygraph.model.FigurePlace;
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
            for (int i = 0; i < side.size(); i++) {
                Figure later = side.get(i);
                if (!distinctive(later))
                    continue;
                for (int j = 0; j < i; j++) {
                    Figure first = side.get(j);
                    if (first.sentence().span().equals(later.sentence().span())
                            || !sameQuantity(first, later)
                            || !Objects.equals(placeOf.get(first.quote().span()), placeOf.get(later.quote().span()))
                            || differentYears(first, later))
                        continue;
                    Optional<String> m1 = measure(first);
                    Optional<String> m2 = measure(later);
                    if (m1.isPresent() && m1.equals(m2) || sameSentence(first, later) || saysSo(text, later) && !differ(m1, m2)) {
                        out.add(new Restatement(later.quote().span(), first.quote().span()));
                        break;
                    }
                    if (m1.isEmpty() || m2.isEmpty())
                        report.info(DiagnosticCode.RESTATEMENT_UNCERTAIN, later.quote().span(), "Figure '" + later.quote().text()
                                + "' has the value of '" + first.quote().text() + "' but not both name what they measure; counted twice");
                }
            }
        }
        return out;
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

    /** The same sentence said twice, but for how its lines were broken. */
    private static boolean sameSentence(Figure a, Figure b) {
        return fold(a.sentence().text()).equals(fold(b.sentence().text()));
    }

    private static boolean distinctive(Figure f) {
        BigDecimal v = f.value().stripTrailingZeros();
        return v.scale() > 0 || v.compareTo(SMALL) >= 0;
    }

    private static boolean sameQuantity(Figure a, Figure b) {
        return a.value().compareTo(b.value()) == 0
                && a.unit() == b.unit()
                && a.upperValue().map(BigDecimal::stripTrailingZeros).equals(b.upperValue().map(BigDecimal::stripTrailingZeros))
                && a.perUnit().map(Restatements::fold).equals(b.perUnit().map(Restatements::fold));
    }

    private static boolean differentYears(Figure a, Figure b) {
        return a.referenceYear().isPresent() && b.referenceYear().isPresent() && !a.referenceYear().equals(b.referenceYear());
    }

    private static Optional<String> measure(Figure f) {
        return f.measure().map(Restatements::fold).filter(m -> !m.isEmpty());
    }

    private static String fold(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean within(Span inner, Span outer) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }
}
