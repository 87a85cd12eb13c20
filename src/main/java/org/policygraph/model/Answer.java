package org.policygraph.model;

import java.util.List;
import java.util.Optional;

/**
 * The minister's answer to a written question.
 *
 * @param answeredBy     the minister who signs the answer, when the document names one
 * @param answererTitle  the post as written above the answer, when given
 * @param body           the answer text
 * @param context        text before the first labelled part
 * @param parts          the labelled parts, aligned to the sub-questions they answer
 */
public record Answer(Optional<Person> answeredBy, Optional<Located> answererTitle, Located body,
                     Optional<Located> context, List<AnswerPart> parts) {

    public Answer {
        parts = List.copyOf(parts);
    }
}
