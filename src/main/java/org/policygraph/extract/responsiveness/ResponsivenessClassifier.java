package org.policygraph.extract.responsiveness;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.lang.ResponseCues.Cue;
import org.policygraph.lang.ResponseCues.QuestionKind;
import org.policygraph.model.Answer;
import org.policygraph.model.AnswerPart;
import org.policygraph.model.Figure;
import org.policygraph.model.Located;
import org.policygraph.model.Responsiveness;
import org.policygraph.model.Span;
import org.policygraph.model.SubQuestion;
import org.policygraph.model.SubQuestionResponse;
import org.policygraph.model.WrittenQuestion;
import org.policygraph.text.TokenStream;

/**
 * How the answer to a written question responds to each sub-question it asks (issue 19.1): answered,
 * pointed elsewhere, referred elsewhere, data not available or not addressed, each with the
 * sentence that shows it. Only the innermost sub-questions are classified: an item with nested items
 * asks through them. Where the text does not settle the class, none is given and the report gets a
 * {@link DiagnosticCode#RESPONSIVENESS_UNCERTAIN} naming the sub-question and why: a wrong class
 * would be counted against a minister, a missing one only lowers the count. Thread-safe.
 */
public final class ResponsivenessClassifier {

    /** An answer that declines as a whole in this many sentences or fewer declines for every sub-question. */
    private static final int SHORT_ANSWER = 2;

    /** An innermost sub-question with its path of labels. */
    private record Leaf(List<String> path, SubQuestion item) {
    }

    /** A class with its evidence, or the reason there is none. */
    private record Verdict(Optional<SubQuestionResponse> response, String doubt) {
        static Verdict of(List<String> path, Responsiveness r, Optional<Located> evidence) {
            return new Verdict(Optional.of(new SubQuestionResponse(path, r, evidence)), "");
        }

        static Verdict uncertain(String doubt) {
            return new Verdict(Optional.empty(), doubt);
        }
    }

    /**
     * The responses of {@code q}'s answer to its sub-questions, in question order; none without an
     * answer. {@code tokens} are the document's.
     */
    public List<SubQuestionResponse> classify(TokenStream tokens, WrittenQuestion q, List<Figure> figures, Diagnostics report) {
        if (q.answer().isEmpty())
            return List.of();
        Answer answer = q.answer().get();
        List<Leaf> leaves = new ArrayList<>();
        leaves(q.subQuestions(), List.of(), leaves);
        List<AnswerPart> parts = new ArrayList<>();
        flatten(answer.parts(), parts);
        Map<List<String>, AskedFor> asked = new java.util.LinkedHashMap<>();
        for (Leaf leaf : leaves)
            asked.put(leaf.path(), AskedFor.of(tokens, leaf.item().text()));
        Set<String> questionWords = new HashSet<>();
        asked.values().forEach(a -> questionWords.addAll(a.words()));
        List<SubQuestionResponse> out = new ArrayList<>();
        AnswerReadings readings = new AnswerReadings(tokens);
        for (Leaf leaf : leaves) {
            AskedFor a = asked.get(leaf.path());
            Verdict v = parts.isEmpty()
                    ? prose(readings, answer, leaf, a, distinctive(leaf, asked, asked.keySet()), questionWords, leaves.size(), figures)
                    : structured(readings, answer, parts, leaf, asked, figures);
            v.response().ifPresentOrElse(out::add, () -> report.warning(DiagnosticCode.RESPONSIVENESS_UNCERTAIN,
                    leaf.item().span(), "sub-question " + String.join("", leaf.path()) + ": no class given, " + v.doubt()));
        }
        return out;
    }

