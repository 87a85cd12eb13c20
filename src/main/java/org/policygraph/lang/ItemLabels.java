package org.policygraph.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;

/**
 * Item labels at the start of a line, in every style Flemish documents use: "1.", "1)", "1°",
 * "(1)", "a)", "(a)", "a.", "A.", "A)", "I.", "II)", "i.", "iv)", ranges and unions ("9-11",
 * "a-d)", "b-c+f)") and bullets ("•", "▪", "o", "-", "–", "*", U+F0B7).
 * <pre>{@code
 * ItemLabels.atStart("b-c+f) Zie hoger.")   // ItemLabel[written=b-c+f), core=b-c+f, LOWER_LETTER, [b, c, f], 7]
 * ItemLabels.atStart("2023. Een jaar")       // empty: numbers above 99 are not labels
 * }</pre>
 * A single "i", "v" or "x" is read as a roman numeral and "c", "d", "l", "m" as letters: that is
 * the most plausible reading of the label alone. Which one it is depends on its context (after
 * "h)" an "i)" is a letter), and that is for the outline reader to decide, with {@link #as}.
 */
public final class ItemLabels {

    /** Characters that open a bulleted item when a space or the end of the line follows. */
    private static final String BULLETS = "•▪◦‣⁃■□►➢➤✓–—-*o·\uF0B7\uF0A7\uF076\uF0D8\uF0FC";
    /** The ASCII {@link #BULLETS} as a table: most lines open with an ASCII letter, asked for a bullet by several readers. */
    private static final boolean[] ASCII_BULLETS = asciiTable(BULLETS);

    /** One member of a label: "12", "b", "iv", "B", "III". */
    private static final String ELEMENT = "(?:\\d{1,2}|[a-zA-Z]{1,7})";
    /** A label core: one member or a range/union of them, "b-c+f", "9 - 11", "a, c". */
    private static final String CORE = ELEMENT + "(?: ?[-–+,] ?" + ELEMENT + "){0,12}";
    /** A core in brackets: "(a)", "( iv )". Group 1: the core. */
    static final Pattern BRACKETED = Pattern.compile("^\\( ?(" + CORE + ") ?\\)");
    /** A core and its punctuation: "3.", "a)", "1°", "a-d)". Groups: 1 core, 2 punctuation. */
    static final Pattern PUNCTUATED = Pattern.compile("^(" + CORE + ")(\\.\\)|[.)°])");
    /** A number range with no punctuation, followed by a space or the end: "9-11". Group 1: core. */
    static final Pattern BARE_RANGE = Pattern.compile("^(\\d{1,2} ?[-–] ?\\d{1,2})(?=[ \\t]|$)");
    /** A separator inside a core, spaces included: "-", " + ", ", ". */
    private static final Pattern SEPARATOR = Pattern.compile(" ?([-–+,]) ?");
    /** Roman numerals one to thirty-nine, lower case. */
    private static final Pattern ROMAN = Pattern.compile("x{0,3}(?:ix|iv|v?i{0,3})");
    /** An initial: "B.", "J.-M.". */
    private static final Pattern INITIAL = Pattern.compile("^\\p{Lu}\\.");
    /** A word of capitals, as surnames are often written: "JANSSENS", "D'HAESE". */
    private static final Pattern CAPITALS_WORD = Pattern.compile("^\\p{Lu}[\\p{Lu}'’-]+(?=[ ,]|$)");
    /** One capitalised word, then the end of the line or a comma: "Janssens", "Janssens, minister". Group 1: word. */
    private static final Pattern LONE_WORD = Pattern.compile("^(\\p{Lu}[\\p{L}'’-]+)(?:,.*)?$");

    private static final int MAX_NUMBER = 99;

    private ItemLabels() {
    }

