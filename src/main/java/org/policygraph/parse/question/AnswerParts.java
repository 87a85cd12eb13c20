package org.policygraph.parse.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policygraph.model.AnswerPart;
import org.policygraph.model.Located;
import org.policygraph.model.Span;
import org.policygraph.model.SubQuestion;

/**
 * The parts of an answer, each aligned to the sub-questions it answers: "3." answers 3; "a-d)"
 * inside 3 answers 3a to 3d; "b-c+f)" answers b, c and f. Only sub-questions that exist are
 * answered (ranges and unions expanded by {@link org.policygraph.lang.ItemLabels});
 * a label that names none gives a part without alignment rather than a guess.
 */
final class AnswerParts {

    private AnswerParts() {
    }

    /** The answer parts in the given nodes, aligned to {@code questions}. */
    static List<AnswerPart> of(String text, List<ItemTree.Node> nodes, List<SubQuestion> questions) {
        return parts(text, nodes, List.of(), questions);
    }

    private static List<AnswerPart> parts(String text, List<ItemTree.Node> nodes, List<String> parentPath,
                                          List<SubQuestion> questions) {
        List<AnswerPart> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            ItemTree.Node n = nodes.get(i);
            Located own = SubQuestions.ownText(text, n);
            List<List<String>> targets = new ArrayList<>();
            for (String label : n.itemLabel.members()) {
                List<String> path = new ArrayList<>(parentPath);
                path.add(label);
                if (find(questions, path).isPresent())
                    targets.add(path);
            }
            // Children are read under this part's own sub-question when it names exactly one.
            List<String> childPath = targets.size() == 1 ? targets.get(0) : pathOf(parentPath, n.label);
            out.add(new AnswerPart(n.label, i + 1, own, new Span(n.labelStart, n.end), targets,
                    Pointers.of(own), parts(text, n.children, childPath, questions)));
        }
        return out;
    }

    private static List<String> pathOf(List<String> parent, String label) {
        List<String> p = new ArrayList<>(parent);
        p.add(label);
        return p;
    }

    /** The sub-question at {@code path} ("3", "a"). */
    static Optional<SubQuestion> find(List<SubQuestion> questions, List<String> path) {
        List<SubQuestion> level = questions;
        SubQuestion found = null;
        for (String label : path) {
            found = level.stream().filter(q -> q.label().equals(label)).findFirst().orElse(null);
            if (found == null)
                return Optional.empty();
            level = found.children();
        }
        return Optional.ofNullable(found);
    }
}
