package org.policygraph.extract.responsiveness;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.policygraph.lang.Gazetteer;

/**
 * The words that say what a stretch of text is about: five letters or more, not a function word
 * ({@code stop-words.txt}) nor a word every question uses ({@code question-generic-words.txt}).
 * Two words are the same when one is the other with at most a short ending ("stage", "stages").
 */
final class ContentWords {

    /** A word of five letters or more: the rule, which {@link #of} reads in a loop of its own. */
    static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]{4,}");
    private static final Gazetteer STOP_WORDS = Gazetteer.of("stop-words");
    private static final Gazetteer GENERIC_WORDS = Gazetteer.of("question-generic-words");
    private static final int SHORTEST = 5;
    private static final int LONGEST_ENDING = 3;

    private ContentWords() {
    }

    /** The content words of {@code text}, lower case, in order of first appearance. */
    static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        int p = 0;
        while (p < text.length()) {
            int cp = text.codePointAt(p);
            if (!Character.isLetter(cp)) {
                p++;
                continue;
            }
            // the longest run of letters and hyphens: a shorter match from inside it is never longer
            int end = p + Character.charCount(cp);
            int count = 1;
            while (end < text.length()) {
                int c = text.codePointAt(end);
                if (!Character.isLetter(c) && c != '-')
                    break;
                end += Character.charCount(c);
                count++;
            }
            if (count >= SHORTEST) {
                String w = text.substring(p, end).toLowerCase(Locale.ROOT);
                if (!STOP_WORDS.contains(w) && !GENERIC_WORDS.contains(w))
                    words.add(w);
            }
            p = end;
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
