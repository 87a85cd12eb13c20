package org.policygraph.link;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One row of a REFNIS code list: a code with its Dutch name, parent and validity.
 *
 * @param level   region, province, arrondissement or municipality
 * @param code    the five-digit NIS code as text ("02000", "44045")
 * @param parent  the parent's code, empty for regions and the old province Brabant
 * @param name    the Dutch name as the list writes it ("Moerbeke (Gent)", "Provincie Limburg")
 * @param from    first day of validity
 * @param until   last day of validity ({@link LocalDate#MAX}-like 9999-12-31 when still valid)
 */
public record NisEntry(PlaceLevel level, String code, Optional<String> parent, String name, LocalDate from,
                       LocalDate until) {

    /** Whether the entry is valid on {@code date}. */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(until);
    }

    /**
     * The name without the list's additions: "Moerbeke (Gent)" -> "Moerbeke", "Provincie Limburg"
     * -> "Limburg", "Arrondissement Gent" -> "Gent".
     */
    public String baseName() {
        String s = name.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
        return s.replaceFirst("^(Provincie|Arrondissement) ", "");
    }
}
