package org.policygraph.lang;

import java.util.Optional;

/**
 * The councils and auditing bodies that advise government or parliament, their sub-councils and
 * the other well-known bodies texts name: the lists {@code councils.txt}, {@code sub-councils.txt}
 * and {@code bodies.txt}. A new council is a line in {@code councils.txt}.
 */
public final class Councils {

    /** A name stands alone: no letter, digit or hyphen glued to either side. */
    private static final String BEFORE = "(?<![\\p{L}\\d-])";
    private static final String AFTER = "(?![\\p{L}\\d-])";

    /** Any spelling of a council, as a whole word: "Vlor", "VLOR", "Mina-raad", "Raad van State". */
    public static final String COUNCIL_REGEX = BEFORE + Gazetteer.of("councils").regex(true) + AFTER;
    /** Any sub-council: "Raad Secundair Onderwijs", "Algemene Raad". */
    public static final String SUB_COUNCIL_REGEX = BEFORE + Gazetteer.of("sub-councils").regex(false) + AFTER;
    /** Any council, sub-council or other well-known body: "De Lijn", "VDAB", "Vlor", "Raad Hoger Onderwijs". */
    public static final String BODY_REGEX = BEFORE + "(?:" + Gazetteer.of("bodies").regex(true) + "|"
            + Gazetteer.of("councils").regex(true) + "|" + Gazetteer.of("sub-councils").regex(false) + ")" + AFTER;

    /** Where a match of {@link #COUNCIL_REGEX} can start: the first character of every spelling. */
    public static final String COUNCIL_INITIALS = Gazetteer.of("councils").initials(true);
    /** Where a match of {@link #SUB_COUNCIL_REGEX} can start: the first character of every spelling. */
    public static final String SUB_COUNCIL_INITIALS = Gazetteer.of("sub-councils").initials(false);
    /** Where a match of {@link #BODY_REGEX} can start: the first character of every spelling. */
    public static final String BODY_INITIALS = Gazetteer.of("bodies").initials(true) + Gazetteer.of("councils").initials(true)
            + Gazetteer.of("sub-councils").initials(false);
    /** Every spelling {@link #BODY_REGEX} alternates. */
    private static final Spellings BODY_SPELLINGS = new Spellings(java.util.stream.Stream.of(
                    Gazetteer.of("bodies").spellings(true), Gazetteer.of("councils").spellings(true),
                    Gazetteer.of("sub-councils").spellings(false))
            .flatMap(java.util.Set::stream).distinct().toArray(String[]::new));

    /** Every spelling {@link #COUNCIL_REGEX} alternates. */
    private static final Spellings COUNCIL_SPELLINGS = new Spellings(Gazetteer.of("councils").spellings(true).toArray(String[]::new));
    /** Every spelling {@link #SUB_COUNCIL_REGEX} alternates. */
    private static final Spellings SUB_COUNCIL_SPELLINGS = new Spellings(Gazetteer.of("sub-councils").spellings(false).toArray(String[]::new));

    /**
     * Spellings by their first character: a scan asks at every capital of a text whether a name
     * starts there, and only the names that open with that capital can.
     */
    private static final class Spellings {
        private final java.util.Map<Character, java.util.List<String>> byFirst = new java.util.HashMap<>();

        Spellings(String[] spellings) {
            for (String s : spellings)
                if (!s.isEmpty())
                    byFirst.computeIfAbsent(s.charAt(0), k -> new java.util.ArrayList<>()).add(s);
        }

        java.util.List<String> opening(char c) {
            return byFirst.getOrDefault(c, java.util.List.of());
        }
    }

    /**
     * Whether a spelling of {@link #BODY_REGEX} starts at {@code p} with no letter, digit or hyphen
     * glued before: where a match can start, tested without the whole alternation.
     */
    public static boolean bodyMayStartAt(CharSequence text, int p) {
        return mayStartAt(BODY_SPELLINGS, text, p);
    }

    /** As {@link #bodyMayStartAt}, for {@link #COUNCIL_REGEX}: every document's head is searched for a council. */
    public static boolean councilMayStartAt(CharSequence text, int p) {
        return mayStartAt(COUNCIL_SPELLINGS, text, p);
    }

    /** As {@link #bodyMayStartAt}, for {@link #SUB_COUNCIL_REGEX}. */
    public static boolean subCouncilMayStartAt(CharSequence text, int p) {
        return mayStartAt(SUB_COUNCIL_SPELLINGS, text, p);
    }

    private static boolean mayStartAt(Spellings spellings, CharSequence text, int p) {
        if (p >= text.length() || p > 0 && gluedBefore(text.charAt(p - 1)))
            return false;
        for (String spelling : spellings.opening(text.charAt(p)))
            if (startsWith(text, spelling, p))
                return true;
        return false;
    }

    private static boolean startsWith(CharSequence text, String prefix, int p) {
        if (p + prefix.length() > text.length())
            return false;
        for (int i = 0; i < prefix.length(); i++)
            if (text.charAt(p + i) != prefix.charAt(i))
                return false;
        return true;
    }

    /** What a name never follows ({@link #BODY_REGEX}'s look-behind): a letter, digit or hyphen. */
    public static boolean gluedBefore(char c) {
        return Character.isLetter(c) || c >= '0' && c <= '9' || c == '-';
    }

    private Councils() {
    }

    /** The council's name in the graph for any spelling ("VLOR" -> "Vlor"); empty for no council. */
    public static Optional<String> council(String spelling) {
        return Gazetteer.of("councils").canonical(spelling);
    }

    /** The council a sub-council belongs to ("Raad Hoger Onderwijs" -> "Vlor"). */
    public static Optional<String> councilOf(String subCouncil) {
        return Gazetteer.of("sub-councils").field(subCouncil, 1);
    }
}
