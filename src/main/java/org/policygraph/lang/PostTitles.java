package org.policygraph.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A minister's post as headers write it in capitals, brought to the case of running text:
 * "VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN ONDERWIJS" becomes
 * "Viceminister-president van de Vlaamse Regering, Vlaams minister van Onderwijs". Policy areas
 * after "minister van" are capitalised as in official titles. Text in mixed case is kept.
 */
public final class PostTitles {

    /** Words that stay lower case inside the name of a policy area. */
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(Gazetteer.of("title-function-words").entries());
    /** Proper nouns and adjectives that keep their capital anywhere. */
    private static final Set<String> PROPER = Set.copyOf(Gazetteer.of("proper-words").entries());
    /** Words after which a list of policy areas follows. */
    private static final List<String> PORTFOLIO_INTRO = List.of("minister van ", "minister voor ",
            "staatssecretaris van ", "staatssecretaris voor ");

    /** Words that name a post ({@code post-words.txt}). */
    private static final Set<String> POST_WORDS = Set.copyOf(Gazetteer.of("post-words").entries());

    private PostTitles() {
    }

    /** Whether {@code line} names a post ("VLAAMS MINISTER VAN WELZIJN"): a word of it is a post word. */
    public static boolean namesPost(String line) {
        for (String word : line.toLowerCase(Locale.ROOT).split("[\\s,]+"))
            if (POST_WORDS.contains(word))
                return true;
        return false;
    }

    /** The title in running-text case; mixed-case input is returned unchanged. */
    public static String normalCase(String title) {
        if (!title.equals(title.toUpperCase(Locale.ROOT)))
            return title;
        String lower = title.toLowerCase(Locale.ROOT);
        List<String> segments = new ArrayList<>();
        boolean inPortfolio = false;
        for (String segment : lower.split(",", -1)) {
            String s = segment.strip();
            String intro = PORTFOLIO_INTRO.stream().filter(s::contains).findFirst().orElse(null);
            if (intro != null) {
                int cut = s.indexOf(intro) + intro.length();
                segments.add(properNouns(s.substring(0, cut)) + portfolio(s.substring(cut)));
                inPortfolio = true;
            } else if (inPortfolio && !s.contains("minister") && !s.contains("president")) {
                segments.add(portfolio(s));
            } else {
                segments.add(properNouns(s));
                inPortfolio = false;
            }
        }
        String joined = String.join(", ", segments);
        return joined.isEmpty() ? joined : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    private static String properNouns(String s) {
        StringBuilder sb = new StringBuilder();
        String previous = "";
        for (String word : s.split(" ", -1)) {
            boolean capital = PROPER.contains(word) || (word.equals("regering") && previous.equals("vlaamse"));
            if (sb.length() > 0)
                sb.append(' ');
            sb.append(capital ? capitalise(word) : word);
            previous = word;
        }
        return sb.toString();
    }

    private static String portfolio(String s) {
        StringBuilder sb = new StringBuilder();
        for (String word : s.split(" ", -1)) {
            if (sb.length() > 0)
                sb.append(' ');
            sb.append(FUNCTION_WORDS.contains(word) ? word : capitalise(word));
        }
        return sb.toString();
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
