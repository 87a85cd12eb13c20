package org.policygraph.extract.grants;

import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.DutchNumbers;
import org.policygraph.lang.Gazetteer;

/**
 * The year a stretch of text ties to what it says: the one year it names after a word that ties a
 * year to a time ("in 2023", "voor 2024", "Subsidie 2023" in a header), never a year inside a date
 * range ("2021-2025") or a period ("2023-2024"). Two different years name no one year.
 */
final class GrantYears {

    /** A four-digit number on its own, with the word before it: "in 2023", "Subsidie 2023". */
    private static final Pattern YEAR = Pattern.compile("(?:(\\p{L}{1,12})\\s)?(?<![\\d.,\\-–/])(\\d{4})(?![\\d\\-–/]|,\\d|\\.\\d)");

    private GrantYears() {
    }

    /** The one year {@code s} ties to a time after a year preposition ("in 2023"); with {@code bare}, any year on its own. */
    static Optional<Integer> of(String s, boolean bare) {
        TreeSet<Integer> years = new TreeSet<>();
        Matcher m = YEAR.matcher(WorkDeadline.watch(s));
        while (m.find()) {
            if (!DutchNumbers.isYearLike(m.group(2)))
                continue;
            boolean tied = m.group(1) != null && Gazetteer.of("year-prepositions").containsIgnoreCase(m.group(1));
            if (bare || tied)
                years.add(Integer.parseInt(m.group(2)));
        }
        return years.size() == 1 ? Optional.of(years.first()) : Optional.empty();
    }
}
