package org.policygraph.extract.responsiveness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policygraph.lang.ResponseCues;
import org.policygraph.lang.ResponseCues.Found;
import org.policygraph.lang.ResponseCues.QuestionKind;
import org.policygraph.lang.Sentences;
import org.policygraph.model.Span;
import org.policygraph.text.TokenStream;

/**
 * What the answer's sentences say, read once per document: each sub-question is judged on the
 * sentences of its own parts, or on all of a prose answer, so the same sentence is asked for its
 * cues, its evidence and its content words once per sub-question and kind asked, and the cue
 * patterns were most of the classifier's time. Every reading is a function of the sentence (or
 * region) alone, so remembering it changes no result. One per {@code classify} call; not
 * thread-safe.
 */
final class AnswerReadings {

    private record Evidence(QuestionKind kind, String sentence) {
    }

    private final TokenStream tokens;
    private final Map<Span, List<Span>> sentences = new HashMap<>();
    private final Map<String, Optional<Found>> cues = new HashMap<>();
    private final Map<Evidence, Boolean> evidence = new HashMap<>();
    private final Map<Span, Set<String>> words = new HashMap<>();

    /** The readings of the document whose tokens are {@code tokens}. */
    AnswerReadings(TokenStream tokens) {
        this.tokens = tokens;
    }

    String text() {
        return tokens.text();
    }

    /** The sentence spans of {@code region} of the text. */
    List<Span> sentences(Span region) {
        return sentences.computeIfAbsent(region, r -> Sentences.of(tokens.text(), r).spans());
    }

    /** {@link ResponseCues#cue} of the sentence. */
    Optional<Found> cue(String sentence) {
        return cues.computeIfAbsent(sentence, ResponseCues::cue);
    }

    /** {@link ResponseCues#evidences} of the sentence. */
    boolean evidences(QuestionKind kind, String sentence) {
        return evidence.computeIfAbsent(new Evidence(kind, sentence), e -> ResponseCues.evidences(kind, sentence));
    }

    /** {@link ContentWords#of} the stretch of text; not to be changed by the caller. */
    Set<String> contentWords(Span stretch) {
        return words.computeIfAbsent(stretch, s -> ContentWords.of(tokens.within(s)));
    }
}
