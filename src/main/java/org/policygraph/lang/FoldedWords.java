package org.policygraph.lang;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a phrase as keys compare them: lower case, accents dropped ("categorieën" and
 * "categorieen" are one word), split at everything that is not a letter, digit or apostrophe inside a
 * word ("Stage- en leerwerkplaatsen" is "stage", "en", "leerwerkplaatsen"; "euro's" stays one word).
 */
public final class FoldedWords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}'’]+");
    private static final Pattern EDGE_APOSTROPHES = Pattern.compile("^['’]+|['’]+$");

    private FoldedWords() {
    }

    /** The folded words of {@code phrase}, in order; none for a phrase without letters or digits. */
    public static List<String> of(String phrase) {
        // Most measures are plain ASCII, where decomposing and three patterns change nothing that a
        // scan of the characters does not: every measure and series title of a document passes here.
        return isAscii(phrase) ? ofAscii(phrase) : ofAnyScript(phrase);
    }

    /** The general reading: decomposed, marks dropped, split by Unicode letter and digit classes. */
    static List<String> ofAnyScript(String phrase) {
        String folded = MARKS.matcher(Normalizer.normalize(phrase, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace('’', '\'');
        List<String> words = new ArrayList<>();
        for (String w : SEPARATORS.split(folded)) {
            String word = EDGE_APOSTROPHES.matcher(w).replaceAll("");
            if (!word.isEmpty())
                words.add(word);
        }
        return words;
    }

    /** The same reading for ASCII text, where the letters and digits are [A-Za-z0-9] and nothing decomposes. */
    static List<String> ofAscii(String phrase) {
        List<String> words = new ArrayList<>();
        int n = phrase.length();
        int i = 0;
        while (i < n) {
            while (i < n && !inWord(phrase.charAt(i)))
                i++;
            int start = i;
            while (i < n && inWord(phrase.charAt(i)))
                i++;
            int end = i;
            while (start < end && phrase.charAt(start) == '\'')
                start++;
            while (end > start && phrase.charAt(end - 1) == '\'')
                end--;
            if (start < end)
                words.add(phrase.substring(start, end).toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static boolean inWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++)
            if (s.charAt(i) >= 128)
                return false;
        return true;
    }
}
