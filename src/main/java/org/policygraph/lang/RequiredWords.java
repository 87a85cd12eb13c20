package org.policygraph.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words every match of a pattern from a data file holds, read from the pattern itself, so that a
 * sentence lacking them is passed over without running the pattern: a case-insensitive pattern that
 * opens with an alternation of words is tried at every offset of the text, tens of steps each, where
 * looking for its words is one pass. A necessary condition only: text that holds the words is still
 * matched by the pattern, so the result is the pattern's.
 * <p>
 * Read are the literal stretches that every match passes through: a run of literal characters, or an
 * alternation each of whose branches holds one (then one of those must occur). What the reading does
 * not understand, it leaves out: a pattern it cannot read at all needs no words. Words are compared
 * {@linkplain #fold folded}, as {@code CASE_INSENSITIVE | UNICODE_CASE} compares characters.
 * <pre>{@code
 * RequiredWords w = RequiredWords.of("(?:behoort|valt) niet tot de bevoegdhe");
 * w.mayMatch(RequiredWords.fold(sentence));   // false unless "niet tot de bevoegdhe" and "behoort" or "valt" occur
 * }</pre>
 */
public final class RequiredWords {

    /** Each a choice of folded strings, at least one of which occurs in every match. */
    private final List<String[]> choices;

    private RequiredWords(List<String[]> choices) {
        this.choices = choices;
    }

    /** The words every match of {@code regex} holds. */
    public static RequiredWords of(String regex) {
        List<String[]> out = new ArrayList<>();
        for (Set<String> choice : new Reader(regex).required())
            out.add(choice.toArray(String[]::new));
        // all must be found: the choice of longest words first, as the one most texts lack
        out.sort(Comparator.comparingInt((String[] choice) -> shortest(choice)).reversed());
        return new RequiredWords(out);
    }

    private static int shortest(String[] choice) {
        int n = Integer.MAX_VALUE;
        for (String s : choice)
            n = Math.min(n, s.length());
        return n;
    }

    /** Whether {@code folded} (the text, {@link #fold folded}) holds the words: false means the pattern cannot match it. */
    public boolean mayMatch(String folded) {
        return holdsAll(folded::contains);
    }

    /** {@link #mayMatch(String)} for a text folded once for several patterns, its pairs of characters at hand. */
    public boolean mayMatch(Folded folded) {
        return holdsAll(folded::holds);
    }

    /** Whether {@code holds} is true of a word of every choice. */
    private boolean holdsAll(java.util.function.Predicate<String> holds) {
        for (String[] choice : choices) {
            boolean any = false;
            for (String s : choice)
                if (holds.test(s)) {
                    any = true;
                    break;
                }
            if (!any)
                return false;
        }
        return true;
    }

    /** {@code text} {@link #fold folded}, for the patterns asked of one sentence. */
    public static Folded folded(CharSequence text) {
        return new Folded(fold(text));
    }

    /**
     * A folded text with the pairs of adjacent characters it holds (hashed): a sentence is asked
     * whether it holds the words of some twenty patterns, and most words are ruled out by their first
     * two characters without a search through the sentence.
     */
    public static final class Folded {
        private static final int PAIR_BITS = 4096;
        private final String text;
        private final long[] pairs = new long[PAIR_BITS / Long.SIZE];

        private Folded(String text) {
            this.text = text;
            for (int i = 1; i < text.length(); i++) {
                int h = pair(text.charAt(i - 1), text.charAt(i));
                pairs[h >>> 6] |= 1L << h;
            }
        }

        private static int pair(char a, char b) {
            return (a * 31 + b) & (PAIR_BITS - 1);
        }

        /** Whether the text holds {@code word} (folded). */
        boolean holds(String word) {
            if (word.length() >= 2) {
                int h = pair(word.charAt(0), word.charAt(1));
                if ((pairs[h >>> 6] & 1L << h) == 0)
                    return false;
            }
            return text.contains(word);
        }
    }

    /** How many choices of words a match needs: none when nothing could be read from the pattern. */
    public int size() {
        return choices.size();
    }

    /**
     * The text with each character folded as a case-insensitive pattern folds it (upper case, then
     * lower case: "ſ" and "s", the Kelvin sign and "k" fold alike); the same length as the text.
     */
    public static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++)
            out[i] = fold(text.charAt(i));
        return new String(out);
    }

    /** One character folded as {@link #fold(CharSequence)} folds each. */
    public static char fold(char c) {
        if (c < 128)
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** A reader of the regular expression syntax, only as far as literals and groups go. */
    private static final class Reader {
        private static final String META = "\\^$.|?*+()[]{}";
        /** Escaped characters that stand for themselves. */
        private static final String ESCAPED_LITERALS = "\\^$.|?*+()[]{}-/ &#%,:;!'\"<>=@~`_";

        private final String re;
        private int pos;

        Reader(String re) {
            this.re = re;
        }

        List<Set<String>> required() {
            try {
                List<List<Set<String>>> branches = alternation();
                if (pos != re.length())
                    return List.of();
                return combine(branches);
            } catch (RuntimeException unreadable) {
                return List.of();
            }
        }

        /** Branches up to a ')' (not consumed) or the end, each the choices it needs. */
        private List<List<Set<String>>> alternation() {
            List<List<Set<String>>> branches = new ArrayList<>();
            branches.add(sequence());
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                branches.add(sequence());
            }
            return branches;
        }

        /** All of one branch's choices; of several branches, one choice: each branch's best, together. */
        private static List<Set<String>> combine(List<List<Set<String>>> branches) {
            if (branches.size() == 1)
                return branches.get(0);
            Set<String> union = new LinkedHashSet<>();
            for (List<Set<String>> b : branches) {
                Set<String> best = null;
                for (Set<String> choice : b)
                    if (best == null || shortest(choice) > shortest(best))
                        best = choice;
                if (best == null)
                    return List.of();
                union.addAll(best);
            }
            return List.of(union);
        }

        private static int shortest(Set<String> choice) {
            int n = Integer.MAX_VALUE;
            for (String s : choice)
                n = Math.min(n, s.length());
            return n;
        }

        /** One branch, up to '|', ')' or the end. */
        private List<Set<String>> sequence() {
            List<Set<String>> out = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            while (pos < re.length()) {
                char c = re.charAt(pos);
                if (c == '|' || c == ')')
                    break;
                if (c == '\\' && pos + 1 < re.length() && re.charAt(pos + 1) == 'Q') {
                    int end = re.indexOf("\\E", pos + 2);
                    String quoted = end < 0 ? re.substring(pos + 2) : re.substring(pos + 2, end);
                    pos = end < 0 ? re.length() : end + 2;
                    for (int i = 0; i < quoted.length(); i++)
                        literal(quoted.charAt(i), run, out, i == quoted.length() - 1);
                } else if (c == '\\') {
                    char e = re.charAt(pos + 1);
                    if (ESCAPED_LITERALS.indexOf(e) >= 0) {
                        pos += 2;
                        literal(e, run, out, true);
                    } else {
                        flush(run, out);
                        skipEscape();
                        quantifier();
                    }
                } else if (c == '(') {
                    flush(run, out);
                    List<Set<String>> group = group();
                    int min = quantifier();
                    if (min > 0)
                        out.addAll(group);
                } else if (c == '[') {
                    flush(run, out);
                    skipClass();
                    quantifier();
                } else if (c == '.' || c == '^' || c == '$') {
                    flush(run, out);
                    pos++;
                    quantifier();
                } else if (META.indexOf(c) >= 0) {
                    throw new IllegalArgumentException("quantifier without atom at " + pos);
                } else {
                    pos++;
                    literal(c, run, out, true);
                }
            }
            flush(run, out);
            return out;
        }

        /** A literal character: onto the run, or (quantified) ending it. */
        private void literal(char c, StringBuilder run, List<Set<String>> out, boolean mayBeQuantified) {
            char f = fold(c);
            if (fold(f) != f) {
                // a character whose folding is not settled after one step: leave it out
                flush(run, out);
                if (mayBeQuantified)
                    quantifier();
                return;
            }
            if (!mayBeQuantified) {
                run.append(f);
                return;
            }
            int save = pos;
            int min = quantifier();
            if (pos == save) {
                run.append(f);
                return;
            }
            if (min > 0)
                run.append(f);
            flush(run, out);
        }

        private static void flush(StringBuilder run, List<Set<String>> out) {
            if (run.length() > 0)
                out.add(Set.of(run.toString()));
            run.setLength(0);
        }

        /** A group from its '(' to past its ')': the choices it needs, none for a look-around or flags. */
        private List<Set<String>> group() {
            pos++;
            boolean counts = true;
            if (re.startsWith("?", pos)) {
                if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
                    pos += 2;
                } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                    pos += 2;
                    counts = false;
                } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                    pos += 3;
                    counts = false;
                } else if (re.startsWith("?<", pos)) {
                    int close = re.indexOf('>', pos);
                    pos = close + 1;
                } else {
                    // inline flags: "(?i)" sets them for what follows, "(?-i:...)" for the group
                    int p = pos + 1;
                    while (p < re.length() && (Character.isLetter(re.charAt(p)) || re.charAt(p) == '-'))
                        p++;
                    if (p < re.length() && re.charAt(p) == ')') {
                        pos = p + 1;
                        return List.of();
                    }
                    if (p >= re.length() || re.charAt(p) != ':')
                        throw new IllegalArgumentException("unknown group at " + pos);
                    pos = p + 1;
                }
            }
            List<List<Set<String>>> branches = alternation();
            if (pos >= re.length() || re.charAt(pos) != ')')
                throw new IllegalArgumentException("unclosed group");
            pos++;
            return counts ? combine(branches) : List.of();
        }

        /** Past a character class, nested classes included. */
        private void skipClass() {
            int depth = 0;
            do {
                char c = re.charAt(pos);
                if (c == '\\') {
                    pos += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    pos++;
                    // a ']' right after '[' or '[^' is a member
                    if (re.startsWith("^", pos))
                        pos++;
                    if (re.startsWith("]", pos))
                        pos++;
                    continue;
                }
                if (c == ']')
                    depth--;
                pos++;
            } while (depth > 0);
        }

        /** Past an escape that is no literal: "\d", "\p{L}", "\b", "\x41", "\k<name>". */
        private void skipEscape() {
            char e = re.charAt(pos + 1);
            pos += 2;
            if ((e == 'p' || e == 'P' || e == 'x') && re.startsWith("{", pos))
                pos = re.indexOf('}', pos) + 1;
            else if (e == 'p' || e == 'P')
                pos++;
            else if (e == 'k' && re.startsWith("<", pos))
                pos = re.indexOf('>', pos) + 1;
            else if (e == 'x')
                pos += 2;
            else if (e == 'u')
                pos += 4;
            else if (e == 'c')
                pos++;
            else if (Character.isLetterOrDigit(e) && "dDsSwWbBhHvVRXnrtfaeAzZGN0123456789".indexOf(e) < 0)
                throw new IllegalArgumentException("unknown escape \\" + e);
        }

        /** The least count of a quantifier at the reading position, read past it; 1 when there is none. */
        private int quantifier() {
            if (pos >= re.length())
                return 1;
            char c = re.charAt(pos);
            int min;
            if (c == '?' || c == '*') {
                min = 0;
                pos++;
            } else if (c == '+') {
                min = 1;
                pos++;
            } else if (c == '{') {
                int close = re.indexOf('}', pos);
                String body = re.substring(pos + 1, close);
                int comma = body.indexOf(',');
                min = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).strip());
                pos = close + 1;
            } else {
                return 1;
            }
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+'))
                pos++;
            return min;
        }
    }
}
