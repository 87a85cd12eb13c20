package org.policygraph.extract.commitments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.extract.commitments.Actors.Actor;
import org.policygraph.lang.CommitmentWords;
import org.policygraph.lang.CommitmentWords.Cue;
import org.policygraph.lang.CommitmentWords.PlanningForm;
import org.policygraph.lang.CommitmentWords.Stopper;
import org.policygraph.lang.DutchPeriods;
import org.policygraph.lang.Sentences;
import org.policygraph.lang.WorkingDays;
import org.policygraph.model.Commitment;
import org.policygraph.model.Deadline;
import org.policygraph.model.Located;
import org.policygraph.model.ParsedDocument;
import org.policygraph.model.Region;
import org.policygraph.model.Span;
import org.policygraph.model.WrittenQuestion;
import org.policygraph.text.TokenStream;

/**
 * Commitments in the answer to a written question: statements of future action, with who acts, what
 * is promised and by when. A sentence is one when it holds a cue ({@code commitment-cues.txt}):
 * <ul>
 * <li>the future with an actor as subject: "ik zal", "zullen we", "het agentschap zal", "dat de VDAB
 * ... zal"; or in the passive: "zal worden aangepast", "er zal een evaluatie gebeuren";</li>
 * <li>a verb of studying or preparing in the present with an actor ("we bekijken", "ik ga na of", "de
 * VDAB onderzoekt") or in the present passive ("wordt onderzocht"), or "is gepland";</li>
 * <li>the present passive with a deadline still to come: "de regeling wordt in de loop van 2025
 * aangepast", and so the present of coming and following: "dit najaar volgt een evaluatie";</li>
 * <li>a decision put in words: "het is de bedoeling om".</li>
 * </ul>
 * Never a question, the question's text, the past ("werd onderzocht"), a negation, a generic
 * statement of ongoing policy ("we blijven inzetten op"), a promise about the answer itself ("ik zal
 * hierop ingaan in mijn antwoord op vraag 3"), a clause of fewer than four words ("we zullen zien"); a hedged statement ("zou kunnen",
 * "indien", "wellicht") or a future without an actor is not taken but reported
 * ({@link DiagnosticCode#COMMITMENT_UNCERTAIN}), and so is a deadline that cannot be resolved
 * ({@link DiagnosticCode#COMMITMENT_DEADLINE_UNRESOLVED}). Deadlines lean on the answer's date,
 * which the document does not give: it lies between the question's date and twenty working days
 * later. Thread-safe.
 */
public final class CommitmentExtractor {

    /**
     * More words are a list or table glued into one "sentence", not a statement: left unread, since
     * every cue in it would look at the whole of it (quadratic on a hostile input).
     */
    private static final int MAX_WORDS = 200;
    /** Fewer words promise nothing in particular: "we zullen zien". */
    private static final int MIN_WORDS = 4;

    /** A cue found: what kind, the word it is at, who acts, and whether it needs a deadline to be a commitment. */
    private record Found(Cue cue, int at, Actor actor, boolean needsDeadline) {
    }

    /**
     * The commitments in {@code region}: only in the answer to a written question. {@code tokens} are
     * the region's, a view on the document's, whose text they point into.
     */
    public List<Commitment> extract(Region region, Supplier<Sentences> sentences, TokenStream tokens,
                                    ParsedDocument parsed, Diagnostics report) {
        if (!region.answerSide() || !(parsed instanceof WrittenQuestion question))
            return List.of();
        LocalDate earliest = question.date();
        LocalDate latest = WorkingDays.deadline(earliest, WorkingDays.ANSWER_PERIOD);
        List<Commitment> out = new ArrayList<>();
        for (Span sentence : sentences.get().spans())
            read(sentence, tokens, earliest, latest, report).ifPresent(out::add);
        return out;
    }

