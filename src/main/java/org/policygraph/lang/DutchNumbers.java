package org.policygraph.lang;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.policygraph.deadline.WorkDeadline;

/**
 * Numbers as Dutch text writes them: dots group thousands, a comma marks decimals, words count
 * ("dertien") and scale ("miljoen"); the words are the lines of number-words.txt and scale-words.txt.
 */
public final class DutchNumbers {

    /** Digits grouped by thousands dots, with optional decimals: "14.700", "29.873.345,30". */
    static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3}){1,6}(?:,\\d{1,6})?");
    /** Digits without grouping, with optional decimals: "13772", "60,67", "0,5". */
    static final Pattern PLAIN = Pattern.compile("(?:0|[1-9]\\d{0,14})(?:,\\d{1,6})?");

    /** Number words that stand alone, by spelling (number-words.txt). */
    private static final Map<String, Integer> WORDS = byWord("number-words");
    /** Words that scale the number before them: "14 miljoen", "2,5 miljard" (scale-words.txt). */
    private static final Map<String, BigDecimal> SCALES = byWord("scale-words").entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> BigDecimal.valueOf(e.getValue())));
    /** The units a compound opens with, as alternatives: "een" counts only here. */
    private static final String UNITS = "een|" + spellings(1, 9);
    /** A compound of a unit and tens: "eenentwintig", "tweeëntwintig", "zevenenveertig"; "een" counts only here. */
    private static final Pattern COMPOUND = Pattern.compile("(" + UNITS + ")[eë]n(" + spellings(20, 90) + ")");
    /** The tens a compound ends in: only a word ending in one can be a compound, so most words skip the pattern. */
    private static final List<String> TENS = List.of(spellings(20, 90).split("\\|"));
    /** What all the tens end in ("tig"): a word that does not is no compound, tested before each of them. */
    private static final String TENS_ENDING = commonEnding(TENS);
    /**
     * The lengths a number word can have, read from the lists: a spelling's, or a compound's (a
     * unit, "en" or "ën", tens). Most words the figure reader asks about ("de", "en", "leerlingen")
     * have none of them and are answered without a lookup.
     */
    private static final boolean[] WORD_LENGTHS = wordLengths();
    /**
     * By length, first and last letter (a to z), whether a number word is shaped so: a spelling of
     * the lists, or a compound. Of the words that pass the lengths ("het", "van", "leerlingen") most
     * have no number word's shape, and are answered without hashing them for a lookup.
     */
    private static final boolean[][][] WORD_SHAPES = wordShapes();
    /** The kilo of "k€" ("250 k€"), which scales only when the euro sign follows it. */
    public static final BigDecimal KILO = BigDecimal.valueOf(1_000L);

    private DutchNumbers() {
    }

    private static Map<String, Integer> byWord(String list) {
        Map<String, Integer> out = new HashMap<>();
        for (List<String> row : Gazetteer.of(list).rows())
            for (String word : row.subList(1, row.size()))
                out.put(word, Integer.parseInt(row.get(0)));
        return Map.copyOf(out);
    }

    /** The spellings of the number words from {@code low} to {@code high} as alternatives: "twee|drie|...". */
    private static String spellings(int low, int high) {
        return WORDS.entrySet().stream().filter(e -> e.getValue() >= low && e.getValue() <= high)
                .map(Map.Entry::getKey).filter(w -> w.chars().allMatch(c -> c >= 'a' && c <= 'z'))
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining("|"));
    }

    /** The value of a number in digits ("14.700" = 14700, "60,67" = 60.67); empty when not plainly Dutch ("4.0", "02", "1,000"). */
    public static Optional<BigDecimal> parseDigits(String s) {
        if (isGrouped(s))
            return Optional.of(new BigDecimal(s.replace(".", "").replace(',', '.')));
        if (!isPlain(s))
            return Optional.empty();
        int comma = s.indexOf(',');
        // "1,000" is a thousand in English notation and one in Dutch: do not guess
        if (comma >= 0 && s.length() - comma - 1 == 3)
            return Optional.empty();
        return Optional.of(new BigDecimal(s.replace(',', '.')));
    }

    private static String commonEnding(List<String> words) {
        String ending = words.get(0);
        for (String w : words)
            while (!w.endsWith(ending))
                ending = ending.substring(1);
        return ending;
    }

    /**
     * Whether {@link #GROUPED} matches all of {@code s}, read by hand: this runs for every number of
     * every text. Each group is a dot and three digits, so the groups read are the only ones the
     * pattern can take: fewer would leave a dot where only a comma or the end may follow.
     */
    static boolean isGrouped(String s) {
        int lead = digits(s, 0, 4);
        if (lead < 1 || lead > 3)
            return false;
        int i = lead;
        int groups = 0;
        while (i < s.length() && s.charAt(i) == '.' && digits(s, i + 1, 4) == 3) {
            i += 4;
            groups++;
        }
        return groups >= 1 && groups <= 6 && decimalsOrEnd(s, i);
    }

    /** Whether {@link #PLAIN} matches all of {@code s}, read by hand as {@link #isGrouped} is. */
    static boolean isPlain(String s) {
        if (s.isEmpty() || s.charAt(0) < '0' || s.charAt(0) > '9')
            return false;
        int whole = s.charAt(0) == '0' ? 1 : digits(s, 0, 16);
        return whole <= 15 && decimalsOrEnd(s, whole);
    }

    /** Whether {@code s} ends at {@code i}, or goes on with a comma and one to six digits to its end: "(?:,\\d{1,6})?$". */
    private static boolean decimalsOrEnd(String s, int i) {
        if (i == s.length())
            return true;
        if (s.charAt(i) != ',')
            return false;
        int decimals = digits(s, i + 1, 7);
        return decimals >= 1 && decimals <= 6 && i + 1 + decimals == s.length();
    }

    /** How many ASCII digits follow from {@code from} on, counted up to {@code most}. */
    private static int digits(String s, int from, int most) {
        int n = 0;
        while (n < most && from + n < s.length() && s.charAt(from + n) >= '0' && s.charAt(from + n) <= '9')
            n++;
        return n;
    }

    private static boolean[][][] wordShapes() {
        boolean[][][] shapes = new boolean[WORD_LENGTHS.length][26][26];
        List<String> shaped = new java.util.ArrayList<>(WORDS.keySet());
        for (String unit : UNITS.split("\\|"))
            for (String tens : TENS)
                for (String infix : List.of("en", "ën"))
                    shaped.add(unit + infix + tens);
        for (String w : shaped) {
            char first = w.charAt(0);
            char last = w.charAt(w.length() - 1);
            if (w.length() < shapes.length && isAsciiLower(first) && isAsciiLower(last))
                shapes[w.length()][first - 'a'][last - 'a'] = true;
        }
        return shapes;
    }

    /**
     * False where {@code word} has no number word's length, or (its first and last letter in ASCII,
     * read in lower case) no number word's shape.
     */
    private static boolean mayBeShaped(String word) {
        int n = word.length();
        if (n >= WORD_LENGTHS.length || !WORD_LENGTHS[n])
            return false;
        char first = asciiLower(word.charAt(0));
        char last = asciiLower(word.charAt(n - 1));
        return !isAsciiLower(first) || !isAsciiLower(last) || WORD_SHAPES[n][first - 'a'][last - 'a'];
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean[] wordLengths() {
        IntSummaryStatistics units = Arrays.stream(UNITS.split("\\|")).mapToInt(String::length).summaryStatistics();
        IntSummaryStatistics tens = TENS.stream().mapToInt(String::length).summaryStatistics();
        // "[eë]n" between unit and tens: two characters
        int longestCompound = units.getMax() + 2 + tens.getMax();
        int longest = WORDS.keySet().stream().mapToInt(String::length).max().orElse(0);
        boolean[] lengths = new boolean[Math.max(longest, longestCompound) + 1];
        for (String w : WORDS.keySet())
            lengths[w.length()] = true;
        for (int n = units.getMin() + 2 + tens.getMin(); n <= longestCompound; n++)
            lengths[n] = true;
        return lengths;
    }

    /** The value of a number word ("dertien" = 13, "tweeëntwintig" = 22); never "een", which is mostly the article. */
    public static Optional<Integer> parseWord(String word) {
        // most words are refused by their length and shape before they are lower-cased: lower case
        // keeps a word's length but for "İ", and an ASCII letter's is its own
        if (word.indexOf('\u0130') < 0 && !mayBeShaped(word))
            return Optional.empty();
        String w = word.toLowerCase(Locale.ROOT);
        if (!mayBeShaped(w))
            return Optional.empty();
        Integer v = WORDS.get(w);
        if (v != null)
            return Optional.of(v);
        if (!endsInTens(w))
            return Optional.empty();
        Matcher m = COMPOUND.matcher(WorkDeadline.watch(w));
        if (m.matches())
            return Optional.of((m.group(1).equals("een") ? 1 : WORDS.get(m.group(1))) + WORDS.get(m.group(2)));
        return Optional.empty();
    }

    /** A loop, not a stream: this runs for every word the figure reader looks at. */
    private static boolean endsInTens(String w) {
        if (!w.endsWith(TENS_ENDING))
            return false;
        for (String tens : TENS)
            if (w.endsWith(tens))
                return true;
        return false;
    }

    /** The factor of a scale word ("miljoen" = 1000000), empty for other words. */
    public static Optional<BigDecimal> scale(String word) {
        return Optional.ofNullable(SCALES.get(word.toLowerCase(Locale.ROOT)));
    }

    /** Whether {@code s} is four digits that can be a year, 1900 to 2099 ("2022"). */
    public static boolean isYearLike(String s) {
        return s.length() == 4 && (s.startsWith("19") || s.startsWith("20")) && Character.isDigit(s.charAt(2)) && Character.isDigit(s.charAt(3));
    }

    /** {@code value × factor}, written without trailing zeros ("14" × miljoen = 14000000, not 14000000.00). */
    public static BigDecimal scaled(BigDecimal value, BigDecimal factor) {
        BigDecimal v = value.multiply(factor).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
