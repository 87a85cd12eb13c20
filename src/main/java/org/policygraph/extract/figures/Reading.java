package org.policygraph.extract.figures;

import java.math.BigDecimal;

import org.policygraph.model.FigureUnit;

/**
 * A figure being read from prose: token indexes and what was found so far. {@code unit == null}
 * while it is a bare number that only an ellipsis can still make a figure.
 */
final class Reading {
    /** First token of the quote: the qualifier, "tussen", the euro sign or the number. */
    int start;
    /** The number's token. */
    final int number;
    /** Token after the last one read. */
    int end;
    BigDecimal value;
    BigDecimal upper;
    FigureUnit unit;
    boolean unitInferred;
    String measure;
    String qualifier;
    String perUnit;
    Integer year;
    /** Read only to be skipped: "1 op 5", a clock time. */
    boolean rejected;

    Reading(int number) {
        this.start = number;
        this.number = number;
        this.end = number + 1;
    }
}
