package org.policygraph.parse.question;

import java.util.ArrayList;
import java.util.List;

import org.policygraph.model.Located;
import org.policygraph.model.Span;
import org.policygraph.model.SubQuestion;

/** The sub-question tree of a question's text. */
final class SubQuestions {

    private SubQuestions() {
    }

    /** The sub-questions in {@code body} of {@code text}. */
    static List<SubQuestion> of(String text, List<ItemTree.Node> nodes) {
        List<SubQuestion> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            ItemTree.Node n = nodes.get(i);
            out.add(new SubQuestion(n.label, i + 1, ownText(text, n), new Span(n.labelStart, n.end), of(text, n.children)));
        }
        return out;
    }

    /** A node's own text: after its label, before its first child. */
    static Located ownText(String text, ItemTree.Node n) {
        Span span = new Span(n.textStart, Math.max(n.textStart, n.textEnd));
        return new Located(span.of(text), span);
    }
}
