package org.policygraph.lang;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Phrases that say a figure was given before ("zoals gezegd", "de reeds vermelde"): the list
 * {@code restatement-cues.txt}.
 */
public final class RestatementCues {

    private static final Pattern ANY = Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|",
            Gazetteer.of("restatement-cues").entries().stream()
                    .map(c -> String.join("\\s+", List.of(c.toLowerCase(Locale.ROOT).split(" ")).stream().map(Pattern::quote).toList()))
                    .toList()) + ")(?![\\p{L}\\d])");

    private RestatementCues() {
    }

    /** Whether {@code text} holds one of the phrases, as whole words, ignoring case and line breaks. */
    public static boolean restates(CharSequence text) {
        return ANY.matcher(text.toString().toLowerCase(Locale.ROOT)).find();
    }
}