    /**
     * The label at the very start of {@code line}, if any. A label alone on its line counts.
     * Not labels: a year or amount ("2023. ", "14.700 euro"), an abbreviation or initial
     * ("o.a.", "i.v.m.", "A. Janssens"), a decimal ("1.5"), a word ("Ik"), numbers above 99.
     */
    public static Optional<ItemLabel> atStart(CharSequence line) {
        return read(line, true);
    }

    /**
     * The label at the start of {@code line} even where it looks like an initial ("A. Personeel"):
     * for an outline reader that has seen the letters go on ("B. Werking" further down).
     */
    public static Optional<ItemLabel> atStartEvenIfInitial(CharSequence line) {
        return read(line, false);
    }

    private static Optional<ItemLabel> read(CharSequence line, boolean refuseInitials) {
        String t = line.toString();
        if (t.isEmpty())
            return Optional.empty();
        Optional<ItemLabel> bullet = bullet(t);
        if (bullet.isPresent())
            return bullet;
        if (!mayOpenCountedLabel(t))
            return Optional.empty();
        if (t.charAt(0) == '(') {
            Matcher m = BRACKETED.matcher(WorkDeadline.watch(t));
            // anchored at "^": lookingAt() gives what find() gives, without trying every offset of the line
            if (m.lookingAt())
                return counted(t, m.group(), m.group(1), m.end(), true);
        }
        int coreEnd = punctuatedCoreEnd(t);
        if (coreEnd > 0) {
            int end = t.startsWith(".)", coreEnd) ? coreEnd + 2 : coreEnd + 1;
            String punctuation = t.substring(coreEnd, end);
            if (punctuation.equals(".") && !spaceOrEnd(t, end))
                return Optional.empty();
            Optional<ItemLabel> label = counted(t, t.substring(0, end), t.substring(0, coreEnd), end, !punctuation.equals("°"));
            if (label.isPresent() && punctuation.equals("°") && label.get().style() != LabelStyle.ARABIC)
                return Optional.empty();
            if (refuseInitials && label.isPresent() && punctuation.equals(".")
                    && looksLikeInitial(label.get(), t.substring(label.get().length())))
                return Optional.empty();
            return label;
        }
        Matcher m = BARE_RANGE.matcher(WorkDeadline.watch(t));
        if (m.lookingAt())
            return counted(t, m.group(), m.group(1), m.end(), true);
        return Optional.empty();
    }

    /**
     * False where none of the counted-label patterns can match, decided from the first characters:
     * most lines open with a word and a space ("De minister"), and three pattern matches per line
     * are a tenth of the extraction time. A counted label opens with "(" or with a run of ASCII
     * letters or digits that ends in punctuation or a separator; after a space only a separator
     * can follow within a core (the patterns above). That run is the core's first member whole (no
     * letter or digit may follow a member), so it is one or two digits or one to seven letters:
     * "2023." and "Vlaanderen," open no label.
     */
    static boolean mayOpenCountedLabel(String t) {
        char first = t.charAt(0);
        if (first == '(')
            return true;
        int k = 0;
        int digits = 0;
        while (k < t.length() && isAsciiLetterOrDigit(t.charAt(k))) {
            if (t.charAt(k) <= '9')
                digits++;
            k++;
        }
        if (k == 0 || k == t.length())
            return false;
        if (digits == k ? k > 2 : digits > 0 || k > 7)
            return false;
        char after = t.charAt(k);
        if (after == ' ')
            return k + 1 < t.length() && "-–+,".indexOf(t.charAt(k + 1)) >= 0;
        return "-–+,.)°".indexOf(after) >= 0;
    }

