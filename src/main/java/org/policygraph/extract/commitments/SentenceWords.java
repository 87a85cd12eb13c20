package org.policygraph.extract.commitments;

import java.util.ArrayList;
import java.util.List;

import org.policygraph.lang.CommitmentWords;
import org.policygraph.model.Span;
import org.policygraph.text.TokenStream;

/**
 * The words of one sentence with their offsets, and the clause around a word: a commitment is read
 * word by word, and what it promises is a clause.
 */
final class SentenceWords {

    /**
     * A word, lower case as the word lists are (read once: every cue test compares it), where it
     * stands, and the one-word cues it is ({@link CommitmentWords#oneWordCues}).
     */
    record Word(String text, String folded, int start, int end, int cues) {
        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    /** Most words after a subordinate clause's finite verb: "zal worden aangepast". */
    private static final int VERB_CLUSTER = 2;

    private final String text;
    private final List<Word> words = new ArrayList<>();

    /**
     * The words and numbers among a sentence's tokens, a view on the document's: the words are the
     * document's, read and folded once for every extractor.
     */
    SentenceWords(TokenStream sentence) {
        this.text = sentence.text();
        for (int i = 0; i < sentence.size(); i++) {
            TokenStream.Kind kind = sentence.kind(i);
            if (kind != TokenStream.Kind.WORD && kind != TokenStream.Kind.NUMBER)
                continue;
            String folded = sentence.folded(i);
            words.add(new Word(sentence.text(i), folded, sentence.start(i), sentence.end(i), CommitmentWords.oneWordCues(folded)));
        }
    }

    int size() {
        return words.size();
    }

    Word get(int i) {
        return words.get(i);
    }

    /** The lower-case word at {@code i}, or "" outside the sentence. */
    String folded(int i) {
        return i >= 0 && i < words.size() ? words.get(i).folded() : "";
    }

    /** Whether the word at {@code i} is by itself a phrase of {@code cue}; false outside the sentence. */
    boolean is(int i, CommitmentWords.Cue cue) {
        return i >= 0 && i < words.size() && CommitmentWords.is(words.get(i).cues(), cue);
    }

    /** Whether the words from {@code i} on are {@code phrase} (lower case). */
    boolean startsWith(int i, List<String> phrase) {
        if (i < 0 || i + phrase.size() > words.size())
            return false;
        for (int k = 0; k < phrase.size(); k++)
            if (!folded(i + k).equals(phrase.get(k)))
                return false;
        return true;
    }

    /** Whether any of {@code phrases} occurs among the words {@code [from, to)}. */
    boolean containsAny(int from, int to, CommitmentWords.Phrases phrases) {
        return firstOf(from, to, phrases) >= 0;
    }

    /** Index of the first word in {@code [from, to)} that starts one of {@code phrases}, or -1. */
    int firstOf(int from, int to, CommitmentWords.Phrases phrases) {
        for (int i = Math.max(0, from); i < Math.min(to, words.size()); i++)
            for (List<String> p : phrases.openedBy(folded(i)))
                if (i + p.size() <= to && startsWith(i, p))
                    return i;
        return -1;
    }

    /** The punctuation between word {@code i - 1} and word {@code i}. */
    private String gapBefore(int i) {
        return text.substring(words.get(i - 1).end(), words.get(i).start());
    }

    /**
     * The clause around word {@code i} as word indices {@code [start, end)}: it starts after a
     * semicolon or colon, or after a word that opens a clause ("dat", "die", or "zodat" after a
     * comma); it ends before a semicolon or colon or a comma and a word that opens a clause. "dat"
     * ends no clause: in "ik zal dat onderzoeken" it is a pronoun.
     */
    int[] clauseAround(int i) {
        int end = words.size();
        for (int k = i + 1; k < words.size(); k++) {
            String gap = gapBefore(k);
            if (gap.contains(";") || gap.contains(":")
                    || gap.contains(",") && CommitmentWords.opensClause(folded(k))) {
                end = k;
                break;
            }
        }
        // "dat" and "die" open a clause only when the word stands in its final verb cluster, as a
        // subordinate clause's verb does: in "de resultaten van die evaluatie zullen ... worden
        // bezorgd", "die" is a determiner; right before the word, "dat" is its subject ("dat zal ik")
        boolean verbFinal = end - i - 1 <= VERB_CLUSTER;
        int start = 0;
        for (int k = i; k > 0; k--) {
            String gap = gapBefore(k);
            if (gap.contains(";") || gap.contains(":")) {
                start = k;
                break;
            }
            if (k - 1 > 0 && (CommitmentWords.opensClauseBare(folded(k - 1)) && k < i && verbFinal
                    || CommitmentWords.opensClause(folded(k - 1)) && gapBefore(k - 1).contains(","))) {
                start = k;
                break;
            }
        }
        return new int[] {start, end};
    }

    /** The span from the start of word {@code from} to the end of word {@code to - 1}. */
    Span span(int from, int to) {
        return new Span(words.get(from).start(), words.get(to - 1).end());
    }
}
