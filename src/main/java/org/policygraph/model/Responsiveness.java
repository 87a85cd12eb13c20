package org.policygraph.model;

import java.util.Locale;

/** How an answer responds to one sub-question (issue 19.1). */
public enum Responsiveness {
    /** The aligned answer gives the kind of information asked: a figure for "Hoeveel", a date for "Wanneer". */
    ANSWERED,
    /** The answer points to the answer to another (sub-)question instead ("Zie vraag 1"). */
    POINTED_ELSEWHERE,
    /** The answer refers the matter to another minister, government level or body. */
    REFERRED_ELSEWHERE,
    /** The answer says the information is not kept or not available. */
    DATA_NOT_AVAILABLE,
    /** The answer has no part for the sub-question. */
    NOT_ADDRESSED;

    /** The class as written in diagnostics and reports: {@code data-not-available}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