    /**
     * Where the core of a {@link #PUNCTUATED} label at the start of {@code t} ends (its punctuation
     * starts there), or -1: the pattern's match read by hand, as this runs for every line that may
     * open a label, several times over in a document's stages. A member is one or two digits or one
     * to seven ASCII letters, and no letter or digit may follow it, so no shorter reading of a member,
     * nor fewer members, can lead to a match where the longest fails: the members are read as far as
     * they go (at most thirteen) and the punctuation must follow the last.
     */
    static int punctuatedCoreEnd(String t) {
        int end = element(t, 0);
        if (end < 0)
            return -1;
        for (int more = 0; more < 12; more++) {
            int p = end;
            if (p < t.length() && t.charAt(p) == ' ')
                p++;
            if (p >= t.length() || "-–+,".indexOf(t.charAt(p)) < 0)
                break;
            p++;
            if (p < t.length() && t.charAt(p) == ' ')
                p++;
            int next = element(t, p);
            if (next < 0)
                break;
            end = next;
        }
        return end < t.length() && ".)°".indexOf(t.charAt(end)) >= 0 ? end : -1;
    }

    /** The end of the member ({@link #ELEMENT}) at {@code from}, at its longest, or -1. */
    private static int element(String t, int from) {
        int p = from;
        if (p < t.length() && t.charAt(p) >= '0' && t.charAt(p) <= '9') {
            while (p < t.length() && p - from < 2 && t.charAt(p) >= '0' && t.charAt(p) <= '9')
                p++;
        } else {
            while (p < t.length() && p - from < 7 && isAsciiLetter(t.charAt(p)))
                p++;
        }
        return p > from ? p : -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    /**
     * The members a label core names, read in {@code style}: "b-c+f" -> [b, c, f], "9-11" -> [9, 10, 11],
     * "ii-iv" -> [ii, iii, iv]. Empty when the core is not of that style or a range runs backwards.
     */
    public static List<String> expand(String core, LabelStyle style) {
        if (style == LabelStyle.BULLET)
            return List.of();
        String stripped = core.strip();
        // most cores are one member: no separator to split at
        if (!hasSeparator(stripped)) {
            int position = ordinal(stripped, style);
            return position <= 0 ? List.of() : List.of(member(position, style));
        }
        List<String> out = new ArrayList<>();
        String[] pieces = SEPARATOR.split(stripped, -1);
        List<String> separators = new ArrayList<>();
        if (pieces.length > 1) {
            Matcher s = SEPARATOR.matcher(WorkDeadline.watch(stripped));
            while (s.find())
                separators.add(s.group(1));
        }
        int i = 0;
        while (i < pieces.length) {
            int from = ordinal(pieces[i], style);
            if (from <= 0)
                return List.of();
            boolean range = i < separators.size() && (separators.get(i).equals("-") || separators.get(i).equals("–"));
            if (range) {
                int to = ordinal(pieces[i + 1], style);
                if (to <= from)
                    return List.of();
                for (int n = from; n <= to; n++)
                    out.add(member(n, style));
                i += 2;
                if (i < pieces.length && (separators.get(i - 1).equals("-") || separators.get(i - 1).equals("–")))
                    return List.of();
            } else {
                out.add(member(from, style));
                i++;
            }
        }
        return out;
    }

    /**
     * The same label read in another style, when its members fit that style: "i)" as a letter
     * after "h)", "c." as a roman hundred never (roman numerals stop at thirty-nine).
     */
    public static Optional<ItemLabel> as(ItemLabel label, LabelStyle style) {
        if (label.style() == style)
            return Optional.of(label);
        if (label.style() == LabelStyle.BULLET || style == LabelStyle.BULLET)
            return Optional.empty();
        List<String> members = expand(label.core(), style);
        if (members.isEmpty())
            return Optional.empty();
        return Optional.of(new ItemLabel(label.written(), normalCore(label.core()), style, members, label.length()));
    }

    /**
     * The position of one member in its style's sequence: "7" -> 7, "c" -> 3, "C" -> 3,
     * "iv" -> 4, "IV" -> 4; 0 when the member is not of that style.
     */
    public static int ordinal(String member, LabelStyle style) {
        if (member.isEmpty())
            return 0;
        return switch (style) {
            case ARABIC -> member.length() <= 2 && allDigits(member) ? Integer.parseInt(member) : 0;
            case LOWER_LETTER -> member.length() == 1 && member.charAt(0) >= 'a' && member.charAt(0) <= 'z'
                    ? member.charAt(0) - 'a' + 1 : 0;
            case UPPER_LETTER -> member.length() == 1 && member.charAt(0) >= 'A' && member.charAt(0) <= 'Z'
                    ? member.charAt(0) - 'A' + 1 : 0;
            case LOWER_ROMAN -> member.equals(member.toLowerCase(Locale.ROOT)) ? roman(member) : 0;
            case UPPER_ROMAN -> member.equals(member.toUpperCase(Locale.ROOT)) ? roman(member.toLowerCase(Locale.ROOT)) : 0;
            case BULLET -> 0;
        };
    }

    /** The member at {@code position} of {@code style}'s sequence: 3 -> "3", "c", "C", "iii", "III". */
    public static String member(int position, LabelStyle style) {
        return switch (style) {
            case ARABIC -> Integer.toString(position);
            case LOWER_LETTER -> String.valueOf((char) ('a' + position - 1));
            case UPPER_LETTER -> String.valueOf((char) ('A' + position - 1));
            case LOWER_ROMAN -> toRoman(position);
            case UPPER_ROMAN -> toRoman(position).toUpperCase(Locale.ROOT);
            case BULLET -> "";
        };
    }

    private static boolean[] asciiTable(String chars) {
        boolean[] table = new boolean[128];
        for (char c : chars.toCharArray())
            if (c < 128)
                table[c] = true;
        return table;
    }

    /** {@code Character::isDigit} for every char, as {@code chars().allMatch} reads it, in a loop: this runs for every label. */
    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++)
            if (!Character.isDigit(s.charAt(i)))
                return false;
        return true;
    }

    private static Optional<ItemLabel> bullet(String t) {
        char c = t.charAt(0);
        if ((c < ASCII_BULLETS.length ? !ASCII_BULLETS[c] : BULLETS.indexOf(c) < 0) || !spaceOrEnd(t, 1))
            return Optional.empty();
        return Optional.of(new ItemLabel(String.valueOf(c), "", LabelStyle.BULLET, List.of(), afterSpaces(t, 1)));
    }

    private static Optional<ItemLabel> counted(String line, String written, String core, int end, boolean lettersAllowed) {
        String normal = normalCore(core);
        Optional<LabelStyle> style = styleOf(normal);
        if (style.isEmpty() || (!lettersAllowed && style.get() != LabelStyle.ARABIC))
            return Optional.empty();
        List<String> members = expand(normal, style.get());
        if (members.isEmpty())
            return Optional.empty();
        return Optional.of(new ItemLabel(written, normal, style.get(), members, afterSpaces(line, end)));
    }

    /** The most plausible style of a core read alone, or empty when its members share none. */
    private static Optional<LabelStyle> styleOf(String core) {
        String[] pieces = hasSeparator(core) ? SEPARATOR.split(core) : new String[] {core};
        boolean digits = true;
        boolean lower = true;
        boolean upper = true;
        boolean singles = true;
        boolean romans = true;
        boolean romanEvidence = false;
        for (String p : pieces) {
            for (int i = 0; i < p.length(); i++) {
                char ch = p.charAt(i);
                digits &= Character.isDigit(ch);
                lower &= ch >= 'a' && ch <= 'z';
                upper &= ch >= 'A' && ch <= 'Z';
            }
            singles &= p.length() == 1;
            String folded = p.toLowerCase(Locale.ROOT);
            romans &= roman(folded) > 0;
            romanEvidence |= p.length() > 1 || "ivx".contains(folded);
        }
        if (digits)
            return Integer.parseInt(pieces[pieces.length - 1]) <= MAX_NUMBER && Integer.parseInt(pieces[0]) <= MAX_NUMBER
                    ? Optional.of(LabelStyle.ARABIC) : Optional.empty();
        if (!lower && !upper)
            return Optional.empty();
        if (romans && (romanEvidence || !singles))
            return Optional.of(lower ? LabelStyle.LOWER_ROMAN : LabelStyle.UPPER_ROMAN);
        if (singles)
            return Optional.of(lower ? LabelStyle.LOWER_LETTER : LabelStyle.UPPER_LETTER);
        return Optional.empty();
    }

    /**
     * Whether a capital and full stop is an initial before a name rather than a label: "A. Janssens",
     * "A. B. Janssens", "A. van der Heyden", "A. JANSSENS"; but "A. Inleiding" is a heading.
     */
    private static boolean looksLikeInitial(ItemLabel label, String rest) {
        boolean capital = (label.style() == LabelStyle.UPPER_LETTER || label.style() == LabelStyle.UPPER_ROMAN)
                && label.core().length() == 1;
        if (!capital)
            return false;
        if (INITIAL.matcher(WorkDeadline.watch(rest)).lookingAt() || CAPITALS_WORD.matcher(WorkDeadline.watch(rest)).lookingAt())
            return true;
        String words = rest;
        Gazetteer particles = Gazetteer.of("name-particles");
        boolean particle = false;
        while (true) {
            int space = words.indexOf(' ');
            if (space <= 0 || !particles.containsIgnoreCase(words.substring(0, space)))
                break;
            words = words.substring(space + 1);
            particle = true;
        }
        Matcher lone = LONE_WORD.matcher(WorkDeadline.watch(words));
        if (!lone.matches())
            return false;
        return particle || !Gazetteer.of("heading-words").containsIgnoreCase(lone.group(1));
    }

    /** Whether {@code core} holds a character {@link #SEPARATOR} needs: without one it is a single member. */
    private static boolean hasSeparator(String core) {
        for (int i = 0; i < core.length(); i++)
            if ("-–+,".indexOf(core.charAt(i)) >= 0)
                return true;
        return false;
    }

    private static String normalCore(String core) {
        if (!hasSeparator(core))
            return core.strip();
        return SEPARATOR.matcher(WorkDeadline.watch(core.strip())).replaceAll("$1").replace('–', '-').replace(',', '+');
    }

    private static int roman(String s) {
        if (s.isEmpty() || !isRoman(s))
            return 0;
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = romanDigit(s.charAt(i));
            if (i + 1 < s.length() && romanDigit(s.charAt(i + 1)) > v)
                total -= v;
            else
                total += v;
        }
        return total;
    }

    /**
     * Whether {@code s} matches {@link #ROMAN}, read by hand: this runs for every label member. The
     * x's are taken greedily, as nothing after them can start with an x.
     */
    private static boolean isRoman(String s) {
        int i = 0;
        while (i < s.length() && i < 3 && s.charAt(i) == 'x')
            i++;
        if (s.startsWith("ix", i) || s.startsWith("iv", i))
            return i + 2 == s.length();
        if (i < s.length() && s.charAt(i) == 'v')
            i++;
        for (int ones = 0; ones < 3 && i < s.length() && s.charAt(i) == 'i'; ones++)
            i++;
        return i == s.length();
    }

    private static int romanDigit(char c) {
        return switch (c) {
            case 'i' -> 1;
            case 'v' -> 5;
            case 'x' -> 10;
            default -> 0;
        };
    }

    private static String toRoman(int n) {
        String[] tens = {"", "x", "xx", "xxx"};
        String[] units = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
        return n < 1 || n > 39 ? "" : tens[n / 10] + units[n % 10];
    }

    private static boolean spaceOrEnd(String t, int i) {
        return i >= t.length() || t.charAt(i) == ' ' || t.charAt(i) == '\t';
    }

    private static int afterSpaces(String t, int i) {
        int j = i;
        while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '\t'))
            j++;
        return j;
    }
}
