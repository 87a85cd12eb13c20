package org.policygraph.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The key under which figures of the same measure meet across documents: "aantal leerlingen",
 * "Het totaal aantal leerlingen" and "leerlingen" are all "leerling". Words that only say the figure
 * is a count or total go ({@code measure-fillers.txt}); the head noun, the last word of the leading
 * group (up to the first function word, {@code stop-words.txt}), becomes singular ({@link DutchLemmas}):
 * the words before it modify it ("nieuwe plaatsen", "toegewezen ontvangsten") and what follows the
 * group ("binnen dertig dagen afgehandeld", "met een handicap") is kept as written, folded.
 */
public final class MeasureKeys {

    private static final Gazetteer FILLERS = Gazetteer.of("measure-fillers");
    private static final Gazetteer STOP_WORDS = Gazetteer.of("stop-words");

    private MeasureKeys() {
    }

    /**
     * Whether the head noun of the measure is a plural ("nieuwe plaatsen"), as what a count above one
     * counts must be: "1.260 open" counts no "open".
     */
    public static boolean namesPlural(String measure) {
        List<String> words = words(measure);
        int head = head(words);
        return head >= 0 && !DutchLemmas.singular(words.get(head)).equals(words.get(head));
    }

    /** The key of the measure as written; empty when nothing but filler words is left ("aantal"). */
    public static Optional<String> of(String measure) {
        List<String> words = words(measure);
        int head = head(words);
        if (head >= 0)
            words.set(head, DutchLemmas.singular(words.get(head)));
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    private static List<String> words(String measure) {
        List<String> words = new ArrayList<>();
        for (String word : FoldedWords.of(measure))
            if (!FILLERS.contains(word))
                words.add(word);
        return words;
    }

    /** The index of the last word before the first function word that follows a word of content; -1 for none. */
    private static int head(List<String> words) {
        int head = -1;
        for (int i = 0; i < words.size(); i++) {
            if (STOP_WORDS.contains(words.get(i))) {
                if (head >= 0)
                    return head;
            } else {
                head = i;
            }
        }
        return head;
    }
}
