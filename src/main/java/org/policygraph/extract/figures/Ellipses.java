package org.policygraph.extract.figures;

import java.util.List;

import org.policygraph.lang.Sentences;
import org.policygraph.model.FigureUnit;
import org.policygraph.model.Span;

/** Completes figures whose noun or measured thing the text leaves out because a coordinated one names it. */
final class Ellipses {

    private final String text;
    private final Tokens t;
    private final Sentences sentences;

    Ellipses(String text, Tokens t, Sentences sentences) {
        this.text = text;
        this.t = t;
        this.sentences = sentences;
    }

    /**
     * A bare number coordinated with a counted one takes its noun: "slechts twee lokale besturen
     * deelnemen aan actie 6 en slechts dertien aan actie 7"; an amount with nothing measured takes
     * the thing of the amount it is coordinated with ("14.700 euro uitgekeerd als subsidie ... en
     * ... 559.000 euro uitgekeerd").
     */
    void resolve(List<Reading> readings) {
        for (int n = 1; n < readings.size(); n++) {
            Reading r = readings.get(n);
            Reading prev = readings.get(n - 1);
            if (r.rejected || prev.rejected || r.measure != null || prev.unit == null || prev.measure == null)
                continue;
            Span sentence = sentences.at(t.get(r.number).start());
            if (sentence.start() > t.get(prev.start).start())
                continue;
            String between = text.substring(t.get(prev.end - 1).end(), t.get(r.start).start());
            if (!between.contains(" en "))
                continue;
            if (r.unit == null && prev.unit == FigureUnit.COUNT && leavesOutItsNoun(r)) {
                r.unit = FigureUnit.COUNT;
                r.measure = prev.measure;
            } else if (r.unit == FigureUnit.EUR && prev.unit == FigureUnit.EUR && !r.unitInferred) {
                r.measure = prev.measure;
            }
        }
    }

    /**
     * Whether a bare number is followed by a function word or punctuation, where its noun would
     * stand ("dertien aan actie 7"); not by a word that may be its own noun ("twee Gemeenschappen")
     * nor by "van" ("één van hen" is part of a whole, not as many of the same).
     */
    private boolean leavesOutItsNoun(Reading r) {
        Token next = t.get(r.end);
        return !next.isWord() || Lexicon.NOT_NOUNS.contains(next.lower()) && !next.lower().equals("van");
    }
}
