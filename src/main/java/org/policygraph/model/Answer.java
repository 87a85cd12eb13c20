package org.policygraph.model;

import java.util.Optional;

/**
 * The minister's answer to a written question.
 *
 * @param answeredBy     the minister who signs the answer, when the document names one
 * @param answererTitle  the post as written above the answer, when given
 * @param body           the answer text
 */
public record Answer(Optional<Person> answeredBy, Optional<Located> answererTitle, Located body) {
}