    private static Optional<Commitment> read(Span sentence, TokenStream tokens, LocalDate earliest, LocalDate latest,
                                             Diagnostics report) {
        String text = tokens.text();
        if (isQuestion(text, sentence))
            return Optional.empty();
        SentenceWords words = new SentenceWords(tokens.within(sentence));
        if (words.size() > MAX_WORDS)
            return Optional.empty();
        // the period phrases matter only to a sentence with a cue or in the future: most have neither
        List<DutchPeriods.Phrase> periods = null;
        Actors actors = new Actors(text, words);
        for (int i = 0; i < words.size(); i++) {
            Optional<Found> found = cueAt(words, actors, i);
            if (found.isEmpty())
                continue;
            Found f = found.get();
            int[] clause = words.clauseAround(f.at);
            // what a verb of studying asks ("of dat mogelijk is") is not the promise's own hedge or negation
            int complement = words.firstOf(f.at + 1, clause[1], CommitmentWords.complementOpeners());
            int own = complement >= 0 ? complement : clause[1];
            if (clause[1] - clause[0] < MIN_WORDS
                    || words.containsAny(clause[0], own, CommitmentWords.stopper(Stopper.NEGATION))
                    || words.containsAny(clause[0], own, CommitmentWords.stopper(Stopper.ONGOING))
                    || words.containsAny(clause[0], own, CommitmentWords.stopper(Stopper.TEXTUAL)))
                return Optional.empty();
            int hedge = words.firstOf(0, own, CommitmentWords.stopper(Stopper.HEDGE));
            // "kan", "kunnen" only where they bend the promise itself: "we kunnen bekijken", "zal kunnen"
            int modal = words.firstOf(clause[0], Math.min(own, f.at + 2), CommitmentWords.stopper(Stopper.MODAL));
            if (hedge >= 0 || modal >= 0) {
                SentenceWords.Word w = words.get(hedge >= 0 ? hedge : modal);
                report.info(DiagnosticCode.COMMITMENT_UNCERTAIN, sentence,
                        "a statement of future action with \"" + w.text() + "\": a condition or expectation, not taken as a commitment");
                return Optional.empty();
            }
            Span clauseSpan = words.span(clause[0], clause[1]);
            if (periods == null)
                periods = DutchPeriods.find(text, sentence, earliest, latest);
            List<DutchPeriods.Phrase> inSentence = periods;
            Optional<DutchPeriods.Phrase> when = deadline(periods, clauseSpan, earliest);
            if (when.isEmpty() && (f.needsDeadline || inSentence.stream().anyMatch(p -> within(p, clauseSpan))))
                // no date to come, and either the cue needs one or the clause dates it in the past ("zoals gepland in 2022")
                continue;
            when.flatMap(DutchPeriods.Phrase::unresolved).ifPresent(why -> report.warning(
                    DiagnosticCode.COMMITMENT_DEADLINE_UNRESOLVED, when.get().span(),
                    "deadline \"" + when.get().span().of(text) + "\" " + why + "; kept without dates"));
            Optional<Deadline> deadline = when.map(p -> new Deadline(new Located(p.span().of(text), p.span()), p.from(), p.by()));
            Located statement = new Located(sentence.of(text), sentence);
            Located promise = new Located(clauseSpan.of(text), clauseSpan);
            return Optional.of(new Commitment(statement, promise, f.actor.body(), deadline));
        }
        // the future with a date to come, but no actor that acts for the minister ("AGION zal ... uiterlijk
        // op 1 september 2025"): maybe a promise by a body the lists do not know; a period already under
        // way when the question was asked ("in 2024" in December 2024) is no sign of one
        boolean future = false;
        for (int i = 0; i < words.size(); i++)
            future |= words.is(i, Cue.FUTURE);
        if (periods == null && future)
            periods = DutchPeriods.find(text, sentence, earliest, latest);
        if (future && periods.stream().anyMatch(p -> p.isDeadline() && !past(p, earliest)
                && p.from().map(f -> f.isAfter(earliest)).orElse(true)))
            report.info(DiagnosticCode.COMMITMENT_UNCERTAIN, sentence,
                    "the future with a date to come but no actor acting for the minister: not taken as a commitment");
        return Optional.empty();
    }