    /** A sub-question of an answer with labelled parts: by the parts aligned to it. */
    private static Verdict structured(AnswerReadings readings, Answer answer, List<AnswerPart> parts, Leaf leaf,
                                      Map<List<String>, AskedFor> allAsked, List<Figure> figures) {
        AskedFor asked = allAsked.get(leaf.path());
        List<String> path = leaf.path();
        List<AnswerPart> direct = parts.stream().filter(p -> p.respondsTo().contains(path)).toList();
        if (!direct.isEmpty()) {
            boolean exclusive = direct.stream().allMatch(p -> p.respondsTo().size() == 1);
            // a part "a-b)" must be told apart only from the other sub-questions it answers
            Set<List<String>> together = new HashSet<>();
            direct.forEach(p -> together.addAll(p.respondsTo()));
            Set<String> words = exclusive ? asked.words() : distinctive(leaf, allAsked, together);
            return pointer(path, direct).orElseGet(() -> judge(path, partsText(readings, direct, path, figures), asked, words, exclusive));
        }
        // told apart from every other sub-question: only here, past the parts aligned to it
        Set<String> distinctive = distinctive(leaf, allAsked, allAsked.keySet());
        Optional<AnswerPart> covering = covering(parts, path);
        if (covering.isPresent()) {
            Optional<Verdict> pointed = pointer(path, List.of(covering.get()));
            if (pointed.isPresent())
                return pointed.get();
            // the part answers the whole item: what bears on this sub-question must name it; a part
            // "1." that only holds "a)" and "b)" says nothing of "c)" itself
            AnswerText whole = partsText(readings, List.of(covering.get()), path, figures);
            if (!whole.isEmpty())
                return judge(path, whole, asked, distinctive, false);
        }
        if (parts.stream().anyMatch(p -> p.respondsTo().isEmpty()))
            return Verdict.uncertain("no part is aligned to it, but a part of the answer is aligned to no sub-question");
        if (answer.context().isPresent()) {
            AnswerText before = AnswerText.of(readings, answer.context().get().span(), List.of(), figures).about(distinctive);
            if (!before.isEmpty())
                return Verdict.uncertain("no part is aligned to it, but the answer's introduction speaks of it: \""
                        + before.sentences().get(0).text().strip() + "\"");
        }
        return Verdict.of(path, Responsiveness.NOT_ADDRESSED, Optional.empty());
    }

    /** A sub-question of an answer in one stretch of prose: only what the prose settles. */
    private static Verdict prose(AnswerReadings readings, Answer answer, Leaf leaf, AskedFor asked, Set<String> distinctive,
                                 Set<String> questionWords, int leafCount, List<Figure> figures) {
        AnswerText all = AnswerText.of(readings, answer.body().span(), List.of(), figures);
        Map<Cue, Located> cues = all.cues();
        boolean onlyDeclines = all.sentences().stream().allMatch(s -> cues.containsValue(s))
                || all.sentences().size() <= SHORT_ANSWER && all.evidence(QuestionKind.FIGURE, Set.of(), true).isEmpty();
        if (cues.size() == 1 && onlyDeclines) {
            Map.Entry<Cue, Located> e = cues.entrySet().iterator().next();
            return Verdict.of(leaf.path(), declined(e.getKey()), Optional.of(e.getValue()));
        }
        if (leafCount == 1)
            return judge(leaf.path(), all, asked, asked.words(), true);
        if (distinctive.isEmpty())
            return Verdict.uncertain("the answer is one text for all sub-questions and this one has no words of its own");
        AnswerText about = all.about(distinctive);
        if (about.isEmpty())
            return Verdict.uncertain("the answer is one text for all sub-questions and no sentence of it is about this one");
        Verdict v = judge(leaf.path(), about, asked, distinctive, false);
        // "Die gegevens worden niet bijgehouden. De lokale besturen zijn autonoom." names no question:
        // which of the two holds for which sub-question, the prose does not say
        Optional<Responsiveness> declined = v.response().map(SubQuestionResponse::responsiveness)
                .filter(r -> r != Responsiveness.ANSWERED);
        for (Map.Entry<Cue, Located> cue : cues.entrySet())
            if (declined.isPresent() && declined.get() != declined(cue.getKey())
                    && !ContentWords.share(readings.contentWords(cue.getValue().span()), questionWords))
                return Verdict.uncertain("the answer is one text for all sub-questions and also says, of no sub-question in"
                        + " particular: \"" + cue.getValue().text().strip() + "\"");
        return v;
    }

    /** The class that the answer text shows for what is asked, or the doubt. */
    private static Verdict judge(List<String> path, AnswerText t, AskedFor asked, Set<String> words, boolean exclusive) {
        Map<Cue, Located> cues = t.cues();
        Map<QuestionKind, Located> evidence = new EnumMap<>(QuestionKind.class);
        for (QuestionKind kind : asked.kinds())
            t.evidence(kind, words, exclusive).ifPresent(s -> evidence.put(kind, s));
        // "Zie ook mijn antwoord op vraag 2" beside what was asked is an answer with a cross-reference
        if (!evidence.isEmpty() && evidence.size() == asked.kinds().size() && cues.keySet().equals(Set.of(Cue.POINTER)))
            return Verdict.of(path, Responsiveness.ANSWERED, Optional.of(evidence.values().iterator().next()));
        if (cues.size() > 1)
            return Verdict.uncertain("the answer says both " + names(cues.keySet()));
        if (cues.size() == 1) {
            Map.Entry<Cue, Located> cue = cues.entrySet().iterator().next();
            if (evidence.isEmpty())
                return Verdict.of(path, declined(cue.getKey()), Optional.of(cue.getValue()));
            return Verdict.uncertain("the answer gives " + names(evidence.keySet()) + " and also says " + names(cues.keySet())
                    + ": \"" + cue.getValue().text().strip() + "\"");
        }
        if (!evidence.isEmpty() && evidence.size() == asked.kinds().size())
            return Verdict.of(path, Responsiveness.ANSWERED, Optional.of(evidence.values().iterator().next()));
        if (t.isEmpty())
            return Verdict.uncertain("the part aligned to it has no text");
        if (!evidence.isEmpty()) {
            Set<QuestionKind> missing = new LinkedHashSet<>(asked.kinds());
            missing.removeAll(evidence.keySet());
            return Verdict.uncertain("the answer gives " + names(evidence.keySet()) + " but no " + names(missing));
        }
        return Verdict.uncertain("the answer gives no " + names(asked.kinds()) + " as asked");
    }

