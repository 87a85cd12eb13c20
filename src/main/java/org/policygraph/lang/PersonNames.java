package org.policygraph.lang;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.model.Person;

/**
 * Person names as headers write them, in capitals ("KURT DE LOOR"), brought to normal case
 * ("Kurt De Loor"). Names already in mixed case are kept as written.
 */
public final class PersonNames {

    /** Letters, spaces, hyphens, apostrophes and initials' dots: what a name is made of. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}'’.\\- ]{1,80}");
    private static final int MAX_WORDS = 6;

    /**
     * A member's name in running text, one capturing group: "Ann Brusseel", "Jan Van den Bossche",
     * "Els van der Heyden". A first name, then one to three capitalised words, each after at most two
     * particles ({@code name-particles.txt}).
     */
    public static final String IN_TEXT_REGEX = "(\\p{Lu}\\p{Ll}[\\p{L}'’-]{0,30}(?: (?:" + particles() + "){0,2}\\p{Lu}[\\p{L}'’-]{1,30}){1,3})";

    /** A name that starts with initials: "H. Crevits", "J.-P. De Smedt", "K.D. Loor". Groups: initials, rest. */
    private static final Pattern INITIALS = Pattern.compile("^((?:\\p{Lu}\\.(?:-?\\p{Lu}\\.)*\\s*)+)(\\S.*)$");

    /**
     * A name written with initials.
     *
     * @param initials the initials as written ("J.-P. ")
     * @param rest     what follows them, the surname with its particles ("De Smedt")
     */
    public record Initialled(String initials, String rest) {
    }

    /** Compiled once: names are read per citation and per header. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:]+$");

    private PersonNames() {
    }

    /** A person from a name as written; empty when the text does not look like a name. */
    public static Optional<Person> person(String written) {
        String s = TRAILING_PUNCTUATION.matcher(written.strip()).replaceAll("").strip();
        if (!NAME.matcher(WorkDeadline.watch(s)).matches() || s.split(" ").length > MAX_WORDS)
            return Optional.empty();
        return Optional.of(new Person(normalCase(s)));
    }

    /** The initials and the rest of a name that starts with initials ("H. Crevits"); empty for a full name. */
    public static Optional<Initialled> initialled(String name) {
        Matcher m = INITIALS.matcher(WorkDeadline.watch(name));
        return m.matches() ? Optional.of(new Initialled(m.group(1), m.group(2))) : Optional.empty();
    }

    /** The particles as alternatives, each with its space: "van |de |der |...", lower case or capitalised. */
    private static String particles() {
        StringBuilder sb = new StringBuilder();
        for (String p : Gazetteer.of("name-particles").entries()) {
            if (!sb.isEmpty())
                sb.append('|');
            String quoted = Pattern.quote(p);
            sb.append(quoted).append(' ');
            if (Character.isLetter(p.charAt(0)))
                sb.append('|').append(Pattern.quote(Character.toUpperCase(p.charAt(0)) + p.substring(1))).append(' ');
        }
        return sb.toString();
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
