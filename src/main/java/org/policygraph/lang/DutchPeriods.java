package org.policygraph.lang;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.policygraph.deadline.StartScan;
import org.policygraph.deadline.WorkDeadline;
import org.policygraph.model.Span;

/**
 * Periods and deadlines as answers write them, resolved to dates: "tegen eind 2024" (by
 * 2024-12-31), "in het voorjaar van 2025" (2025-03-21 .. 2025-06-20), "in de loop van 2025", "het
 * derde kwartaal van 2025", "eind september", "op 1 juli 2025", "binnen zes maanden", and the
 * phrases that lean on the date they were written: "dit najaar", "begin volgend jaar", "tegen de
 * zomer", and years of their own: "in het kalenderjaar 2026", "vanaf het schooljaar 2025-2026". The
 * words are data: {@code year-parts.txt}, {@code month-parts.txt}, {@code year-nouns.txt},
 * {@code period-prepositions.txt}, {@code period-determiners.txt}, {@code period-units.txt} and the
 * months of {@code months.txt} (full names only: "jan" is also a first name).
 * <p>
 * The date a phrase leans on is known only as a stretch ({@code earliest} .. {@code latest}: an
 * answer is written after the question and is due twenty working days later). A phrase that resolves
 * differently over that stretch ("dit jaar" in an answer to a question of 20 December) is found but
 * left unresolved, with the reason; a stretch of time ("binnen zes maanden") counts from
 * {@code latest}, so that a deadline is never earlier than the speaker can have meant.
 * <pre>{@code
 * List<DutchPeriods.Phrase> found = DutchPeriods.find(text, sentence, questionDate, dueDate);
 * }</pre>
 */
public final class DutchPeriods {

    /** A run of white space, made one space: compiled once, not per call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** What the words before the period say. */
    public enum Bound {
        /** Done at the latest at the period: "tegen eind 2024". */
        BY,
        /** Done during the period: "in de loop van 2025", "dit najaar". */
        WITHIN,
        /** Starting at the period, no deadline: "vanaf januari 2025". */
        FROM,
        /** Starting after the period, no deadline: "na de zomer". */
        AFTER
    }

    /**
     * A period phrase.
     *
     * @param span        the phrase, preposition included
     * @param bound       what the preposition says (WITHIN when there is none)
     * @param from        the first day it allows, when resolved and bounded below
     * @param by          the last day it allows, when resolved and bounded above
     * @param unresolved  why it was not resolved to dates, when it was not
     */
    public record Phrase(Span span, Bound bound, Optional<LocalDate> from, Optional<LocalDate> by,
                         Optional<String> unresolved) {

        /** Whether it names a date something is to be done by (or within). */
        public boolean isDeadline() {
            return bound == Bound.BY || bound == Bound.WITHIN;
        }
    }

    /** A part of a year or month: first and last day, and whether "tegen" means its start. */
    private record Part(int fromMonth, int fromDay, int toMonth, int toDay, boolean byStart, boolean season) {
    }

    private static final Map<String, Part> YEAR_PARTS = new HashMap<>();
    private static final Map<String, Part> MONTH_PARTS = new HashMap<>();
    private static final Map<String, Bound> PREPOSITIONS = new HashMap<>();
    private static final Map<String, Boolean> NEXT = new HashMap<>();
    private static final Map<String, ChronoUnit> UNITS = new HashMap<>();
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Part> YEAR_NOUNS = new HashMap<>();
    /** The phrase pattern: {@link #matches} gives what its {@code find()} gives. */
    static final Pattern PHRASE;
    /** The words one of which every phrase holds ("20", "jaar", a month, ...): most sentences have none. */
    private static final RequiredWords PHRASE_WORDS;
    /**
     * The characters a phrase can open with, in any case: the first letters of the prepositions and of
     * every word an alternative of the phrase opens with ("het", "de", "binnen", determiners, parts,
     * months, year nouns), and the digits of a day or a year.
     */
    private static final StartScan.CharSet PHRASE_STARTS;

