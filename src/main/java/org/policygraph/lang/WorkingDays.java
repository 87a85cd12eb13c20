package org.policygraph.lang;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days as the Flemish administration counts them: Monday to Friday, less the public holidays
 * of the data file {@code belgian-holidays.txt} (fixed dates and days counted from Easter). Used for
 * the rule that a minister answers a written question within twenty working days.
 * <pre>{@code
 * WorkingDays.deadline(LocalDate.of(2024, 3, 1), 20);   // the twentieth working day after 1 March
 * WorkingDays.between(submitted, answered);            // working days after submitted, up to answered
 * }</pre>
 */
public final class WorkingDays {

    /** Working days a minister has to answer a written question. */
    public static final int ANSWER_PERIOD = 20;

    private static final List<String[]> RULES = readRules();
    private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private WorkingDays() {
    }

    /** Whether {@code day} is a working day. */
    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && holiday(day).isEmpty();
    }

    /** The holiday's name when {@code day} is a public holiday. */
    public static Optional<String> holiday(LocalDate day) {
        return Optional.ofNullable(BY_YEAR.computeIfAbsent(day.getYear(), WorkingDays::holidays).get(day));
    }

    /** The {@code n}th working day after {@code start} (start itself not counted). */
    public static LocalDate deadline(LocalDate start, int n) {
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d))
                counted++;
        }
        return d;
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative when {@code to} is
     * before {@code from}.
     */
    public static int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from))
            return -between(to, from);
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1))
            if (isWorkingDay(d))
                n++;
        return n;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static Map<LocalDate, String> holidays(int year) {
        Map<LocalDate, String> out = new TreeMap<>();
        for (String[] rule : RULES) {
            String when = rule[0];
            LocalDate day = when.startsWith("easter+")
                    ? easter(year).plusDays(Integer.parseInt(when.substring("easter+".length())))
                    : MonthDay.parse("--" + when).atYear(year);
            out.put(day, rule[1]);
        }
        return out;
    }

    private static List<String[]> readRules() {
        List<String[]> rules = new ArrayList<>();
        for (List<String> row : Gazetteer.of("belgian-holidays").rows()) {
            if (row.size() < 2 || !row.get(0).matches("\\d\\d-\\d\\d|easter\\+\\d+"))
                throw new IllegalStateException("belgian-holidays.txt: cannot read the line " + row);
            rules.add(new String[] {row.get(0), row.get(1)});
        }
        return List.copyOf(rules);
    }
}
