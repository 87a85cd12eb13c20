package org.policygraph.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.Offsets;
import org.policygraph.deadline.PatternSpace;
import org.policygraph.deadline.StartScan;
import org.policygraph.lang.DutchDates;
import org.policygraph.lang.RequiredWords;
import org.policygraph.model.Located;
import org.policygraph.model.Span;
import org.policygraph.text.TokenStream;

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
    static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\d.,])\\d{1,2}(?:ste|de|e)?\\s" + MONTH + "\\b\\.?(?:\\s(?<year>(?:19|20)\\d{2})\\b)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A month with a year: "oktober 2023", "februari 2023". */
    static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s(?<year>(?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A numeric date, day first or ISO: "05-09-2023", "5/9/2023", "2023-09-05". */
    static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d.,])(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?<year>(?:19|20)\\d{2})|(?<isoyear>(?:19|20)\\d{2})-\\d{2}-\\d{2})(?![\\d])");
    /** A school year or a period of years: "2020-2021", "2017-2018", "2020-21", "2021–2025". */
    static final Pattern PERIOD = Pattern.compile(
            "(?<![\\d.,])(?:19|20)\\d{2}\\s?[-–/]\\s?(?:(?:19|20)\\d{2}|\\d{2})(?!\\d)");
    /** A web or mail address: "https://www.vlor.be/adviezen/x", "www.vlaanderen.be", "info@vlor.be". */
    static final Pattern ADDRESS = Pattern.compile(
            "(?:https?://|www\\.)[^\\s]{1,500}|(?<![\\w.+-])[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,5}");
    /** A Belgian phone number: "02 553 50 50", "+32 2 553 50 50", "09/123.45.67", "0475 12 34 56". */
    static final Pattern PHONE = Pattern.compile(
            "(?:\\+32\\s?(?:\\(0\\))?|(?<![\\d.,])0)\\d{1,3}(?:[\\s./]\\d{2,3}){2,4}(?![\\d])");

    /** What a mail address's name is made of before its "@": "[\\w.+-]" of {@link #ADDRESS}. */
    private static final StartScan.CharSet MAIL_NAME = StartScan.anyOf(
            ".+-_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    /** Where a match of each pattern can start: a phone number at "+" or "0", a period at its century. */
    private static final StartScan.Starts PHONE_STARTS = StartScan.anyOf("+0");
    private static final StartScan.Starts PERIOD_STARTS = StartScan.anyOf("12");
    /** What the look-behind "(?<![\\d.,])" refuses before a date or period: a digit, dot or comma. */
    private static final StartScan.Starts IN_NUMBER = StartScan.anyOf("0123456789.,");
    /** What "\\b" before a month name refuses: a word character, which for "\\b" is ASCII alone ("é" is none). */
    private static final StartScan.Starts IN_WORD = StartScan.anyOf(
            "_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    /** Every spelling of a month, in lower case: the alternatives of {@link #MONTH}, "(?:juli|juni|...)". */
    private static final String[] MONTH_SPELLINGS = MONTH.substring(3, MONTH.length() - 1).split("\\|");
    private static final StartScan.Starts MONTH_STARTS = StartScan.anyOfIgnoringCase(firstLetters(MONTH_SPELLINGS));

    private NonFigureSpans() {
    }

    /** The non-figure spans in {@code region} of {@code text}, in text order. */
    static List<NonFigure> find(String text, Span region) {
        return find(text, region, TokenStream.of(text, region));
    }

    /**
     * As {@link #find(String, Span)}, with the region's tokens: every date, period and phone number
     * opens with a number token (or the "+" of "+32"), so only those are tried, each after a test of
     * the few characters its pattern needs next.
     */
    static List<NonFigure> find(String text, Span region, TokenStream tokens) {
        return find(new Located(region.of(text), region), tokens);
    }

    /** As {@link #find(String, Span, TokenStream)}, for a region whose text is cut already. */
    static List<NonFigure> find(Located region, TokenStream tokens) {
        // earlier patterns win where matches overlap: "2023-09-05" is a date, not the period "2023-09"
        TreeMap<Integer, NonFigure> byStart = new TreeMap<>();
        // the region alone, as the patterns may see it: no look-behind or word boundary reads past its start
        String r = region.text();
        int at = region.span().start();
        // a mail address needs its "@"; without one, only web addresses, which open with "http" or "www."
        int[] addresses = addressStarts(r);
        if (addresses.length > 0)
            addAll(byStart, ADDRESS, r, at, StartScan.atAny(ADDRESS, r, addresses, addresses.length), Kind.ADDRESS);
        NumberStarts numbers = new NumberStarts(r, at, tokens);
        addAll(byStart, PHONE, r, at, numbers.scan(PHONE, NonFigureSpans::phoneAt), Kind.PHONE);
        addAll(byStart, NUMERIC_DATE, r, at, numbers.scan(NUMERIC_DATE, NonFigureSpans::numericDateAt), Kind.DATE, "year", "isoyear");
        addAll(byStart, DAY_MONTH, r, at, numbers.scan(DAY_MONTH, NonFigureSpans::dayMonthAt), Kind.DATE, "year");
        int[] years = yearStarts(r);
        if (years.length > 0) {
            int[] months = monthsBeforeYears(r, years);
            addAll(byStart, MONTH_YEAR, r, at, StartScan.at(MONTH_YEAR, r, months, months.length), Kind.DATE, "year");
        }
        addAll(byStart, PERIOD, r, at, numbers.scan(PERIOD, NonFigureSpans::periodAt), Kind.PERIOD);
        return new ArrayList<>(byStart.values());
    }

    /**
     * Where {@link #ADDRESS} can match: at each "http" and "www.", and where the name before an "@"
     * starts (its look-behind refuses a start inside the name, so a mail address starts there or
     * nowhere). Tried at every letter of a region that holds an "@", the pattern read each word up to
     * 64 characters and back before it failed.
     */
    private static int[] addressStarts(String r) {
        Offsets out = new Offsets();
        for (String opening : new String[] {"http", "www."})
            for (int q = r.indexOf(opening); q >= 0; q = r.indexOf(opening, q + 1))
                out.add(q);
        for (int q = r.indexOf('@'); q >= 0; q = r.indexOf('@', q + 1)) {
            int p = q;
            while (p > 0 && MAIL_NAME.test(r.charAt(p - 1)))
                p--;
            if (p < q)
                out.add(p);
        }
        return out.toArray();
    }

    /**
     * Where the region's number tokens start (and its "+" symbols), relative to the region, with
     * what the look-behind "(?<![\\d.,])" refuses left out: a number token never follows a digit,
     * but may follow a dot or comma ("a.5").
     */
    private static final class NumberStarts {
        private final String r;
        private final Offsets starts = new Offsets();

        NumberStarts(String r, int at, TokenStream tokens) {
            this.r = r;
            for (int i = 0; i < tokens.size(); i++) {
                TokenStream.Kind kind = tokens.kind(i);
                int p = tokens.start(i) - at;
                boolean number = kind == TokenStream.Kind.NUMBER && (p == 0 || !IN_NUMBER.test(r.charAt(p - 1)));
                if (number || kind == TokenStream.Kind.SYMBOL && r.charAt(p) == '+')
                    starts.add(p);
            }
        }

        /** The matches of {@code pattern} that start at one of these offsets {@code test} accepts. */
        StartScan scan(Pattern pattern, StartScan.Candidates test) {
            int[] kept = new int[starts.size()];
            int n = 0;
            for (int i = 0; i < starts.size(); i++)
                if (test.at(r, starts.get(i)))
                    kept[n++] = starts.get(i);
            return StartScan.at(pattern, r, kept, n);
        }
    }

    /** {@link #PHONE} opens with "+32", or with "0" and a digit. */
    private static boolean phoneAt(CharSequence r, int p) {
        char c = r.charAt(p);
        if (c == '+')
            return p + 2 < r.length() && r.charAt(p + 1) == '3' && r.charAt(p + 2) == '2';
        return c == '0' && p + 1 < r.length() && isDigit(r.charAt(p + 1));
    }

    /** {@link #NUMERIC_DATE}: a separator after one or two digits, or a year and a hyphen ("2023-"). */
    private static boolean numericDateAt(CharSequence r, int p) {
        if (!isDigit(r.charAt(p)))
            return false;
        int n = r.length();
        if (p + 1 < n && isDateSeparator(r.charAt(p + 1))
                || p + 2 < n && isDigit(r.charAt(p + 1)) && isDateSeparator(r.charAt(p + 2)))
            return true;
        return centuryAt(r, p) && p + 4 < n && r.charAt(p + 4) == '-';
    }

    private static boolean isDateSeparator(char c) {
        return c == '-' || c == '/' || c == '.';
    }

    /**
     * {@link #DAY_MONTH}: one or two digits, at most three characters of "ste", "de" or "e" (any
     * case), one whitespace character, and a month's first letter.
     */
    private static boolean dayMonthAt(CharSequence r, int p) {
        if (!isDigit(r.charAt(p)))
            return false;
        int n = r.length();
        for (int k = p + 1; k <= p + 5 && k + 1 < n; k++)
            if (PatternSpace.is(r.charAt(k)) && monthAt(r, k + 1))
                return true;
        return false;
    }

    /** {@link #PERIOD}: a year of the century (19xx, 20xx) and a dash or slash, one whitespace character allowed between. */
    private static boolean periodAt(CharSequence r, int p) {
        if (!centuryAt(r, p) || p + 4 >= r.length())
            return false;
        char c = r.charAt(p + 4);
        if (isPeriodDash(c))
            return true;
        return PatternSpace.is(c) && p + 5 < r.length() && isPeriodDash(r.charAt(p + 5));
    }

    private static boolean isPeriodDash(char c) {
        return c == '-' || c == '–' || c == '/';
    }

    /** "19" or "20" and two digits at {@code p}. */
    private static boolean centuryAt(CharSequence r, int p) {
        if (p + 3 >= r.length())
            return false;
        char c = r.charAt(p);
        char d = r.charAt(p + 1);
        return (c == '1' && d == '9' || c == '2' && d == '0') && isDigit(r.charAt(p + 2)) && isDigit(r.charAt(p + 3));
    }

    /** The longest month name or abbreviation, in characters. */
    private static final int LONGEST_MONTH = java.util.Arrays.stream(MONTH_SPELLINGS).mapToInt(String::length).max().orElse(0);

    /**
     * Offsets where "(19|20)" and two digits start: a match of {@link #MONTH_YEAR} holds one right
     * after its month. Most regions have none, and then the month scan, which would otherwise try
     * the pattern at nearly every word that opens with a month's letter, is not run at all.
     */
    private static int[] yearStarts(String r) {
        Offsets out = new Offsets();
        for (int q = 0; q + 3 < r.length(); q++) {
            char c = r.charAt(q);
            char d = r.charAt(q + 1);
            if ((c == '1' && d == '9' || c == '2' && d == '0') && isDigit(r.charAt(q + 2)) && isDigit(r.charAt(q + 3)))
                out.add(q);
        }
        return out.toArray();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Candidates of {@link #MONTH_YEAR}, in order: a month where "\\b" can hold, with a year starting
     * within a month's length, an optional dot and one space after it. Only the stretch before each
     * year is looked at, not the whole region.
     */
    private static int[] monthsBeforeYears(String r, int[] years) {
        Offsets out = new Offsets();
        int next = 0;
        for (int year : years) {
            for (int p = Math.max(next, year - LONGEST_MONTH - 2); p <= year - 2; p++)
                // "\\b" cannot hold between two ASCII word characters; elsewhere the pattern decides
                // ("ſ" is no word character yet matches an "s" of the month, a mark after a letter is one)
                if (!(p > 0 && IN_WORD.test(r.charAt(p - 1)) && IN_WORD.test(r.charAt(p))) && monthAt(r, p))
                    out.add(p);
            next = Math.max(next, year - 1);
        }
        return out.toArray();
    }

    /**
     * Whether a spelling of a month starts at {@code p}, compared as the patterns compare (case
     * folded). Most numbers are followed by a word that opens with a month's letter ("5 jongeren", "3
     * meisjes"), and most years by one too ("schooljaar 2023"): only real months are tried.
     */
    private static boolean monthAt(CharSequence t, int p) {
        if (!MONTH_STARTS.test(t.charAt(p)))
            return false;
        for (String month : MONTH_SPELLINGS) {
            if (p + month.length() > t.length())
                continue;
            int i = 0;
            while (i < month.length() && RequiredWords.fold(t.charAt(p + i)) == month.charAt(i))
                i++;
            if (i == month.length())
                return true;
        }
        return false;
    }

    /** The first letter of every word. */
    private static String firstLetters(String[] words) {
        StringBuilder out = new StringBuilder();
        for (String word : words)
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
