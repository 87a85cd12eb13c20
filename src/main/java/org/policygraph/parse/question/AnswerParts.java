package org.policygraph.parse.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.Diagnostics;
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

    /** The answer parts in the given nodes, aligned to {@code questions}; labels that fit nowhere are reported. */
    static List<AnswerPart> of(String text, List<ItemTree.Node> nodes, List<SubQuestion> questions, Diagnostics report) {
        return parts(text, nodes, null, List.of(), questions, report);
    }

    private static List<AnswerPart> parts(String text, List<ItemTree.Node> nodes, ItemTree.Node parent, List<String> parentPath,
                                          List<SubQuestion> questions, Diagnostics report) {
        List<AnswerPart> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            ItemTree.Node n = nodes.get(i);
            Located own = SubQuestions.ownText(text, n);
            List<List<String>> targets = targets(parentPath, n.itemLabel.members(), questions);
            if (targets.size() < n.itemLabel.members().size() && !questions.isEmpty())
                targets = realign(n, trailing(text, parent, n), parentPath, targets, questions, report);
            // Children are read under this part's own sub-question when it names exactly one.
            List<String> childPath = targets.size() == 1 ? targets.get(0) : pathOf(parentPath, n.label);
            out.add(new AnswerPart(n.label, i + 1, own, new Span(n.labelStart, n.end), targets,
                    Pointers.of(own), parts(text, n.children, n, childPath, questions, report)));
        }
        return out;
    }

    /**
     * True when a nested label stands on a line of its own below its item's text, where the author may
     * have left out the number it belongs to; "2. a-c)" on one line names its number itself.
     */
    private static boolean trailing(String text, ItemTree.Node parent, ItemTree.Node n) {
        return parent != null && text.substring(parent.labelStart, n.labelStart).indexOf('\n') >= 0;
    }

    /** The sub-questions under {@code parentPath} that the members name, those that exist. */
    private static List<List<String>> targets(List<String> parentPath, List<String> members, List<SubQuestion> questions) {
        List<List<String>> targets = new ArrayList<>();
        for (String label : members) {
            List<String> path = new ArrayList<>(parentPath);
            path.add(label);
            if (find(questions, path).isPresent())
                targets.add(path);
        }
        return targets;
    }

    /**
     * A nested label that names sub-questions its item does not have ("a-c)" under 2, which has no
     * 2c) is aligned to the one other question that has them all; where none or several do, it keeps
     * what exists and the rest is reported, never guessed.
     */
    private static List<List<String>> realign(ItemTree.Node n, boolean trailing, List<String> parentPath, List<List<String>> found,
                                              List<SubQuestion> questions, Diagnostics report) {
        Span where = new Span(n.labelStart, Math.max(n.labelStart, n.textStart));
        if (trailing && parentPath.size() == 1 && !n.itemLabel.members().isEmpty()) {
            List<List<String>> fits = new ArrayList<>();
            for (SubQuestion q : questions) {
                if (q.label().equals(parentPath.get(0)))
                    continue;
                List<List<String>> there = targets(List.of(q.label()), n.itemLabel.members(), questions);
                if (there.size() == n.itemLabel.members().size())
                    fits.add(List.of(q.label()));
            }
            if (fits.size() == 1) {
                report.warning(DiagnosticCode.LABEL_REALIGNED, where, "'" + n.itemLabel.written() + "' under " + parentPath.get(0)
                        + " names sub-questions " + parentPath.get(0) + " does not have; aligned to question " + fits.get(0).get(0)
                        + ", the only one that has them all");
                return targets(fits.get(0), n.itemLabel.members(), questions);
            }
        }
        List<String> missing = new ArrayList<>(n.itemLabel.members());
        found.forEach(path -> missing.remove(path.get(path.size() - 1)));
        report.warning(DiagnosticCode.LABEL_NAMES_NO_SUB_QUESTION, where, "'" + n.itemLabel.written() + "'"
                + (parentPath.isEmpty() ? "" : " under " + String.join("", parentPath)) + " names no sub-question "
                + String.join(", ", missing) + (found.isEmpty() ? "" : "; aligned to the ones that exist only"));
        return found;
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
