package org.policygraph.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.model.Person;

/**
 * Person names as headers write them, in capitals ("KURT DE LOOR"), brought to normal case
 * ("Kurt De Loor"). Names already in mixed case are kept as written.
 */
public final class PersonNames {

    /** Letters, spaces, hyphens, apostrophes and initials' dots: what a name is made of. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}'’.\\- ]{1,80}");
    private static final int MAX_WORDS = 6;

    private PersonNames() {
    }

    /** A person from a name as written; empty when the text does not look like a name. */
    public static Optional<Person> person(String written) {
        String s = written.strip().replaceAll("[,;:]+$", "").strip();
        if (!NAME.matcher(s).matches() || s.split(" ").length > MAX_WORDS)
            return Optional.empty();
        return Optional.of(new Person(normalCase(s)));
    }

    /** "KURT DE LOOR" -> "Kurt De Loor", "D'HAESE" -> "D'Haese", "JAN-PIETER" -> "Jan-Pieter". */
    public static String normalCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)))
            return name;
        StringBuilder sb = new StringBuilder(name.length());
        boolean startOfPart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(startOfPart ? Character.toUpperCase(c) : Character.toLowerCase(c));
            startOfPart = c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.';
        }
        return sb.toString();
    }
}
