package org.policygraph.extract.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as Dutch text writes them: dots group thousands, a comma marks decimals, words count
 * ("dertien") and scale ("miljoen").
 */
public final class DutchNumbers {

    /** Digits grouped by thousands dots, with optional decimals: "14.700", "29.873.345,30". */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3}){1,6}(?:,\\d{1,6})?");
    /** Digits without grouping, with optional decimals: "13772", "60,67", "0,5". */
    private static final Pattern PLAIN = Pattern.compile("(?:0|[1-9]\\d{0,14})(?:,\\d{1,6})?");

    /** Number words that stand alone. */
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("één", 1), Map.entry("eén", 1), Map.entry("twee", 2), Map.entry("drie", 3),
            Map.entry("vier", 4), Map.entry("vijf", 5), Map.entry("zes", 6), Map.entry("zeven", 7),
            Map.entry("acht", 8), Map.entry("negen", 9), Map.entry("tien", 10), Map.entry("elf", 11),
            Map.entry("twaalf", 12), Map.entry("dertien", 13), Map.entry("veertien", 14),
            Map.entry("vijftien", 15), Map.entry("zestien", 16), Map.entry("zeventien", 17),
            Map.entry("achttien", 18), Map.entry("negentien", 19), Map.entry("twintig", 20),
            Map.entry("dertig", 30), Map.entry("veertig", 40), Map.entry("vijftig", 50),
            Map.entry("zestig", 60), Map.entry("zeventig", 70), Map.entry("tachtig", 80),
            Map.entry("negentig", 90), Map.entry("honderd", 100), Map.entry("duizend", 1000));
    /** Units that combine with tens ("een" only here: "eenentwintig"). */
    private static final Map<String, Integer> UNIT_WORDS = Map.of("een", 1, "twee", 2, "drie", 3, "vier", 4,
            "vijf", 5, "zes", 6, "zeven", 7, "acht", 8, "negen", 9);
    /** A compound of unit and tens: "eenentwintig", "tweeëntwintig", "zevenenveertig". */
    private static final Pattern COMPOUND = Pattern.compile(
            "(een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)");
    /** Words that scale the number before them: "14 miljoen", "2,5 miljard", "361 mln", "58 md". */
    private static final Map<String, BigDecimal> SCALES = Map.of(
            "duizend", BigDecimal.valueOf(1_000L), "miljoen", BigDecimal.valueOf(1_000_000L),
            "mln", BigDecimal.valueOf(1_000_000L), "mio", BigDecimal.valueOf(1_000_000L),
            "miljard", BigDecimal.valueOf(1_000_000_000L), "mld", BigDecimal.valueOf(1_000_000_000L),
            "md", BigDecimal.valueOf(1_000_000_000L), "mrd", BigDecimal.valueOf(1_000_000_000L));
    /** The kilo of "k€" ("250 k€"), which scales only when the euro sign follows it. */
    static final BigDecimal KILO = BigDecimal.valueOf(1_000L);

    private DutchNumbers() {
    }

    /** The value of a number in digits ("14.700" = 14700, "60,67" = 60.67); empty when not plainly Dutch ("4.0", "02", "1,000"). */
    public static Optional<BigDecimal> parseDigits(String s) {
        if (GROUPED.matcher(s).matches())
            return Optional.of(new BigDecimal(s.replace(".", "").replace(',', '.')));
        if (!PLAIN.matcher(s).matches())
            return Optional.empty();
        int comma = s.indexOf(',');
        // "1,000" is a thousand in English notation and one in Dutch: do not guess
        if (comma >= 0 && s.length() - comma - 1 == 3)
            return Optional.empty();
        return Optional.of(new BigDecimal(s.replace(',', '.')));
    }

    /** The value of a number word ("dertien" = 13, "tweeëntwintig" = 22); never "een", which is mostly the article. */
    public static Optional<Integer> parseWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer v = WORDS.get(w);
        if (v != null)
            return Optional.of(v);
        Matcher m = COMPOUND.matcher(w);
        if (m.matches())
            return Optional.of(UNIT_WORDS.get(m.group(1)) + WORDS.get(m.group(2)));
        return Optional.empty();
    }

    /** The factor of a scale word ("miljoen" = 1000000), empty for other words. */
    public static Optional<BigDecimal> scale(String word) {
        return Optional.ofNullable(SCALES.get(word.toLowerCase(Locale.ROOT)));
    }

    /** Whether {@code s} is four digits that can be a year, 1900 to 2099 ("2022"). */
    public static boolean isYearLike(String s) {
        return s.length() == 4 && (s.startsWith("19") || s.startsWith("20")) && s.chars().allMatch(Character::isDigit);
    }

    /** {@code value × factor}, written without trailing zeros ("14" × miljoen = 14000000, not 14000000.00). */
    static BigDecimal scaled(BigDecimal value, BigDecimal factor) {
        BigDecimal v = value.multiply(factor).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
