package org.policygraph.model;

import java.util.List;
import java.util.Optional;

/**
 * How the answer responds to one sub-question, with the text that shows it.
 *
 * @param path            the sub-question's labels from the top ("3", "a" is sub-question 3a)
 * @param responsiveness  the class
 * @param evidence        the sentence or phrase that shows the class; empty for a sub-question not addressed
 */
public record SubQuestionResponse(List<String> path, Responsiveness responsiveness, Optional<Located> evidence) {

    public SubQuestionResponse {
        path = List.copyOf(path);
    }
}
