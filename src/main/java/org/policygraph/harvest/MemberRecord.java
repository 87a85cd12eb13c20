package org.policygraph.harvest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A member of Parliament from {@code /vv/{id}}: the dated party memberships the record holds and
 * the current party group ({@code huidigefractie}).
 */
public record MemberRecord(String id, String name, List<Membership> memberships, Optional<String> currentParty) {

    public MemberRecord {
        memberships = List.copyOf(memberships);
    }

    /**
     * The party on {@code day}: the one dated membership that covers it. The current party group is
     * not taken for a past date: members change groups, and a wrong party is worse than none.
     */
    public Optional<String> partyOn(LocalDate day) {
        List<String> parties = memberships.stream().filter(m -> m.covers(day)).map(Membership::party).distinct().toList();
        return parties.size() == 1 ? Optional.of(parties.get(0)) : Optional.empty();
    }
}
