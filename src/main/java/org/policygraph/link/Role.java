package org.policygraph.link;

import java.util.Locale;
import java.util.Optional;

/** The roles a person has in the corpus, and how a position's Dutch label shows them. */
enum Role {
    /** Asks written questions: a member of the Flemish Parliament. */
    MEMBER,
    /** Is addressed or answers: a Flemish minister. */
    MINISTER;

    /**
     * The role a position's Dutch label names: "lid van het Vlaams Parlement" is a member,
     * "Vlaams minister van Onderwijs" or "minister-president van Vlaanderen" a minister.
     */
    static Optional<Role> ofPosition(String dutchLabel) {
        String l = dutchLabel.toLowerCase(Locale.ROOT);
        boolean flemish = l.contains("vlaams") || l.contains("vlaanderen");
        if (l.contains("minister") && flemish)
            return Optional.of(MINISTER);
        if (l.contains("vlaams parlement"))
            return Optional.of(MEMBER);
        return Optional.empty();
    }
}
