package org.policygraph.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.StartScan;
import org.policygraph.lang.DutchDates;
import org.policygraph.model.Span;

/**
 * Spans of text whose digits are never figures: dates, school years and periods, web and mail
 * addresses, phone numbers. Found before figures are read, so that "1 juli 2022" never yields
 * "1" and "2022"; a date keeps its year, which can become a figure's reference year.
 */
final class NonFigureSpans {

    /** What kind of non-figure a span is. */
    enum Kind { DATE, PERIOD, ADDRESS, PHONE }

    /** One span that holds no figure; {@code year} for dates that name one. */
    record NonFigure(Span span, Kind kind, Optional<Integer> year) {
    }

    /** A Dutch month name or abbreviation: "juli", "sept", "okt". */
    private static final String MONTH = DutchDates.MONTH_REGEX;

    /** A day and month with an optional year: "1 juli 2022", "1ste juli 2022", "31 augustus", "1 sept. 2023". */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\d.,])\\d{1,2}(?:ste|de|e)?\\s" + MONTH + "\\b\\.?(?:\\s(?<year>(?:19|20)\\d{2})\\b)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A month with a year: "oktober 2023", "februari 2023". */
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s(?<year>(?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A numeric date, day first or ISO: "05-09-2023", "5/9/2023", "2023-09-05". */
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d.,])(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?<year>(?:19|20)\\d{2})|(?<isoyear>(?:19|20)\\d{2})-\\d{2}-\\d{2})(?![\\d])");
    /** A school year or a period of years: "2020-2021", "2017-2018", "2020-21", "2021–2025". */
    private static final Pattern PERIOD = Pattern.compile(
            "(?<![\\d.,])(?:19|20)\\d{2}\\s?[-–/]\\s?(?:(?:19|20)\\d{2}|\\d{2})(?!\\d)");
    /** A web or mail address: "https://www.vlor.be/adviezen/x", "www.vlaanderen.be", "info@vlor.be". */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:https?://|www\\.)[^\\s]{1,500}|(?<![\\w.+-])[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,5}");
    /** A Belgian phone number: "02 553 50 50", "+32 2 553 50 50", "09/123.45.67", "0475 12 34 56". */
    private static final Pattern PHONE = Pattern.compile(
            "(?:\\+32\\s?(?:\\(0\\))?|(?<![\\d.,])0)\\d{1,3}(?:[\\s./]\\d{2,3}){2,4}(?![\\d])");

    /** Where a match of each pattern can start: a phone number at "+" or "0", a period at its century. */
    private static final StartScan.Starts WEB_STARTS = StartScan.anyOf("hw");
    private static final StartScan.Starts ADDRESS_STARTS = StartScan.anyOf(
            "hw.+-_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    private static final StartScan.Starts PHONE_STARTS = StartScan.anyOf("+0");
    private static final StartScan.Starts PERIOD_STARTS = StartScan.anyOf("12");
    /** What the look-behind "(?<![\\d.,])" refuses before a date or period: a digit, dot or comma. */
    private static final StartScan.Starts IN_NUMBER = StartScan.anyOf("0123456789.,");
    /** What "\\b" before a month name refuses: a word character, which for "\\b" is ASCII alone ("é" is none). */
    private static final StartScan.Starts IN_WORD = StartScan.anyOf(
            "_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    private static final StartScan.Starts MONTH_STARTS = StartScan.anyOfIgnoringCase(firstLetters(MONTH));

    private NonFigureSpans() {
    }

    /** The non-figure spans in {@code region} of {@code text}, in text order. */
    static List<NonFigure> find(String text, Span region) {
        // earlier patterns win where matches overlap: "2023-09-05" is a date, not the period "2023-09"
        TreeMap<Integer, NonFigure> byStart = new TreeMap<>();
        // the region alone, as the patterns may see it: no look-behind or word boundary reads past its start
        String r = region.of(text);
        int at = region.start();
        // a mail address needs its "@"; without one, only web addresses can start a match
        addAll(byStart, ADDRESS, r, at, StartScan.of(ADDRESS, r, r.indexOf('@') >= 0 ? ADDRESS_STARTS : WEB_STARTS), Kind.ADDRESS);
        addAll(byStart, PHONE, r, at, StartScan.of(PHONE, r, PHONE_STARTS), Kind.PHONE);
        addAll(byStart, NUMERIC_DATE, r, at, StartScan.of(NUMERIC_DATE, r, StartScan.DIGITS, IN_NUMBER), Kind.DATE, "year", "isoyear");
        addAll(byStart, DAY_MONTH, r, at, StartScan.of(DAY_MONTH, r, StartScan.DIGITS, IN_NUMBER), Kind.DATE, "year");
        addAll(byStart, MONTH_YEAR, r, at, StartScan.of(MONTH_YEAR, r, MONTH_STARTS, IN_WORD), Kind.DATE, "year");
        addAll(byStart, PERIOD, r, at, StartScan.of(PERIOD, r, PERIOD_STARTS, IN_NUMBER), Kind.PERIOD);
        return new ArrayList<>(byStart.values());
    }

    /** The first letter of every alternative of a group of words "(?:juli|juni|...)". */
    private static String firstLetters(String alternatives) {
        StringBuilder out = new StringBuilder();
        for (String word : alternatives.substring(3, alternatives.length() - 1).split("\\|"))
            if (out.indexOf(word.substring(0, 1)) < 0)
                out.append(word.charAt(0));
        return out.toString();
    }

    private static void addAll(TreeMap<Integer, NonFigure> byStart, Pattern p, String r, int at, StartScan scan,
                               Kind kind, String... yearGroups) {
        Matcher m = scan.matcher();
        while (scan.find()) {
            Span s = new Span(at + m.start(), at + m.end());
            Map.Entry<Integer, NonFigure> before = byStart.floorEntry(s.start());
            Map.Entry<Integer, NonFigure> after = byStart.ceilingEntry(s.start());
            if (before != null && overlaps(before.getValue().span(), s) || after != null && overlaps(after.getValue().span(), s))
                continue;
            byStart.put(s.start(), new NonFigure(s, kind, year(m, yearGroups)));
        }
    }

    private static Optional<Integer> year(Matcher m, String... groups) {
        for (String g : groups)
            if (m.group(g) != null)
                return Optional.of(Integer.parseInt(m.group(g)));
        return Optional.empty();
    }

    static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
