package org.policygraph.lang;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.policygraph.deadline.WorkDeadline;

/**
 * The words that tell a grant, by role ({@code grant-words.txt}): the verbs of receiving and giving,
 * the nouns of a grant, the cues of an amount asked for, refused, shared by several recipients, yet to
 * come or uncertain, and the words that say a name is an organisation's. A new cue is a word on its
 * role's line.
 * <pre>{@code
 * GrantWords.has(GrantWords.Role.RECEIVE, "In 2023 ontving vzw De Brug 14.700 euro");   // true
 * }</pre>
 */
public final class GrantWords {

    /**
     * What a word tells about an amount and its recipient; {@code AMOUNT_VERB} ("bedroeg") is read
     * from {@code amount-verbs.txt}, the figure reader's list, the others from {@code grant-words.txt}.
     */
    public enum Role {
        RECEIVE, AWARD, SUBSIDISED, TO, FOR, FROM, NOUN, AMOUNT_VERB, REQUESTED, REFUSED, TOTAL, GROUP, FUTURE, UNCERTAIN,
        BEFORE_NAME, BEFORE_NAME_ENDING, AFTER_NAME, ROW_HEADER, AMOUNT_COLUMN, TOTAL_ROW
    }

    /** Each role's words as a whole-word pattern, ignoring case; a noun also at the end of a compound. */
    private static final Map<Role, Pattern> PATTERNS = patterns();
    /** The words a match of each role's pattern holds: most texts asked about hold none, and the pattern tries every word start. */
    private static final Map<Role, RequiredWords> WORDS = new EnumMap<>(Role.class);

    static {
        PATTERNS.forEach((role, p) -> WORDS.put(role, RequiredWords.of(p.pattern())));
    }

    private GrantWords() {
    }

    /** Whether {@code text} holds a word of {@code role}. */
    public static boolean has(Role role, CharSequence text) {
        return WORDS.get(role).mayMatch(RequiredWords.fold(text)) && PATTERNS.get(role).matcher(WorkDeadline.watch(text)).find();
    }

    /** Whether {@code text} is, apart from case and edge spaces and punctuation, one word of {@code role}. */
    public static boolean is(Role role, String text) {
        String t = text.strip().replaceAll("[.:;,]+$", "");
        Matcher m = PATTERNS.get(role).matcher(WorkDeadline.watch(t));
        return m.find() && m.start() == 0 && m.end() == t.length();
    }

    /** The pattern matching one word of {@code role} as a whole word, ignoring case. */
    public static Pattern pattern(Role role) {
        return PATTERNS.get(role);
    }

    /** One word of {@code role} as a regular expression to build into others, case ignored inside it only. */
    public static String regex(Role role) {
        return "(?iu:" + PATTERNS.get(role).pattern().substring("(?iu)".length()) + ")";
    }

    private static Map<Role, Pattern> patterns() {
        Map<Role, Pattern> out = new EnumMap<>(Role.class);
        List<List<String>> rows = new ArrayList<>(Gazetteer.of("grant-words").rows());
        List<String> amountVerbs = new ArrayList<>(List.of(Role.AMOUNT_VERB.name()));
        amountVerbs.addAll(Gazetteer.of("amount-verbs").entries());
        rows.add(amountVerbs);
        for (List<String> row : rows) {
            Role role = Role.valueOf(row.get(0));
            String words = row.subList(1, row.size()).stream()
                    .sorted((a, b) -> b.length() - a.length())
                    .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                    .collect(Collectors.joining("|", "(?:", ")"));
            // "projectsubsidie", "Tennisclub": a grant noun or a word for an organisation ends a compound
            boolean compound = role == Role.NOUN || role == Role.BEFORE_NAME_ENDING;
            String before = compound ? "(?<![\\p{L}\\d])\\p{L}{0,30}" : "(?<![\\p{L}\\d])";
            out.put(role, Pattern.compile("(?iu)" + before + words + "(?![\\p{L}\\d])"));
        }
        for (Role role : Role.values())
            if (!out.containsKey(role))
                throw new IllegalStateException("grant-words.txt has no line for " + role);
        return out;
    }
}
