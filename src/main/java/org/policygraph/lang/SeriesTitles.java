package org.policygraph.lang;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question title says about the series it belongs to. The Parliament gives a question whose
 * title repeats an earlier one's an ordinal: "Zorgsector - Zijinstroom (2)". The title without it is
 * the core; its key (folded words joined by hyphens) is the same for every question of the series.
 * A title whose words tell no subject ("Stand van zaken", a single word) is generic: two questions
 * with such a title need not be about the same thing.
 */
public final class SeriesTitles {

    /** "(2)" to "(99)" at the end; four digits in brackets are a year, not an ordinal. */
    private static final Pattern ORDINAL = Pattern.compile("\\s*\\((\\d{1,2})\\)\\s*$");
    private static final Gazetteer GENERIC = Gazetteer.of("generic-title-words");
    private static final Gazetteer STOP_WORDS = Gazetteer.of("stop-words");
    private static final Gazetteer FUNCTION_WORDS = Gazetteer.of("title-function-words");
    /** A key longer than this is cut at a word: long enough to tell titles apart, short enough for an IRI. */
    private static final int MAX_KEY = 120;
    /** A title needs this many words that tell its subject to identify a series. */
    private static final int SUBJECT_WORDS = 2;

    /** The ordinal written at the end of a title: its value and where it stands in the title. */
    public record Ordinal(int value, int start, int end) {
    }

    private SeriesTitles() {
    }

    /** The ordinal at the end of {@code title}, from the opening bracket to the closing one. */
    public static Optional<Ordinal> ordinal(String title) {
        Matcher m = ORDINAL.matcher(title);
        if (!m.find())
            return Optional.empty();
        int value = Integer.parseInt(m.group(1));
        if (value < 1)
            return Optional.empty();
        return Optional.of(new Ordinal(value, m.start(1) - 1, m.end(1) + 1));
    }

    /** Where the core of {@code title} ends: before its ordinal and the space before it. */
    public static int coreEnd(String title) {
        Matcher m = ORDINAL.matcher(title);
        int end = m.find() && Integer.parseInt(m.group(1)) >= 1 ? m.start() : title.length();
        while (end > 0 && Character.isWhitespace(title.charAt(end - 1)))
            end--;
        return end;
    }

    /** The key of a title core: its folded words joined by hyphens, cut at a word after {@value #MAX_KEY} characters. */
    public static String key(String core) {
        StringBuilder key = new StringBuilder();
        for (String word : FoldedWords.of(core)) {
            String w = word.replace("'", "");
            if (w.isEmpty())
                continue;
            if (key.length() + w.length() + 1 > MAX_KEY && key.length() > 0)
                break;
            if (key.length() > 0)
                key.append('-');
            key.append(w);
        }
        return key.toString();
    }

    /** Whether the core names too little of a subject to identify a series. */
    public static boolean generic(String core) {
        List<String> words = FoldedWords.of(core);
        long subject = words.stream()
                .filter(w -> !GENERIC.contains(w) && !STOP_WORDS.contains(w) && !FUNCTION_WORDS.contains(w))
                .filter(w -> w.chars().anyMatch(Character::isLetter))
                .count();
        return subject < SUBJECT_WORDS;
    }
}
