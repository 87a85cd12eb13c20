package org.policygraph.lang;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.policygraph.deadline.WorkDeadline;

/**
 * Dates as Flemish documents write them: "5 september 2023", "1 sept. 2023", "05-09-2023",
 * "5/9/2023", "2023-09-05". The month names are the lines of {@code months.txt}.
 */
public final class DutchDates {

    /** Every spelling of a month (from {@code months.txt}) with its number. */
    private static final Map<String, Integer> MONTHS = months();
    /** Any spelling of a month, longest first so that "sept" wins over "sep": "september", "sept", "okt". */
    public static final String MONTH_REGEX = MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .collect(Collectors.joining("|", "(?:", ")"));

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
        Matcher m = WORDED.matcher(WorkDeadline.watch(t));
        if (m.matches())
            return worded(m.group(1), m.group(2), m.group(3));
        m = NUMERIC.matcher(WorkDeadline.watch(t));
        if (m.matches())
            return of(m.group(3), m.group(2), m.group(1));
        m = ISO.matcher(WorkDeadline.watch(t));
        if (m.matches())
            return of(m.group(1), m.group(2), m.group(3));
        return Optional.empty();
    }

    /** Day, month name and year as matched by {@link #WORDED_REGEX}. */
    public static Optional<LocalDate> worded(String day, String monthName, String year) {
        return month(monthName).flatMap(m -> of(year, String.valueOf(m), day));
    }

    /** The number of a month from any of its spellings ("September", "sept"), ignoring case. */
    public static Optional<Integer> month(String name) {
        return Optional.ofNullable(MONTHS.get(name.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> out = new HashMap<>();
        List<List<String>> rows = Gazetteer.of("months").rows();
        if (rows.size() != 12)
            throw new IllegalStateException("months.txt must list 12 months, lists " + rows.size());
        for (int i = 0; i < rows.size(); i++)
            for (String spelling : rows.get(i))
                out.put(spelling.toLowerCase(Locale.ROOT), i + 1);
        return Map.copyOf(out);
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
