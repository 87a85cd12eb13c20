package org.policygraph.parse.question;

import java.util.List;
import java.util.stream.Collectors;

import org.policygraph.model.AnswerPart;
import org.policygraph.model.Pointer;
import org.policygraph.model.SubQuestion;

/**
 * Compact renderings of item trees for assertions: "1 2 3(a b) 4" for sub-questions;
 * "3>3(a-d>3a,3b!1 e>3e)" for answer parts (what each answers, "!1" = points to sub-question 1,
 * "!q58" = points to earlier question 58).
 */
final class Trees {

    private Trees() {
    }

    static String questions(List<SubQuestion> items) {
        return items.stream()
                .map(q -> q.label() + (q.children().isEmpty() ? "" : "(" + questions(q.children()) + ")"))
                .collect(Collectors.joining(" "));
    }

    static String answers(List<AnswerPart> parts) {
        return parts.stream().map(p -> p.label() + ">" + p.respondsTo().stream().map(path -> String.join("", path))
                        .collect(Collectors.joining(",")) + pointer(p)
                        + (p.children().isEmpty() ? "" : "(" + answers(p.children()) + ")"))
                .collect(Collectors.joining(" "));
    }

    private static String pointer(AnswerPart p) {
        return p.pointer().map(x -> x instanceof Pointer.ToSubQuestion s ? "!" + String.join("", s.path())
                : "!q" + ((Pointer.ToQuestion) x).question().number()).orElse("");
    }
}
