package org.policygraph.extract.series;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.lang.MeasureKeys;
import org.policygraph.lang.SeriesTitles;
import org.policygraph.model.Answer;
import org.policygraph.model.Figure;
import org.policygraph.model.FigureUnit;
import org.policygraph.model.Located;
import org.policygraph.model.MeasureKey;
import org.policygraph.model.ParsedDocument;
import org.policygraph.model.QuestionReference;
import org.policygraph.model.SeriesFacts;
import org.policygraph.model.SeriesTitle;
import org.policygraph.model.Span;
import org.policygraph.model.WrittenQuestion;

/**
 * Reads what one document contributes to series of questions: the title's core and ordinal, the
 * earlier questions the question's own text follows up, and a key for every figure's measure.
 * <p>
 * A series is identified by the title's core and the minister it is addressed to: the Parliament
 * numbers a repeated title per addressee, and two ministers asked the same thing are two lines of
 * answers. A title too generic to tell a subject, or a question without a known addressee, gives no
 * series; when such a title carries an ordinal, that is reported rather than guessed at.
 */
public final class SeriesReader {

    /** The series facts of {@code parsed}, whose normalised text is {@code text}. */
    public SeriesFacts read(String text, ParsedDocument parsed, List<QuestionReference> references,
                            List<Figure> figures, Diagnostics report) {
        List<MeasureKey> keys = new ArrayList<>();
        for (Figure f : figures)
            if (countsNoPlural(f))
                report.warning(DiagnosticCode.MEASURE_NOT_KEYED, f.quote().span(), "a count above one of \""
                        + f.measure().orElseThrow() + "\", which names no plural: no measure key");
            else
                f.measure().flatMap(MeasureKeys::of).ifPresent(k -> keys.add(new MeasureKey(f.quote().span(), k)));
        if (!(parsed instanceof WrittenQuestion q))
            return new SeriesFacts(Optional.empty(), List.of(), keys);
        return new SeriesFacts(q.title().flatMap(t -> title(text, t, q, report)), follows(q, references), keys);
    }

    /**
     * A count above one in running text whose measure names no plural ("1.260 open"): the measure is
     * not what it counts. Table cells are left alone: a column header need not be a plural.
     */
    private static boolean countsNoPlural(Figure f) {
        return f.measure().isPresent() && f.cell().isEmpty() && f.unit() == FigureUnit.COUNT && !f.isRange()
                && f.value().compareTo(BigDecimal.ONE) > 0 && !MeasureKeys.namesPlural(f.measure().get());
    }

    private static Optional<SeriesTitle> title(String text, Located title, WrittenQuestion q, Diagnostics report) {
        // offsets come from the text as it stands; the title's own text has its line breaks joined
        String raw = title.span().of(text);
        Optional<SeriesTitles.Ordinal> ordinal = SeriesTitles.ordinal(raw);
        int coreEnd = SeriesTitles.coreEnd(raw);
        String core = raw.substring(0, coreEnd).replace('\n', ' ');
        String key = SeriesTitles.key(core);
        Optional<String> refusal = key.isEmpty() || SeriesTitles.generic(core) ? Optional.of("the title is too generic to tell its subject")
                : addressee(q) ? Optional.empty() : Optional.of("the minister it is addressed to is not known");
        if (refusal.isPresent()) {
            ordinal.ifPresent(o -> report.warning(DiagnosticCode.SERIES_NOT_IDENTIFIED,
                    new Span(title.span().start() + o.start(), title.span().start() + o.end()),
                    "the title carries ordinal (" + o.value() + ") but names no series: " + refusal.get()));
            return Optional.empty();
        }
        int start = title.span().start();
        Located coreQuote = new Located(core, new Span(start, start + coreEnd));
        return Optional.of(new SeriesTitle(coreQuote, key, ordinal.map(SeriesTitles.Ordinal::value),
                ordinal.map(o -> new Located(raw.substring(o.start(), o.end()), new Span(start + o.start(), start + o.end())))));
    }

    private static boolean addressee(WrittenQuestion q) {
        return q.addressedTo().isPresent() || q.answer().flatMap(Answer::answeredBy).isPresent();
    }

    /** References in the title or the question's text (not the answer's) to another question than this one. */
    private static List<QuestionReference> follows(WrittenQuestion q, List<QuestionReference> references) {
        List<Span> own = new ArrayList<>();
        q.title().ifPresent(t -> own.add(t.span()));
        q.body().ifPresent(b -> own.add(b.span()));
        List<QuestionReference> out = new ArrayList<>();
        for (QuestionReference r : references) {
            Span s = r.quote().span();
            boolean inOwnText = own.stream().anyMatch(o -> o.start() <= s.start() && s.end() <= o.end());
            boolean itself = r.number().equals(q.number().text()) && r.date().filter(q.date()::equals).isPresent();
            if (inOwnText && !itself)
                out.add(r);
        }
        return out;
    }
}
