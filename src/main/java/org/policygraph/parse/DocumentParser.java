package org.policygraph.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.DiagnosticListener;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.diagnostic.Severity;
import org.policygraph.layout.Layout;
import org.policygraph.layout.Layouts;
import org.policygraph.model.ParsedDocument;
import org.policygraph.model.SourceDocument;
import org.policygraph.parse.advice.AdviceReader;
import org.policygraph.parse.generic.GenericReader;
import org.policygraph.parse.question.WrittenQuestionReader;

/**
 * Entry point of the parse stage: scores a layout against every kind, reads it as the kind that
 * fits best (the generic kind when none reaches its threshold) and reports the choice with its
 * evidence. Thread-safe; readers keep no state between documents.
 * <pre>{@code
 * ParsedDocument parsed = new DocumentParser().parse(layout, diagnosticListener);
 * }</pre>
 */
public final class DocumentParser {

    /**
     * Version of what the parsers extract. Stored with every document; a store built by an older
     * version re-parses unchanged files. Raise it whenever parse output changes.
     */
    public static final String VERSION = "0.4.0";

    private final List<KindReader> kinds = List.of(new WrittenQuestionReader(), new AdviceReader());
    private final GenericReader generic = new GenericReader();

    /** The kind readers in the order their scores are listed. */
    public List<KindReader> kinds() {
        return kinds;
    }

    /**
     * Parses one laid-out document.
     *
     * @throws MalformedDocumentException when the text is marked as a kind but lacks what that kind
     *                                    needs (a written question without number or date)
     */
    public ParsedDocument parse(Layout layout, DiagnosticListener listener) {
        Diagnostics report = new Diagnostics(layout.text(), listener);
        return choose(layout, report).read(layout, report);
    }

    /** Parses a document from its normalised text alone (laid out again as plain text). */
    public ParsedDocument parse(SourceDocument source) {
        return parse(Layouts.ofText(source.text()), DiagnosticListener.NONE);
    }

    /** The scores of every kind for {@code layout}, best first. */
    public List<KindScore> scores(Layout layout) {
        List<KindScore> scores = new ArrayList<>();
        for (KindReader kind : kinds)
            scores.add(kind.score(layout));
        scores.sort(Comparator.comparingDouble(KindScore::score).reversed());
        return scores;
    }

    private KindReader choose(Layout layout, Diagnostics report) {
        KindReader best = generic;
        double bestScore = 0;
        List<KindScore> scores = new ArrayList<>();
        for (KindReader kind : kinds) {
            KindScore score = kind.score(layout);
            scores.add(score);
            if (score.score() >= kind.threshold() && score.score() > bestScore) {
                best = kind;
                bestScore = score.score();
            }
        }
        KindReader chosen = best;
        String others = scores.stream().filter(s -> s.kind() != chosen.kind())
                .map(s -> s.kind().label() + " " + s.score() + (s.evidence().isEmpty() ? "" : " " + s.evidence()))
                .collect(Collectors.joining("; "));
        String why = chosen == generic ? "no kind reached its threshold"
                : scores.stream().filter(s -> s.kind() == chosen.kind()).findFirst().orElseThrow().evidence().toString();
        report.document(Severity.INFO, DiagnosticCode.KIND_CHOSEN,
                chosen.kind().label() + (chosen == generic ? "" : " " + bestScore) + ": " + why
                        + (others.isEmpty() ? "" : "; others: " + others));
        return chosen;
    }
}
