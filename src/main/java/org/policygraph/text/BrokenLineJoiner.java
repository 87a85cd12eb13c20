package org.policygraph.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.StartScan;
import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.Gazetteer;
import org.policygraph.lang.ItemLabels;

/**
 * Joins lines that PDF extraction broke in the middle of a sentence, and repairs words hyphenated
 * at a line end.
 * <p>
 * A line is taken to be wrapped when it is about as wide as the document's text column (so short
 * header lines such as "van VERA CELIS" stay apart), does not end a sentence, and the next line
 * carries the sentence on: it starts with a lower-case word or with a number followed by one
 * ("2023 geen nieuwe trajecten"), or the line ends in a word no sentence ends in ("en", "van") or
 * inside a name ("het Agentschap Binnenlands" / "Bestuur"), and the next line is not an enumerated
 * item ("a)", "ii.", "b-c+f)"). A web address broken at a hyphen or slash is joined without a
 * space, keeping a hyphen of its own ("onderwijs-" + "en-vorming"); a name broken at its hyphen
 * before a capital keeps it too ("Vlaams-Brabant").
 * Up to two blank lines between the halves are page-break residue and are dropped.
 */
final class BrokenLineJoiner {

    /** Text that carries a sentence on: "van het besluit", "2023 geen", "6? Welke", "31 augustus". */
    private static final Pattern CONTINUATION = Pattern.compile("^(?:\\p{Ll}|\\d{1,12}(?:[.,]\\d{1,3}){0,4}(?: \\p{Ll}|[?!.,;:)]))");
    /** The end of a sentence or of a heading that introduces a list: ".", "?", ":" with closing quotes. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!:;][\"”’')\\]]{0,3}$");
    /** A word broken by a hyphen at the line end: "Gemeenschaps-". */
    private static final Pattern HYPHENATED = Pattern.compile("\\p{L}-$");
    /** A capitalised word broken at its own hyphen: "Vlaams-", "Oost-", "EU-". */
    private static final Pattern NAME_HYPHENATED = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}[\\p{L}]{0,40}-$");
    /** An abbreviation in capitals before a line-end hyphen keeps it in its compound: "EFRO-" + "programma". */
    private static final Pattern ABBREVIATION_HYPHENATED = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}{2,10}-$");
    /** Words after which a line-end hyphen belongs to a Dutch elliptic compound ("zorg- en welzijn"). */
    private static final Set<String> ELLIPSIS_WORDS = Set.of("en", "of", "tot", "noch", "dan", "als");
    /**
     * Words that cannot end a Dutch sentence: a wrapped line ending in one carries on even when
     * the next line starts with a capital ("het Agentschap Wegen en / Verkeer").
     */
    private static final Gazetteer OPEN_WORDS = Gazetteer.of("continuing-words");
    /** The last word of a line. */
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)$");
    /** The last two words of a line when the last is capitalised: "het Departement", "Agentschap Binnenlands". */
    private static final Pattern NAME_END = Pattern.compile("(\\p{L}+) \\p{Lu}\\p{Ll}[\\p{L}-]*$");
    /** A line starting with a capitalised word in lower case after its capital: "Bestuur", not "VLAAMS". */
    private static final Pattern NAME_START = Pattern.compile("^\\p{Lu}\\p{Ll}");
    /** A web address at the end of a line, broken after a hyphen or slash: "https://www.vlaanderen.be/onderwijs-". */
    private static final Pattern URL_END = Pattern.compile("(?:https?://|www\\.)\\S{1,500}[-/]$");
    /** What separates the parts of a web address: "-", "/", ".", "_", "?", "=", "&", "#". */
    private static final Pattern ADDRESS_PART = Pattern.compile("[-/._?=&#\\s]");
    /** The rest of a web address at the start of the next line: "en-vorming", "2013-over-de-begroting". */
    private static final Pattern URL_REST = Pattern.compile("^[\\p{Ll}\\d][\\w\\-./?=&%#~]*(?=\\s|$)");
    /** The longest match of {@link #URL_END}: "https://", 500 more characters and the "-" or "/". */
    private static final int URL_END_LONGEST = 8 + 500 + 1;
    /** The longest match of {@link #SENTENCE_END}: a mark and three closing quotes. */
    private static final int SENTENCE_END_LONGEST = 4;
    private static final int MAX_BLANKS_BETWEEN = 2;
    private static final int MIN_WRAP_WIDTH = 30;

    private BrokenLineJoiner() {
    }

    /** True when {@code line} ends in {@link #SENTENCE_END}. */
    static boolean endsSentence(String line) {
        return StartScan.atEnd(SENTENCE_END, line, SENTENCE_END_LONGEST).find();
    }

    /** Joins wrapped lines; blank lines are given as empty strings and kept where not joined over. */
    static List<String> join(List<String> lines) {
        int wrapWidth = wrapWidth(lines);
        List<String> out = new ArrayList<>(lines.size());
        int lastText = -1;
        for (String line : lines) {
            if (line.isEmpty()) {
                out.add(line);
                continue;
            }
            int blanks = out.size() - 1 - lastText;
            if (lastText >= 0 && blanks <= MAX_BLANKS_BETWEEN && continues(out.get(lastText), line, wrapWidth, blanks)) {
                String merged = merge(out.get(lastText), line);
                while (out.size() > lastText + 1)
                    out.remove(out.size() - 1);
                out.set(lastText, merged);
            } else {
                out.add(line);
                lastText = out.size() - 1;
            }
        }
        return out;
    }

    private static boolean continues(String previous, String next, int wrapWidth, int blanks) {
        if (breaksAddress(previous, next))
            return true;
        if (ItemLabels.atStart(next).isPresent() || ContentsEntry.ledToPage(previous))
            return false;
        boolean lowerStart = Character.isLowerCase(next.codePointAt(0));
        boolean upperStart = Character.isUpperCase(next.codePointAt(0));
        // "onder-" + "wijs" and "Vlaams-" + "Brabant" are one word broken at its hyphen
        if (hyphenated(previous) && lowerStart || nameHyphenated(previous) && upperStart)
            return true;
        if (previous.length() < wrapWidth || endsSentence(previous))
            return false;
        // patterns opening with "^" match at the start or nowhere: lookingAt() is their find()
        return CONTINUATION.matcher(WorkDeadline.watch(next)).lookingAt()
                || (upperStart && endsWithOpenWord(previous))
                || (blanks == 0 && NAME_START.matcher(WorkDeadline.watch(next)).lookingAt() && endsInName(previous));
    }

    /** Whether a web address at the end of {@code previous} goes on at the start of {@code next}. */
    private static boolean breaksAddress(String previous, String next) {
        // an address broken after "-" or "/" ends in one (before a line terminator, if any)
        return (endsNearHyphen(previous) || amongLastThree(previous, '/'))
                && StartScan.atEnd(URL_END, previous, URL_END_LONGEST).find() && URL_REST.matcher(WorkDeadline.watch(next)).lookingAt();
    }

    /** "onder-": a letter before a hyphen at the end. */
    private static boolean hyphenated(String line) {
        return endsNearHyphen(line) && StartScan.atEnd(HYPHENATED, line, 3).find();
    }

    /** "Vlaams-": a capitalised word of up to 41 letters before a hyphen at the end. */
    private static boolean nameHyphenated(String line) {
        return endsNearHyphen(line) && StartScan.atEnd(NAME_HYPHENATED, line, 2 * 41 + 1).find();
    }

    /** Whether a hyphen is among the last characters, where every line-end-hyphen pattern needs one. */
    private static boolean endsNearHyphen(String line) {
        return amongLastThree(line, '-');
    }

    /**
     * Whether {@code c} is one of the last three characters of {@code line}. Read from the end only:
     * a line being joined grows into its paragraph, and a search of the whole of it per next line
     * made joining quadratic in the paragraph's length.
     */
    private static boolean amongLastThree(String line, char c) {
        for (int i = Math.max(0, line.length() - 3); i < line.length(); i++)
            if (line.charAt(i) == c)
                return true;
        return false;
    }

    /**
     * Whether the hyphen a web address was broken at belongs to it: when the next part is a
     * code with digits or a function word of a slug ("onderwijs-" + "en-vorming", "13-december-" +
     * "2013-over", "34538512-" + "fff6-451a"). Otherwise the typesetter hyphenated a word of the
     * address ("vlaande-" + "ren.be", "docu-" + "ments/"), and the hyphen goes as in running text.
     */
    private static boolean keepsAddressHyphen(String previous, String next) {
        String first = ADDRESS_PART.split(next, 2)[0];
        String[] before = ADDRESS_PART.split(previous.substring(0, previous.length() - 1));
        String last = before.length == 0 ? "" : before[before.length - 1];
        return first.isEmpty() || OPEN_WORDS.contains(first) || first.chars().anyMatch(Character::isDigit)
                || last.chars().anyMatch(Character::isDigit);
    }

    /**
     * Whether a line ends inside a name: a capitalised word after another or after an article or
     * preposition ("het Agentschap Binnenlands" / "Bestuur", "het Departement" / "Onderwijs").
     */
    private static boolean endsInName(String line) {
        // A match holds the line's last space and the letters right before it, so it starts after
        // the space before those: searched from there, not from the start of a paragraph joined so far.
        int last = line.lastIndexOf(' ');
        int from = last <= 0 ? 0 : line.lastIndexOf(' ', last - 1) + 1;
        Matcher m = NAME_END.matcher(WorkDeadline.watch(line)).region(from, line.length());
        return m.find() && (NAME_START.matcher(WorkDeadline.watch(m.group(1))).find() || OPEN_WORDS.contains(m.group(1)));
    }

    private static boolean endsWithOpenWord(String line) {
        // the last word starts where the run of letters before the end starts: the leftmost match of find()
        int end = line.length();
        if (end > 0 && isLineTerminator(line.charAt(end - 1)))
            end--;
        if (end > 0 && line.charAt(end - 1) == '\r' && end == line.length() - 1 && line.charAt(end) == '\n')
            end--;
        int start = end;
        while (start > 0 && Character.isLetter(line.codePointBefore(start)))
            start -= Character.charCount(line.codePointBefore(start));
        Matcher m = LAST_WORD.matcher(WorkDeadline.watch(line)).useTransparentBounds(true).useAnchoringBounds(false)
                .region(start, line.length());
        return m.lookingAt() && OPEN_WORDS.contains(m.group(1));
    }

    private static String merge(String previous, String next) {
        if (breaksAddress(previous, next))
            return previous.endsWith("-") && !keepsAddressHyphen(previous, next)
                    ? previous.substring(0, previous.length() - 1) + next : previous + next;
        if (nameHyphenated(previous) && Character.isUpperCase(next.codePointAt(0)))
            return previous + next;
        if (endsNearHyphen(previous) && StartScan.atEnd(ABBREVIATION_HYPHENATED, previous, 2 * 10 + 1).find()
                && Character.isLowerCase(next.codePointAt(0)))
            return previous + next;
        if (hyphenated(previous) && Character.isLowerCase(next.codePointAt(0))) {
            String firstWord = next.split("[\\s,.;:]", 2)[0];
            if (!ELLIPSIS_WORDS.contains(firstWord))
                return previous.substring(0, previous.length() - 1) + next;
        }
        return previous + " " + next;
    }

    /** What "$" may stand before at the end of the input. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The width of a full line in this document: 60% of the 90th percentile of line lengths. */
    private static int wrapWidth(List<String> lines) {
        // a loop, not a stream: this runs for every run of text the layout reader hands over
        int[] lengths = new int[lines.size()];
        int n = 0;
        for (String l : lines)
            if (!l.isEmpty())
                lengths[n++] = l.length();
        if (n == 0)
            return MIN_WRAP_WIDTH;
        Arrays.sort(lengths, 0, n);
        int p90 = lengths[(int) Math.floor((n - 1) * 0.9)];
        return Math.max(MIN_WRAP_WIDTH, (int) (p90 * 0.6));
    }
}
