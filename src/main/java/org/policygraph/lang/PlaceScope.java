package org.policygraph.lang;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that widen a figure's scope beyond a place named earlier in its sentence ("in totaal",
 * "Vlaanderen", "andere"): the list {@code place-scope-words.txt}.
 */
public final class PlaceScope {

    private static final Gazetteer WORDS = Gazetteer.of("place-scope-words");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private PlaceScope() {
    }

    /** Whether {@code text} holds a word of the list, as a whole word. */
    public static boolean widens(CharSequence text) {
        Matcher m = WORD.matcher(text);
        while (m.find())
            if (WORDS.containsIgnoreCase(m.group()))
                return true;
        return false;
    }
}
