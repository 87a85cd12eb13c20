package org.policygraph.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The key under which figures of the same measure meet across documents: "aantal leerlingen",
 * "Het totaal aantal leerlingen" and "leerlingen" are all "leerling". Words that only say the figure
 * is a count or total go ({@code measure-fillers.txt}); the nouns of the leading group (up to the
 * first function word, {@code stop-words.txt}) become singular ({@link DutchLemmas}); what follows
 * ("binnen dertig dagen afgehandeld", "met een handicap") is kept as written, folded.
 */
public final class MeasureKeys {

    private static final Gazetteer FILLERS = Gazetteer.of("measure-fillers");
    private static final Gazetteer STOP_WORDS = Gazetteer.of("stop-words");

    private MeasureKeys() {
    }

    /**
     * Whether a word of the measure's leading group is a plural ("nieuwe plaatsen"), as what a
     * count above one counts must be: "1.260 open" counts no "open".
     */
    public static boolean namesPlural(String measure) {
        boolean seen = false;
        for (String word : FoldedWords.of(measure)) {
            if (FILLERS.contains(word))
                continue;
            if (STOP_WORDS.contains(word) && seen)
                return false;
            seen = true;
            if (!DutchLemmas.singular(word).equals(word))
                return true;
        }
        return false;
    }

    /** The key of the measure as written; empty when nothing but filler words is left ("aantal"). */
    public static Optional<String> of(String measure) {
        List<String> words = new ArrayList<>();
        boolean leading = true;
        for (String word : FoldedWords.of(measure)) {
            if (FILLERS.contains(word))
                continue;
            if (STOP_WORDS.contains(word) && !words.isEmpty())
                leading = false;
            words.add(leading ? DutchLemmas.singular(word) : word);
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }
}
