package org.policygraph.harvest;

import java.time.LocalDate;
import java.util.Optional;

/** A member's membership of a party group ({@code fractie}), open-ended where a date is missing. */
public record Membership(String party, Optional<LocalDate> from, Optional<LocalDate> to) {

    /** Whether the membership covers {@code day} (a missing bound is open). */
    public boolean covers(LocalDate day) {
        return from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> !day.isAfter(t)).orElse(true);
    }
}