    static {
        for (List<String> row : Gazetteer.of("year-parts").rows()) {
            String[] from = row.get(0).split("-");
            String[] to = row.get(1).split("-");
            String kind = row.get(2);
            Part part = new Part(Integer.parseInt(from[0]), Integer.parseInt(from[1]), Integer.parseInt(to[0]),
                    Integer.parseInt(to[1]), !kind.equals("vague"), kind.equals("season"));
            for (String s : row.subList(3, row.size()))
                YEAR_PARTS.put(s, part);
        }
        for (List<String> row : Gazetteer.of("month-parts").rows()) {
            int last = row.get(1).equals("L") ? 31 : Integer.parseInt(row.get(1));
            Part part = new Part(0, Integer.parseInt(row.get(0)), 0, last, false, false);
            for (String s : row.subList(2, row.size()))
                MONTH_PARTS.put(s, part);
        }
        for (List<String> row : Gazetteer.of("year-nouns").rows()) {
            String[] from = row.get(0).split("-");
            String[] to = row.get(1).split("-");
            Part part = new Part(Integer.parseInt(from[0]), Integer.parseInt(from[1]), Integer.parseInt(to[0]),
                    Integer.parseInt(to[1]), false, false);
            for (String s : row.subList(2, row.size()))
                YEAR_NOUNS.put(s, part);
        }
        for (List<String> row : Gazetteer.of("period-prepositions").rows())
            for (String s : row.subList(1, row.size()))
                PREPOSITIONS.put(s, Bound.valueOf(row.get(0).toUpperCase(Locale.ROOT)));
        for (List<String> row : Gazetteer.of("period-determiners").rows())
            for (String s : row.subList(1, row.size()))
                NEXT.put(s, row.get(0).equals("next"));
        for (List<String> row : Gazetteer.of("period-units").rows())
            for (String s : row.subList(1, row.size()))
                UNITS.put(s, ChronoUnit.valueOf(row.get(0)));
        List<List<String>> months = Gazetteer.of("months").rows();
        for (int i = 0; i < months.size(); i++)
            MONTHS.put(months.get(i).get(0), i + 1);

        String year = "20\\d{2}";
        String det = alternation(NEXT.keySet());
        String part = alternation(YEAR_PARTS.keySet());
        String month = alternation(MONTHS.keySet());
        String yearRef = "(?:(?<year>" + year + ")|(?:het\\s+)?(?<ydet>" + det + ")\\s+(?:kalender)?jaar"
                + "|(?<thisyear>het\\s+jaar))";
        String core = "(?:(?:het\\s+|de\\s+)?(?<part>" + part + ")(?<van>\\s+van)?\\s+" + yearRef
                + "|(?:het\\s+)?(?<pdet>" + det + ")\\s+(?<dpart>" + part + ")"
                + "|(?<day>\\d{1,2})(?:ste|de|e)?\\s+(?<dmonth>" + month + ")\\s+(?<dyear>" + year + ")"
                + "|(?:(?<mpart>" + alternation(MONTH_PARTS.keySet()) + ")\\s+(?:van\\s+)?)?(?<month>" + month + ")"
                + "(?:\\s+(?<myear>" + year + "))?"
                + "|(?:het\\s+|de\\s+)?(?<ynoun>" + alternation(YEAR_NOUNS.keySet()) + ")\\s+(?<ny1>" + year + ")"
                + "(?:\\s*[-–/]\\s*(?<ny2>" + year + "))?"
                + "|(?:het\\s+|de\\s+)(?<season>" + part + ")"
                + "|(?<yonly>" + year + ")"
                + "|(?:het\\s+)?(?<rdet>" + det + ")\\s+(?:kalender)?jaar"
                + "|binnen\\s+(?:de\\s+|het\\s+)?(?:(?<n>\\d{1,2}|\\p{L}+)\\s+)?(?<unit>" + alternation(UNITS.keySet()) + "))";
        PHRASE = Pattern.compile("(?<![\\p{L}\\d])(?:(?<prep>" + alternation(PREPOSITIONS.keySet()) + ")\\s+)?" + core
                + "(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        PHRASE_WORDS = RequiredWords.of(PHRASE.pattern());
        StringBuilder starts = new StringBuilder("hdb0123456789");
        for (Collection<String> words : List.of(PREPOSITIONS.keySet(), YEAR_PARTS.keySet(), NEXT.keySet(), MONTH_PARTS.keySet(),
                MONTHS.keySet(), YEAR_NOUNS.keySet()))
            for (String w : words)
                if (starts.indexOf(w.substring(0, 1)) < 0)
                    starts.append(w.charAt(0));
        PHRASE_STARTS = StartScan.anyOfIgnoringCase(starts.toString());
    }

    private DutchPeriods() {
    }

    /**
     * The period phrases in {@code region} of {@code text}, with dates resolved against a writing
     * date known to lie between {@code earliest} and {@code latest}.
     */
    public static List<Phrase> find(String text, Span region, LocalDate earliest, LocalDate latest) {
        List<Phrase> out = new ArrayList<>();
        for (MatchResult m : matches(text, region)) {
            String prep = m.group("prep");
            Bound bound = prep == null ? Bound.WITHIN : PREPOSITIONS.get(fold(prep));
            Optional<Dates> early = resolve(m, prep != null, earliest);
            if (early.isEmpty())
                continue;
            Optional<Dates> late = resolve(m, prep != null, latest);
            Span span = new Span(m.start(), m.end());
            if (m.group("unit") != null) {
                // a stretch of time counts from the latest day the answer can have been written
                out.add(new Phrase(span, Bound.BY, Optional.empty(), Optional.of(late.orElseThrow().to), Optional.empty()));
            } else if (!early.equals(late)) {
                out.add(new Phrase(span, bound, Optional.empty(), Optional.empty(), Optional.of(
                        "resolves differently for an answer written on " + earliest + " and on " + latest)));
            } else {
                Dates d = early.get();
                Optional<LocalDate> from = switch (bound) {
                    case WITHIN, FROM -> Optional.of(d.from);
                    case AFTER -> Optional.of(d.to.plusDays(1));
                    case BY -> Optional.empty();
                };
                Optional<LocalDate> by = switch (bound) {
                    case WITHIN -> Optional.of(d.to);
                    case BY -> Optional.of(d.byStart ? d.from : d.to);
                    case FROM, AFTER -> Optional.empty();
                };
                out.add(new Phrase(span, bound, from, by, Optional.empty()));
            }
        }
        return out;
    }

    /**
     * What {@code find()} of the phrase pattern gives in {@code region}, tried only where a word
     * starts: the pattern opens with {@code (?<![\p{L}\d])}, which within the region refuses an offset
     * after a letter or an ASCII digit (half a surrogate pair reads as neither) and accepts the
     * region's first offset; and only at a character a phrase can open with ({@link #PHRASE_STARTS}).
     * Every other offset costs the pattern a try for nothing.
     */
    static List<MatchResult> matches(String text, Span region) {
        List<MatchResult> out = new ArrayList<>();
        if (!PHRASE_WORDS.mayMatch(RequiredWords.fold(text.substring(region.start(), region.end()))))
            return out;
        Matcher m = PHRASE.matcher(WorkDeadline.watch(text));
        int start = region.start();
        int end = region.end();
        for (int p = start; p < end; p++) {
            if (!PHRASE_STARTS.test(text.charAt(p)) || p > start && afterWordCharacter(text, p))
                continue;
            m.region(p, end);
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                p = Math.max(m.end(), p + 1) - 1;
            }
        }
        return out;
    }

