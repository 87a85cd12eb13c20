package org.policygraph.extract.responsiveness;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policygraph.lang.ResponseCues.Cue;
import org.policygraph.lang.ResponseCues.QuestionKind;
import org.policygraph.model.Figure;
import org.policygraph.model.Located;
import org.policygraph.model.Span;

/**
 * The sentences of a stretch of answer that bear on one sub-question, and what they show: the cues
 * by which they decline to answer, and the evidence of each kind of information asked.
 */
final class AnswerText {

    private final AnswerReadings readings;
    private final List<Located> sentences;
    private final List<Figure> figures;

    private AnswerText(AnswerReadings readings, List<Located> sentences, List<Figure> figures) {
        this.readings = readings;
        this.sentences = sentences;
        this.figures = figures;
    }

    /** The sentences of {@code region} outside {@code excluded}, and the figures that stand in them. */
    static AnswerText of(AnswerReadings readings, Span region, List<Span> excluded, List<Figure> allFigures) {
        String text = readings.text();
        List<Located> sentences = new ArrayList<>();
        if (region.length() > 0)
            for (Span s : readings.sentences(region))
                if (!inAny(s.start(), excluded) && !s.of(text).isBlank())
                    sentences.add(new Located(s.of(text), s));
        List<Figure> figures = new ArrayList<>();
        for (Figure f : allFigures) {
            Span q = f.quote().span();
            if (region.start() <= q.start() && q.end() <= region.end() && !inAny(q.start(), excluded))
                figures.add(f);
        }
        return new AnswerText(readings, sentences, figures);
    }

    /** The sentences and figures of several stretches, in their order. */
    static AnswerText join(AnswerReadings readings, List<AnswerText> parts) {
        if (parts.size() == 1)
            return parts.get(0);
        List<Located> sentences = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (AnswerText t : parts) {
            sentences.addAll(t.sentences);
            figures.addAll(t.figures);
        }
        return new AnswerText(readings, sentences, figures);
    }

    /** Only the sentences among these that share a content word with {@code words}, and their figures. */
    AnswerText about(Set<String> words) {
        List<Located> kept = sentences.stream().filter(s -> ContentWords.share(readings.contentWords(s.span()), words)).toList();
        List<Figure> inKept = figures.stream().filter(f -> kept.stream().anyMatch(s -> contains(s.span(), f.quote().span()))).toList();
        return new AnswerText(readings, kept, inKept);
    }

    boolean isEmpty() {
        return sentences.isEmpty();
    }

    List<Located> sentences() {
        return sentences;
    }

    /** The first sentence giving each cue, by cue. */
    Map<Cue, Located> cues() {
        Map<Cue, Located> found = new EnumMap<>(Cue.class);
        for (Located s : sentences)
            readings.cue(s.text()).ifPresent(c -> found.putIfAbsent(c.cue(), s));
        return found;
    }

    /**
     * The first sentence that gives information of {@code kind}. Where the text answers this
     * sub-question alone ({@code exclusive}), any figure, date, reason or list in it counts, and a
     * position or open answer must share a word with {@code words}; where it answers several
     * sub-questions at once (a part "a-c)", one prose answer), every evidence must share a word with
     * {@code words}, the words only this sub-question uses: "4 actieplannen" is no answer to "the
     * number of trajectories per action plan" because the question names action plans.
     */
    Optional<Located> evidence(QuestionKind kind, Set<String> words, boolean exclusive) {
        if (kind == QuestionKind.FIGURE) {
            // the figure whose sentence names most of what is asked: the first of equals
            Located best = null;
            int most = exclusive ? 0 : 1;
            for (Figure f : figures) {
                int shared = ContentWords.shared(readings.contentWords(f.sentence().span()), words);
                if (best == null && shared >= most || shared > most) {
                    best = f.sentence();
                    most = Math.max(most, shared);
                }
            }
            return Optional.ofNullable(best);
        }
        for (Located s : sentences) {
            if (readings.cue(s.text()).isPresent())
                continue;
            boolean onSubject = ContentWords.share(readings.contentWords(s.span()), words);
            boolean worded = kind != QuestionKind.OPEN && readings.evidences(kind, s.text());
            // a position or an open answer is told by its subject; a date, reason or list by its wording
            boolean positional = kind == QuestionKind.OPEN || kind == QuestionKind.YES_NO;
            if (worded && (exclusive || onSubject) || positional && onSubject)
                return Optional.of(s);
        }
        return Optional.empty();
    }

    private static boolean inAny(int offset, List<Span> spans) {
        for (Span s : spans)
            if (s.start() <= offset && offset < s.end())
                return true;
        return false;
    }

    private static boolean contains(Span outer, Span inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }
}
