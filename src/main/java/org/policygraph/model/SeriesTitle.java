package org.policygraph.model;

import java.util.Optional;

/**
 * What a question's title contributes to a series of questions: its core (the title without the
 * ordinal the Parliament adds to a repeated title) and the core's key, the same for every question of
 * the series.
 *
 * @param core     the core as written and where it stands
 * @param key      the normalised core ("zorgsector-zijinstroom")
 * @param ordinal  the ordinal written after the core ("(2)" is 2), when there is one
 * @param ordinalQuote  the ordinal as written, brackets included, and where it stands
 */
public record SeriesTitle(Located core, String key, Optional<Integer> ordinal, Optional<Located> ordinalQuote) {

    public SeriesTitle {
        if (key.isEmpty())
            throw new IllegalArgumentException("A series title needs a key");
        if (ordinal.isPresent() != ordinalQuote.isPresent())
            throw new IllegalArgumentException("An ordinal needs its quote and a quote its ordinal");
    }
}
