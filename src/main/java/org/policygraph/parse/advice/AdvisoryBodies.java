package org.policygraph.parse.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.lang.Gazetteer;

/**
 * The councils and auditing bodies that advise government and parliament, from the word list
 * {@code advisory-bodies}: found in text by any of their names, reported by their short name.
 */
final class AdvisoryBodies {

    private static final Gazetteer LIST = Gazetteer.of("advisory-bodies");
    private static final Pattern ANY = compile();

    private AdvisoryBodies() {
    }

    /** The short name of the first body named in {@code text}. */
    static Optional<String> firstNamed(String text) {
        Matcher m = ANY.matcher(text);
        return m.find() ? Optional.of(shortName(m.group())) : Optional.empty();
    }

    /** The short name for a name as written. */
    static String shortName(String written) {
        for (List<String> row : LIST.rows())
            for (String name : row)
                if (name.equals(written))
                    return row.get(0);
        return written;
    }

    private static Pattern compile() {
        List<String> names = new ArrayList<>();
        for (List<String> row : LIST.rows())
            names.addAll(row);
        // Longest first, so that "Sociaal-Economische Raad van Vlaanderen" wins over a shorter name inside it.
        names.sort((a, b) -> b.length() - a.length());
        StringBuilder sb = new StringBuilder("(?<![\\p{L}-])(?:");
        for (int i = 0; i < names.size(); i++)
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(names.get(i)));
        return Pattern.compile(sb.append(")(?![\\p{L}-])").toString());
    }
}
