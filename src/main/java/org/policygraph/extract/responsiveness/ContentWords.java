package org.policygraph.extract.responsiveness;

import java.util.LinkedHashSet;
import java.util.Set;

import org.policygraph.lang.Gazetteer;
import org.policygraph.text.TokenStream;

/**
 * The words that say what a stretch of text is about: words of five characters or more, not a
 * function word ({@code stop-words.txt}) nor a word every question uses
 * ({@code question-generic-words.txt}). They are the word tokens of the document's
 * {@link TokenStream}, folded once for every extractor. Two words are the same when one is the other
 * with at most a short ending ("stage", "stages").
 */
final class ContentWords {

    private static final Gazetteer STOP_WORDS = Gazetteer.of("stop-words");
    private static final Gazetteer GENERIC_WORDS = Gazetteer.of("question-generic-words");
    private static final int SHORTEST = 5;
    private static final int LONGEST_ENDING = 3;

    private ContentWords() {
    }

    /** The content words among {@code tokens}, lower case, in order of first appearance. */
    static Set<String> of(TokenStream tokens) {
        Set<String> words = new LinkedHashSet<>();
        String text = tokens.text();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i) != TokenStream.Kind.WORD
                    || text.codePointCount(tokens.start(i), tokens.end(i)) < SHORTEST)
                continue;
            String w = tokens.folded(i);
            if (!STOP_WORDS.contains(w) && !GENERIC_WORDS.contains(w))
                words.add(w);
        }
        return words;
    }

    /** Whether any word of {@code a} is the same word as one of {@code b}. */
    static boolean share(Set<String> a, Set<String> b) {
        for (String x : a)
            for (String y : b)
                if (same(x, y))
                    return true;
        return false;
    }

    /** How many words of {@code b} are the same word as one of {@code a}. */
    static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String y : b)
            if (in(y, a))
                n++;
        return n;
    }

    /** Whether {@code word} is the same word as one of {@code words}. */
    static boolean in(String word, Set<String> words) {
        for (String y : words)
            if (same(word, y))
                return true;
        return false;
    }

    private static boolean same(String x, String y) {
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return longer.startsWith(shorter) && longer.length() - shorter.length() <= LONGEST_ENDING;
    }
}
