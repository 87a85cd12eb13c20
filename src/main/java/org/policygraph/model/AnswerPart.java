package org.policygraph.model;

import java.util.List;
import java.util.Optional;

/**
 * A labelled part of an answer ("3.", "a-d)", "b-c+f)"), aligned to the sub-questions it answers.
 *
 * @param label       the label as written without punctuation: "3", "a-d", "b-c+f"
 * @param position    1-based position among its siblings
 * @param text        the part's own text, without its label and without its children
 * @param span        the whole part, from its label to the end of its last child
 * @param respondsTo  paths of the sub-questions it answers ("3", "a" is sub-question 3a); only
 *                    sub-questions that exist in the question
 * @param pointer     where the part points instead of answering ("Zie vraag 1"), when that is all it does
 * @param children    nested parts
 */
public record AnswerPart(String label, int position, Located text, Span span, List<List<String>> respondsTo,
                         Optional<Pointer> pointer, List<AnswerPart> children) {

    public AnswerPart {
        respondsTo = respondsTo.stream().map(List::copyOf).toList();
        children = List.copyOf(children);
    }
}
