package org.policygraph.rdf;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.policygraph.model.MeasureKey;
import org.policygraph.model.Person;
import org.policygraph.model.QuestionReference;
import org.policygraph.model.SeriesFacts;
import org.policygraph.model.SeriesTitle;

/**
 * Maps what a document contributes to series of questions. The series resource is minted from every
 * member alike ({@link Iris#series}: the addressee and the key of the title's core), so that
 * questions mapped one at a time into graphs of their own meet in it in the store; a question's own
 * references to earlier questions are {@code pg:follows}; each figure with a measure gets its
 * {@code pg:measureKey}, on the figure's own resource.
 */
final class SeriesMapping {

    private final Triples t;
    private final Spans spans;
    private final String key;

    SeriesMapping(Triples t, Spans spans, String key) {
        this.t = t;
        this.spans = spans;
        this.key = key;
    }

    /**
     * Maps {@code facts} of the question {@code question}.
     *
     * @param asker     the member who asks, for follow-ups of "mijn vraag"
     * @param minister  the minister addressed (or else the one who answers): with the title, what identifies the series
     */
    void map(SeriesFacts facts, Node question, Optional<Person> asker, Optional<Person> minister) {
        facts.title().ifPresent(title -> minister.ifPresent(m -> series(title, question, m)));
        ReferenceMapping references = new ReferenceMapping(t, spans);
        for (QuestionReference r : facts.follows())
            t.add(question, SeriesVocab.follows, references.earlierQuestion(r, asker, minister));
        measureKeys(facts);
    }

    /** Maps the measure keys of a document that is no question. */
    void measureKeys(SeriesFacts facts) {
        for (MeasureKey k : facts.measureKeys())
            t.string(Iris.figure(key, k.figure()), SeriesVocab.measureKey, k.key());
    }

    private void series(SeriesTitle title, Node question, Person minister) {
        Node series = Iris.series(minister, title.key());
        t.type(series, SeriesVocab.QuestionSeries)
                .firstString(series, Vocab.RDFS_LABEL, title.core().text())
                .string(series, SeriesVocab.seriesKey, title.key())
                .add(series, SeriesVocab.seriesAddressee, ReferenceMapping.person(t, minister))
                .add(question, SeriesVocab.inSeries, series);
        Node core = spans.of(title.core().span());
        t.add(core, Nif.taIdentRef, series).add(core, PG.occursIn, question);
        title.ordinal().ifPresent(n -> t.integer(question, SeriesVocab.seriesOrdinal, n));
        title.ordinalQuote().ifPresent(o -> t.add(question, SeriesVocab.ordinalSpan, spans.of(o.span())));
    }
}
