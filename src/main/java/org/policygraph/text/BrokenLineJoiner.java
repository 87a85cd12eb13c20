package org.policygraph.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins lines that PDF extraction broke in the middle of a sentence, and repairs words hyphenated
 * at a line end.
 * <p>
 * A line is taken to be wrapped when it is about as wide as the document's text column (so short
 * header lines such as "van VERA CELIS" stay apart), does not end a sentence, and the next line
 * carries the sentence on: it starts with a lower-case word or with a number followed by one
 * ("2023 geen nieuwe trajecten"), or the line ends in a word no sentence ends in ("en", "van"),
 * and the next line is not an enumerated item ("a)", "ii.", "b-c+f)").
 * Up to two blank lines between the halves are page-break residue and are dropped.
 */
final class BrokenLineJoiner {

    /** An enumerated item at the start of a line: "1. ", "a) ", "b-c+f)", "c-d)Ik", "ii. ", "• ". */
    private static final Pattern ITEM_START = Pattern.compile(
            "^(?:\\d{1,3}[.)](?:\\s|$)|[a-z](?:\\s?[-+]\\s?[a-z]){0,8}\\)|[ivxlc]{1,6}\\.(?:\\s|$)|[•·▪‣◦]\\s?)");
    /** Text that carries a sentence on: "van het besluit", "2023 geen", "6? Welke", "31 augustus". */
    private static final Pattern CONTINUATION = Pattern.compile("^(?:\\p{Ll}|\\d{1,12}(?:[.,]\\d{1,3}){0,4}(?: \\p{Ll}|[?!.,;:)]))");
    /** The end of a sentence or of a heading that introduces a list: ".", "?", ":" with closing quotes. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!:;][\"”’')\\]]{0,3}$");
    /** A word broken by a hyphen at the line end: "Gemeenschaps-". */
    private static final Pattern HYPHENATED = Pattern.compile("\\p{L}-$");
    /** Words after which a line-end hyphen belongs to a Dutch elliptic compound ("zorg- en welzijn"). */
    private static final Set<String> ELLIPSIS_WORDS = Set.of("en", "of", "tot", "noch", "dan", "als");
    /**
     * Words that cannot end a Dutch sentence: a wrapped line ending in one carries on even when
     * the next line starts with a capital ("het Agentschap Wegen en / Verkeer").
     */
    private static final Set<String> OPEN_WORDS = Set.of("en", "of", "van", "de", "het", "een", "in", "op", "met",
            "voor", "aan", "door", "bij", "naar", "te", "tot", "om", "over", "uit", "die", "dat", "der", "den");
    /** The last word of a line. */
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)$");
    private static final int MAX_BLANKS_BETWEEN = 2;
    private static final int MIN_WRAP_WIDTH = 30;

    private BrokenLineJoiner() {
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
            if (lastText >= 0 && blanks <= MAX_BLANKS_BETWEEN && continues(out.get(lastText), line, wrapWidth)) {
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

    private static boolean continues(String previous, String next, int wrapWidth) {
        if (ITEM_START.matcher(next).find())
            return false;
        boolean lowerStart = Character.isLowerCase(next.codePointAt(0));
        if (HYPHENATED.matcher(previous).find() && lowerStart)
            return true;
        if (previous.length() < wrapWidth || SENTENCE_END.matcher(previous).find())
            return false;
        return CONTINUATION.matcher(next).find()
                || (Character.isUpperCase(next.codePointAt(0)) && endsWithOpenWord(previous));
    }

    private static boolean endsWithOpenWord(String line) {
        Matcher m = LAST_WORD.matcher(line);
        return m.find() && OPEN_WORDS.contains(m.group(1));
    }

    private static String merge(String previous, String next) {
        if (HYPHENATED.matcher(previous).find() && Character.isLowerCase(next.codePointAt(0))) {
            String firstWord = next.split("[\\s,.;:]", 2)[0];
            if (!ELLIPSIS_WORDS.contains(firstWord))
                return previous.substring(0, previous.length() - 1) + next;
        }
        return previous + " " + next;
    }

    /** The width of a full line in this document: 60% of the 90th percentile of line lengths. */
    private static int wrapWidth(List<String> lines) {
        int[] lengths = lines.stream().filter(l -> !l.isEmpty()).mapToInt(String::length).toArray();
        if (lengths.length == 0)
            return MIN_WRAP_WIDTH;
        Arrays.sort(lengths);
        int p90 = lengths[(int) Math.floor((lengths.length - 1) * 0.9)];
        return Math.max(MIN_WRAP_WIDTH, (int) (p90 * 0.6));
    }
}
