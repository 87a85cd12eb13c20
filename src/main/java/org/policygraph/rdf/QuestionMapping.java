package org.policygraph.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.policygraph.model.Answer;
import org.policygraph.model.AnswerPart;
import org.policygraph.model.Person;
import org.policygraph.model.Pointer;
import org.policygraph.model.SubQuestion;
import org.policygraph.model.WrittenQuestion;

/** Maps a written question, its sub-question tree, its answer and the answer's parts. */
final class QuestionMapping {

    private final Triples t;
    private final Spans spans;
    private final PartIndex parts;

    QuestionMapping(Triples t, Spans spans, PartIndex parts) {
        this.t = t;
        this.spans = spans;
        this.parts = parts;
    }

    /** Maps {@code q}; returns the question's resource. */
    Node map(WrittenQuestion q) {
        Node question = Iris.question(q.number().text(), q.date(), q.addressedTo());
        t.type(question, PG.WrittenQuestion)
                .string(question, PG.questionNumber, q.number().text())
                .date(question, Vocab.DCTERMS_DATE, q.date())
                .add(question, Vocab.PROV_WAS_DERIVED_FROM, spans.source());
        q.title().ifPresent(title -> t.string(question, Vocab.DCTERMS_TITLE, title.text())
                .add(question, PG.titleSpan, spans.of(title.span())));
        q.askedBy().ifPresent(p -> t.add(question, PG.askedBy, person(p)));
        q.addressedTo().ifPresent(p -> t.add(question, PG.addressedTo, person(p)));
        q.addresseeTitle().ifPresent(title -> t.string(question, PG.addresseeTitle, title.text()));
        q.context().ifPresent(c -> t.string(question, PG.context, c.text()));
        q.body().ifPresent(body -> {
            t.string(question, PG.text, body.text()).add(question, PG.hasSpan, spans.of(body.span()));
            parts.add(body.span(), question);
        });
        q.title().ifPresent(title -> parts.add(title.span(), question));
        subQuestions(question, question, q.subQuestions(), List.of());
        q.answer().ifPresent(a -> answer(a, question, q));
        return question;
    }

    private void subQuestions(Node question, Node parent, List<SubQuestion> items, List<String> parentPath) {
        Set<String> seen = new HashSet<>();
        for (SubQuestion sq : items) {
            List<String> path = append(parentPath, uniqueLabel(seen, sq.label(), sq.position()));
            Node node = Iris.subQuestion(question, path);
            item(parent, PG.hasSubQuestion, node, PG.SubQuestion, sq.label(), sq.position(), sq.text().text(), sq.span());
            subQuestions(question, node, sq.children(), path);
        }
    }

    /**
     * A label for an IRI path: a label repeated among siblings (a typo, a damaged file) gets its
     * position, so that no two items merge into one resource.
     */
    private static String uniqueLabel(java.util.Set<String> seen, String label, int position) {
        return seen.add(label) ? label : label + "~" + position;
    }

    /** The triples every enumerated item has, sub-question or answer part, and its place in the part index. */
    private void item(Node parent, Node link, Node node, Node type, String label, int position, String text,
                      org.policygraph.model.Span span) {
        t.add(parent, link, node)
                .type(node, type)
                .string(node, PG.label, label)
                .integer(node, PG.position, position)
                .add(node, PG.hasSpan, spans.of(span));
        if (!text.isEmpty())
            t.string(node, PG.text, text);
        parts.add(span, node);
    }

    private void answer(Answer a, Node question, WrittenQuestion q) {
        Node answer = Iris.answer(question);
        t.type(answer, PG.Answer)
                .add(answer, PG.answers, question)
                .add(question, PG.hasAnswer, answer)
                .add(answer, Vocab.PROV_WAS_DERIVED_FROM, spans.source())
                .string(answer, PG.text, a.body().text())
                .add(answer, PG.hasSpan, spans.of(a.body().span()));
        parts.add(a.body().span(), answer);
        a.answeredBy().ifPresent(p -> t.add(answer, PG.answeredBy, person(p)));
        a.answererTitle().ifPresent(title -> t.string(answer, PG.answererTitle, title.text()));
        a.context().ifPresent(c -> t.string(answer, PG.context, c.text()));
        Optional<Person> minister = q.addressedTo().or(a::answeredBy);
        answerParts(question, answer, answer, a.parts(), List.of(), q, minister);
    }

    private void answerParts(Node question, Node answer, Node parent, List<AnswerPart> items, List<String> parentPath,
                             WrittenQuestion q, Optional<Person> minister) {
        Set<String> seen = new HashSet<>();
        for (AnswerPart ap : items) {
            List<String> path = append(parentPath, uniqueLabel(seen, ap.label(), ap.position()));
            Node node = Iris.answerPart(answer, path);
            item(parent, PG.hasAnswerPart, node, PG.AnswerPart, ap.label(), ap.position(), ap.text().text(), ap.span());
            for (List<String> target : ap.respondsTo())
                t.add(node, PG.respondsTo, Iris.subQuestion(question, target));
            ap.pointer().ifPresent(p -> pointsTo(node, p, question, q, minister));
            answerParts(question, answer, node, ap.children(), path, q, minister);
        }
    }

    private void pointsTo(Node part, Pointer pointer, Node question, WrittenQuestion q, Optional<Person> minister) {
        if (pointer instanceof Pointer.ToSubQuestion s) {
            if (exists(q.subQuestions(), s.path()))
                t.add(part, PG.pointsTo, Iris.subQuestion(question, s.path()));
        } else if (pointer instanceof Pointer.ToQuestion r) {
            Node earlier = new ReferenceMapping(t, spans).earlierQuestion(r.question(), q.askedBy(), minister);
            t.add(part, PG.pointsTo, earlier);
        }
    }

    private static boolean exists(List<SubQuestion> level, List<String> path) {
        List<SubQuestion> current = level;
        for (String label : path) {
            Optional<SubQuestion> found = current.stream().filter(s -> s.label().equals(label)).findFirst();
            if (found.isEmpty())
                return false;
            current = found.get().children();
        }
        return true;
    }

    private Node person(Person p) {
        return ReferenceMapping.person(t, p);
    }

    private static List<String> append(List<String> path, String label) {
        List<String> out = new ArrayList<>(path);
        out.add(label);
        return out;
    }
}
