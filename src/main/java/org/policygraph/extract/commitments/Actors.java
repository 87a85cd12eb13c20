package org.policygraph.extract.commitments;

import java.util.List;
import java.util.Optional;

import org.policygraph.lang.CommitmentWords;
import org.policygraph.model.Located;

/**
 * Who acts in a commitment: the minister speaking ("ik", "we") or a body acting for the minister
 * ("het agentschap Opgroeien", "mijn administratie", "de VDAB"), read from the words next to the
 * commitment's verb, or at the start of a clause whose verb comes last ("dat het agentschap ... zal
 * voorleggen").
 */
final class Actors {

    /** An actor found: the minister (no body) or a body as written. */
    record Actor(Optional<Located> body) {
        static final Actor MINISTER = new Actor(Optional.empty());
    }

    /** Most words between a body's determiner and its noun: "het Vlaams Energie- en Klimaatagentschap". */
    private static final int MAX_BEFORE_NOUN = 3;
    /** Most words a body's name runs on after its noun: "het Departement Onderwijs en Vorming". */
    private static final int MAX_NAME = 6;

    private final String text;
    private final SentenceWords words;

    Actors(String text, SentenceWords words) {
        this.text = text;
        this.words = words;
    }

    /**
     * The subject of the verb at {@code verb} when it is an actor: the minister's pronoun right before
     * or right after it, a body that is the whole first part of the clause {@code [start, end)} or
     * that follows the verb, or the first words of a clause whose verb comes last.
     */
    Optional<Actor> subjectOf(int verb, int start, int end) {
        if (verb + 1 < end && CommitmentWords.isMinister(words.folded(verb + 1)))
            return Optional.of(Actor.MINISTER);
        if (verb - 1 >= start && CommitmentWords.isMinister(words.folded(verb - 1)))
            return Optional.of(Actor.MINISTER);
        // before the verb, a body is the subject only as the clause's first words: in "de kosten voor
        // de dienst zullen stijgen" the body is inside the subject
        if (start < verb && bodyEnd(start, verb) == verb)
            return Optional.of(body(start, verb));
        if (verb + 1 < end) {
            int e = bodyEnd(verb + 1, end);
            if (e > 0)
                return Optional.of(body(verb + 1, e));
        }
        if (start < verb && start > 0) {
            // a clause opened by "dat" or "zodat" has its subject first and its verb last
            if (CommitmentWords.isMinister(words.folded(start)))
                return Optional.of(Actor.MINISTER);
            int e = bodyEnd(start, verb);
            if (e > 0)
                return Optional.of(body(start, e));
        }
        return Optional.empty();
    }

    /** The body after "door" in the clause {@code [start, end)}: who acts in a passive ("door de VDAB"). */
    Optional<Actor> agentOf(int start, int end) {
        for (int i = start; i < end - 1; i++)
            if (CommitmentWords.marksAgent(words.folded(i))) {
                int e = bodyEnd(i + 1, end);
                return e > 0 ? Optional.of(body(i + 1, e)) : Optional.empty();
            }
        return Optional.of(Actor.MINISTER);
    }

    /** Whether the passive in {@code [start, end)} names an agent that is no body acting for the minister. */
    boolean foreignAgent(int start, int end) {
        return agentOf(start, end).isEmpty();
    }

    private Actor body(int from, int to) {
        return new Actor(Optional.of(new Located(words.span(from, to).of(text), words.span(from, to))));
    }

    /**
     * The end (exclusive) of a body's name starting at word {@code i} and ending by {@code limit}, or -1:
     * a name of {@code bodies.txt} ("de VDAB", "De Lijn"), or a determiner, up to three words and a
     * body noun, with the capitalised name after it ("het agentschap Innoveren en Ondernemen").
     */
    int bodyEnd(int i, int limit) {
        int from = i;
        if (CommitmentWords.isDeterminer(words.folded(i)))
            from = i + 1;
        for (List<String> name : CommitmentWords.bodyNames())
            for (int s : new int[] {i, from})
                if (s + name.size() <= limit && words.startsWith(s, name))
                    return s + name.size();
        if (from == i)
            return -1;
        for (int n = from; n < Math.min(limit, from + MAX_BEFORE_NOUN + 1); n++)
            if (CommitmentWords.isBodyNoun(words.folded(n)))
                return nameAfter(n + 1, limit);
        return -1;
    }

    /** The end of a capitalised name from word {@code i} ("Onderwijs en Vorming"), or {@code i} when none. */
    private int nameAfter(int i, int limit) {
        int end = i;
        for (int k = i; k < Math.min(limit, i + MAX_NAME); k++) {
            if (words.get(k).capitalised())
                end = k + 1;
            else if (!CommitmentWords.joinsName(words.folded(k)))
                break;
        }
        return end;
    }
}