    private static boolean afterWordCharacter(String text, int p) {
        char c = text.charAt(p - 1);
        return !Character.isSurrogate(c) && (Character.isLetter(c) || c >= '0' && c <= '9');
    }

    /** First and last day of a resolved period, and whether "tegen" means its first day. */
    private record Dates(LocalDate from, LocalDate to, boolean byStart) {
    }

    /** The period a match names, written on {@code on}; empty when the match is not a period after all. */
    private static Optional<Dates> resolve(MatchResult m, boolean withPreposition, LocalDate on) {
        if (m.group("part") != null) {
            Part part = YEAR_PARTS.get(fold(m.group("part")));
            if (m.group("thisyear") != null && m.group("van") == null)
                return Optional.empty();
            int year = m.group("year") != null ? Integer.parseInt(m.group("year"))
                    : m.group("ydet") != null ? on.getYear() + (NEXT.get(fold(m.group("ydet"))) ? 1 : 0)
                    : on.getYear();
            return Optional.of(inYear(part, year));
        }
        if (m.group("dpart") != null) {
            Part part = YEAR_PARTS.get(fold(m.group("dpart")));
            if (!part.season)
                return Optional.empty();
            if (!NEXT.get(fold(m.group("pdet"))))
                return Optional.of(inYear(part, on.getYear()));
            Dates d = inYear(part, on.getYear());
            return Optional.of(d.from.isAfter(on) ? d : inYear(part, on.getYear() + 1));
        }
        if (m.group("day") != null) {
            if (!withPreposition)
                return Optional.empty();
            return DutchDates.worded(m.group("day"), m.group("dmonth"), m.group("dyear")).map(d -> new Dates(d, d, false));
        }
        if (m.group("month") != null) {
            if (!withPreposition && m.group("mpart") == null)
                return Optional.empty();
            int month = MONTHS.get(fold(m.group("month")));
            Part part = m.group("mpart") == null ? new Part(0, 1, 0, 31, true, false) : MONTH_PARTS.get(fold(m.group("mpart")));
            if (m.group("myear") != null)
                return Optional.of(inMonth(part, YearMonth.of(Integer.parseInt(m.group("myear")), month)));
            Dates d = inMonth(part, YearMonth.of(on.getYear(), month));
            return Optional.of(d.to.isBefore(on) ? inMonth(part, YearMonth.of(on.getYear() + 1, month)) : d);
        }
        if (m.group("ynoun") != null) {
            // "in het kalenderjaar 2026", "vanaf het schooljaar 2025-2026"
            if (!withPreposition)
                return Optional.empty();
            Part noun = YEAR_NOUNS.get(fold(m.group("ynoun")));
            int first = Integer.parseInt(m.group("ny1"));
            boolean straddles = noun.toMonth < noun.fromMonth;
            if (straddles != (m.group("ny2") != null)
                    || straddles && Integer.parseInt(m.group("ny2")) != first + 1)
                return Optional.empty();
            return Optional.of(new Dates(LocalDate.of(first, noun.fromMonth, noun.fromDay),
                    LocalDate.of(straddles ? first + 1 : first, noun.toMonth, noun.toDay), false));
        }
        if (m.group("season") != null) {
            Part part = YEAR_PARTS.get(fold(m.group("season")));
            if (!part.season || !withPreposition)
                return Optional.empty();
            Dates d = inYear(part, on.getYear());
            return Optional.of(d.to.isBefore(on) ? inYear(part, on.getYear() + 1) : d);
        }
        if (m.group("yonly") != null) {
            if (!withPreposition)
                return Optional.empty();
            int year = Integer.parseInt(m.group("yonly"));
            return Optional.of(new Dates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false));
        }
        if (m.group("rdet") != null) {
            int year = on.getYear() + (NEXT.get(fold(m.group("rdet"))) ? 1 : 0);
            return Optional.of(new Dates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false));
        }
        // binnen (N) UNIT: "binnen het jaar", "binnen zes maanden"; a word that is no number ("de komende") is vague
        if (m.group("prep") != null)
            return Optional.empty();
        Optional<Integer> n = m.group("n") == null ? Optional.of(1) : count(m.group("n"));
        return n.map(k -> new Dates(on, on.plus(k, UNITS.get(fold(m.group("unit")))), false));
    }

    private static Optional<Integer> count(String word) {
        if (word.chars().allMatch(Character::isDigit))
            return Optional.of(Integer.parseInt(word));
        String w = fold(word);
        if (w.equals("een") || w.equals("één"))
            return Optional.of(1);
        return DutchNumbers.parseWord(w);
    }

    private static Dates inYear(Part p, int year) {
        return new Dates(LocalDate.of(year, p.fromMonth, p.fromDay), LocalDate.of(year, p.toMonth, p.toDay), p.byStart);
    }

    private static Dates inMonth(Part p, YearMonth month) {
        int last = Math.min(p.toDay, month.lengthOfMonth());
        return new Dates(month.atDay(p.fromDay), month.atDay(last), p.byStart);
    }

    private static String fold(String s) {
        return WHITESPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** Spellings as a regex alternation, longest first, with any run of spaces between words. */
    private static String alternation(Collection<String> spellings) {
        return spellings.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(s -> Pattern.quote(s).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