    /** The cue at word {@code i}, when there is one with what it needs around it. */
    private static Optional<Found> cueAt(SentenceWords words, Actors actors, int i) {
        for (List<String> phrase : CommitmentWords.cueOpenedBy(Cue.INTENTION, words.folded(i)))
            if (words.startsWith(i, phrase))
                return Optional.of(new Found(Cue.INTENTION, i, Actor.MINISTER, false));
        String w = words.folded(i);
        if (words.is(i, Cue.FUTURE)) {
            int[] clause = words.clauseAround(i);
            Optional<Actor> subject = actors.subjectOf(i, clause[0], clause[1]);
            if (subject.isPresent())
                return Optional.of(new Found(Cue.FUTURE, i, subject.get(), false));
            for (int k = clause[0]; k < clause[1]; k++)
                if (k != i && words.is(k, Cue.IMPERSONAL))
                    return actors.agentOf(clause[0], clause[1]).map(a -> new Found(Cue.FUTURE, i, a, false));
            return Optional.empty();
        }
        for (PlanningForm form : CommitmentWords.planning(w)) {
            if (form.participle())
                continue;
            int[] clause = words.clauseAround(i);
            if (form.particle().isPresent() && !hasWord(words, i + 1, clause[1], form.particle().get()))
                continue;
            Optional<Actor> subject = actors.subjectOf(i, clause[0], clause[1]);
            if (subject.isPresent())
                return Optional.of(new Found(Cue.PASSIVE, i, subject.get(), false));
        }
        if (words.is(i, Cue.SCHEDULED))
            return Optional.of(new Found(Cue.SCHEDULED, i, Actor.MINISTER, true));
        if (words.is(i, Cue.PASSIVE) || words.is(i, Cue.PLANNED)) {
            int[] clause = words.clauseAround(i);
            boolean planning = false;
            for (int k = clause[0]; k < clause[1]; k++)
                for (PlanningForm form : CommitmentWords.planning(words.folded(k)))
                    planning |= form.participle() && (words.is(i, Cue.PASSIVE) || form.form().equals("gepland"));
            if (!planning && !words.is(i, Cue.PASSIVE))
                return Optional.empty();
            Optional<Actor> agent = actors.agentOf(clause[0], clause[1]);
            if (agent.isEmpty())
                return Optional.empty();
            return Optional.of(new Found(Cue.PASSIVE, i, agent.get(), !planning));
        }
        return Optional.empty();
    }

    /**
     * The deadline of a commitment: the first period phrase in its clause that is still to come
     * (or cannot be resolved), else none.
     */
    private static Optional<DutchPeriods.Phrase> deadline(List<DutchPeriods.Phrase> periods, Span clause, LocalDate earliest) {
        for (DutchPeriods.Phrase p : periods)
            if (within(p, clause) && !past(p, earliest))
                return Optional.of(p);
        return Optional.empty();
    }

    /** Whether the sentence ends in a question mark, closing quotes or brackets after it. */
    private static boolean isQuestion(String text, Span sentence) {
        int end = sentence.end();
        while (end > sentence.start() && "”\"’')".indexOf(text.charAt(end - 1)) >= 0)
            end--;
        return end > sentence.start() && text.charAt(end - 1) == '?';
    }

    private static boolean within(DutchPeriods.Phrase p, Span clause) {
        return p.span().start() >= clause.start() && p.span().end() <= clause.end();
    }

    /** Whether a resolved period ended before the answer can have been written: the sentence is about the past. */
    private static boolean past(DutchPeriods.Phrase p, LocalDate earliest) {
        if (p.unresolved().isPresent())
            return false;
        LocalDate last = p.by().orElseGet(() -> p.from().orElseThrow());
        return last.isBefore(earliest);
    }

    private static boolean hasWord(SentenceWords words, int from, int to, String word) {
        for (int k = from; k < to; k++)
            if (words.folded(k).equals(word))
                return true;
        return false;
    }
}
