package org.policygraph.extract.figures;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.DutchNumbers;

/**
 * The value a table cell holds when the whole cell is one number: "162", "60,67%", "29.873",
 * "-426.931", "\u22122,1 %", "€ 1.234,5", "+54". A cell with anything else in it ("2021-2027 (prijzen",
 * "1,2% 1,3%", "n.v.t.") holds no value: two numbers in one cell are two columns run together, and
 * guessing which is which would put a number under the wrong header.
 *
 * @param value    the value with its sign
 * @param percent  the cell carries a percent sign
 * @param euro     the cell carries a euro sign or the word euro
 */
record CellValue(BigDecimal value, boolean percent, boolean euro) {

    /** A cell that is one number, or a dash for an empty cell (which has no number group). */
    static final Pattern CELL = Pattern.compile(
            "(?<pre>€\\s?)?(?<sign>[-+\u2011\u2012\u2013\u2212])?\\s?(?<pre2>€\\s?)?"
                    + "(?<number>(?:\\d{1,3}(?:\\.\\d{3}){1,4}|\\d{1,9})(?:,\\d{1,4})?)"
                    + "(?:\\s?(?<percent>%)|\\s?(?<post>€|euro|EUR))?"
                    + "|[-\u2013\u2014]");

    /** The value of a cell, when the whole cell is one number (a dash or a word gives none). */
    static Optional<CellValue> of(String cell) {
        Matcher m = CELL.matcher(WorkDeadline.watch(cell.strip()));
        if (!m.matches() || m.group("number") == null)
            return Optional.empty();
        Optional<BigDecimal> value = DutchNumbers.parseDigits(m.group("number"));
        if (value.isEmpty())
            return Optional.empty();
        String sign = m.group("sign");
        BigDecimal v = sign != null && !sign.equals("+") ? value.get().negate() : value.get();
        boolean euro = m.group("pre") != null || m.group("pre2") != null || m.group("post") != null;
        return Optional.of(new CellValue(v, m.group("percent") != null, euro));
    }

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    /** True for a cell that is a bare year ("2026"): in a header, or in a row that repeats the header. */
    static boolean isYear(String cell) {
        return YEAR.matcher(cell.strip()).matches();
    }
}