    private static Optional<Verdict> pointer(List<String> path, List<AnswerPart> parts) {
        for (AnswerPart p : parts)
            if (p.pointer().isPresent())
                return Optional.of(Verdict.of(path, Responsiveness.POINTED_ELSEWHERE, Optional.of(p.pointer().get().quote())));
        return Optional.empty();
    }

    private static Responsiveness declined(Cue cue) {
        return switch (cue) {
            case POINTER -> Responsiveness.POINTED_ELSEWHERE;
            case REFERRAL -> Responsiveness.REFERRED_ELSEWHERE;
            case NO_DATA -> Responsiveness.DATA_NOT_AVAILABLE;
        };
    }

    /**
     * The text of the parts from their own text to their end, without nested parts aligned to other
     * sub-questions (a list inside a part, aligned to none, is part of its text).
     */
    private static AnswerText partsText(AnswerReadings readings, List<AnswerPart> parts, List<String> path, List<Figure> figures) {
        List<AnswerText> texts = new ArrayList<>();
        for (AnswerPart p : parts) {
            List<Span> excluded = new ArrayList<>();
            excludeOthers(p.children(), path, excluded);
            Span region = new Span(Math.min(p.text().span().start(), p.span().end()), p.span().end());
            texts.add(AnswerText.of(readings, region, excluded, figures));
        }
        return AnswerText.join(readings, texts);
    }

    private static void excludeOthers(List<AnswerPart> children, List<String> path, List<Span> excluded) {
        for (AnswerPart c : children) {
            if (!c.respondsTo().isEmpty() && !c.respondsTo().contains(path))
                excluded.add(c.span());
            else
                excludeOthers(c.children(), path, excluded);
        }
    }

    /** The innermost part aligned to an item that holds {@code path}. */
    private static Optional<AnswerPart> covering(List<AnswerPart> parts, List<String> path) {
        AnswerPart best = null;
        int depth = 0;
        for (AnswerPart p : parts)
            for (List<String> target : p.respondsTo())
                if (target.size() < path.size() && path.subList(0, target.size()).equals(target) && target.size() > depth) {
                    best = p;
                    depth = target.size();
                }
        return Optional.ofNullable(best);
    }

    /** The content words of a sub-question that none of the {@code others} uses. */
    private static Set<String> distinctive(Leaf leaf, Map<List<String>, AskedFor> asked, Set<List<String>> compared) {
        Set<String> others = new HashSet<>();
        asked.forEach((path, a) -> {
            if (!path.equals(leaf.path()) && compared.contains(path))
                others.addAll(a.words());
        });
        return asked.get(leaf.path()).words().stream().filter(w -> !ContentWords.in(w, others))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The innermost sub-questions with their paths. Labels repeated among siblings (a typo, a damaged
     * file) make the path ambiguous, so such items are left out rather than given another's answer.
     */
    private static void leaves(List<SubQuestion> items, List<String> parentPath, List<Leaf> out) {
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (SubQuestion sq : items)
            if (!seen.add(sq.label()))
                repeated.add(sq.label());
        for (SubQuestion sq : items) {
            if (repeated.contains(sq.label()))
                continue;
            List<String> path = new ArrayList<>(parentPath);
            path.add(sq.label());
            if (sq.children().isEmpty())
                out.add(new Leaf(List.copyOf(path), sq));
            else
                leaves(sq.children(), path, out);
        }
    }

    private static void flatten(List<AnswerPart> parts, List<AnswerPart> out) {
        for (AnswerPart p : parts) {
            out.add(p);
            flatten(p.children(), out);
        }
    }

    private static String names(Set<?> kinds) {
        return kinds.stream().map(k -> k.toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(" and "));
    }
}
