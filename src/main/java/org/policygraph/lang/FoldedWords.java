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
}
