package org.policygraph.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Flemish documents write them: "5 september 2023", "1 sept. 2023", "05-09-2023",
 * "5/9/2023", "2023-09-05".
 */
public final class DutchDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1),
            Map.entry("februari", 2), Map.entry("feb", 2), Map.entry("febr", 2),
            Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("maa", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5),
            Map.entry("juni", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("jul", 7),
            Map.entry("augustus", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    /** A written-out date: "5 september 2023", "1 sept. 2023", "1ste juli 2022". */
    public static final String WORDED_REGEX = "(\\d{1,2})(?:ste|de|e)?\\s(\\p{L}{3,9})\\.?\\s(\\d{4})";
    private static final Pattern WORDED = Pattern.compile(WORDED_REGEX);
    /** A numeric date, day first: "05-09-2023", "5/9/2023", "5.9.2023". */
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    /** An ISO date: "2023-09-05". */
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private DutchDates() {
    }

    /** Parses a whole string as a date; empty when it is not one (or names no real day). */
    public static Optional<LocalDate> parse(String s) {
        String t = s.strip();
        Matcher m = WORDED.matcher(t);
        if (m.matches())
            return worded(m.group(1), m.group(2), m.group(3));
        m = NUMERIC.matcher(t);
        if (m.matches())
            return of(m.group(3), m.group(2), m.group(1));
        m = ISO.matcher(t);
        if (m.matches())
            return of(m.group(1), m.group(2), m.group(3));
        return Optional.empty();
    }

    /** Day, month name and year as matched by {@link #WORDED_REGEX}. */
    public static Optional<LocalDate> worded(String day, String monthName, String year) {
        Integer month = MONTHS.get(monthName.toLowerCase(Locale.ROOT));
        if (month == null)
            return Optional.empty();
        return of(year, String.valueOf(month), day);
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
