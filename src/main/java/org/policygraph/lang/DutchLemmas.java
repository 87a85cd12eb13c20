package org.policygraph.lang;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The singular of a Dutch noun, for keys that must let "leerlingen" meet "leerling" and "scholen"
 * meet "school". Works on folded words ({@link FoldedWords}). The regular rules: "-'s" and "-s"
 * after an unstressed ending go ("euro's", "stages", "kilometers"); "-heden" is "-heid"; "-en" goes,
 * then a doubled consonant is halved ("klassen"), "z" and "v" become "s" and "f" ("huizen",
 * "brieven"), and an open syllable gets its long vowel back ("scholen", "kandidaten"). What the rules
 * get wrong is in the data file {@code plural-exceptions.txt}, matched as the end of a word so that
 * compounds follow ("fietspaden" is "fietspad").
 */
public final class DutchLemmas {

    /** Exceptions, longest form first so that the longest end of a word decides. */
    private static final List<List<String>> EXCEPTIONS = Gazetteer.of("plural-exceptions").rows().stream()
            .sorted((a, b) -> Integer.compare(b.get(0).length(), a.get(0).length())).toList();
    /**
     * The exceptions of two letters or more by their last two letters, longest first as above, and
     * the shorter ones: a word is compared with the few forms that can be its end, not with all.
     */
    private static final Map<String, List<List<String>>> BY_END = EXCEPTIONS.stream().filter(r -> r.get(0).length() >= 2)
            .collect(Collectors.groupingBy(r -> r.get(0).substring(r.get(0).length() - 2), Collectors.toList()));
    private static final List<List<String>> SHORT = EXCEPTIONS.stream().filter(r -> r.get(0).length() < 2).toList();
    private static final String VOWELS = "aeiouy";

    private DutchLemmas() {
    }

    /** The singular of the folded word {@code word}; a word that does not look plural is returned as it is. */
    public static String singular(String word) {
        if (word.length() >= 2)
            for (List<String> row : BY_END.getOrDefault(word.substring(word.length() - 2), List.of())) {
                String exception = exception(word, row);
                if (exception != null)
                    return exception;
            }
        for (List<String> row : SHORT) {
            String exception = exception(word, row);
            if (exception != null)
                return exception;
        }
        if (word.endsWith("'s") && word.length() > 3)
            return word.substring(0, word.length() - 2);
        if (word.endsWith("heden") && word.length() > 6)
            return word.substring(0, word.length() - 5) + "heid";
        if (word.endsWith("en") && word.length() >= 4)
            return withoutEn(word.substring(0, word.length() - 2));
        if (word.endsWith("s") && word.length() >= 4 && sPlural(word.substring(0, word.length() - 1)))
            return word.substring(0, word.length() - 1);
        return word;
    }

    /** The singular {@code row} gives {@code word}, or null when the word does not end in its form. */
    private static String exception(String word, List<String> row) {
        String form = row.get(0);
        if (word.endsWith(form) && (word.length() == form.length() || word.length() - form.length() >= 2))
            return word.substring(0, word.length() - form.length()) + row.get(1);
        return null;
    }

    /** The singular from the stem before "-en". */
    private static String withoutEn(String stem) {
        int n = stem.length();
        char last = stem.charAt(n - 1);
        char before = stem.charAt(n - 2);
        if (last == 'e')
            return stem; // "categorieën", "ideeën": the diaeresis is folded away
        if (last == 'i')
            return stem + "e"; // "bacteriën": -ie with its diaeresis folded away
        if (last == before && !vowel(last))
            return stem.substring(0, n - 1);
        if (last == 'z')
            return stem.substring(0, n - 1) + "s";
        if (last == 'v')
            return stem.substring(0, n - 1) + "f";
        if (openSyllable(stem))
            return stem.substring(0, n - 1) + before + last;
        return stem;
    }

    /**
     * Whether the stem ends in a single a, o, u or e between consonants (or at the start): its
     * vowel was long in the plural and is written double in the singular. Not "e" in the unstressed
     * endings -el, -er, -en, -ig ("middelen" is not "middeel").
     */
    private static boolean openSyllable(String stem) {
        int n = stem.length();
        char last = stem.charAt(n - 1);
        char v = stem.charAt(n - 2);
        if (vowel(last) || last == 'w' || last == 'j' || "aoue".indexOf(v) < 0)
            return false;
        if (n >= 3 && vowel(stem.charAt(n - 3)))
            return false;
        return v != 'e' || "lrn".indexOf(last) < 0;
    }

    /** Whether "-s" after this stem makes a plural: after -e, -el, -em, -en, -er, -aar, -air, -ier, -eur and -je. */
    private static boolean sPlural(String stem) {
        int n = stem.length();
        char last = stem.charAt(n - 1);
        if (last == 'e')
            return !vowel(stem.charAt(n - 2)) || stem.endsWith("ie");
        if ("lmnr".indexOf(last) >= 0 && stem.charAt(n - 2) == 'e' && !vowel(stem.charAt(n - 3)))
            return true;
        return stem.endsWith("aar") || stem.endsWith("air") || stem.endsWith("ier") || stem.endsWith("eur");
    }

    private static boolean vowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
