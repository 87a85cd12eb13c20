package org.policygraph.harvest;

import java.util.Optional;

/**
 * A person as the API names them: its id (for {@code /vv/{id}}), first name and surname, and the
 * party a record gives with them, when it does.
 */
public record PersonRef(Optional<String> id, String firstName, String lastName, Optional<String> party) {

    /** The full name in normal order ("Kurt De Loor"), as documents write it. */
    public String name() {
        return (firstName + " " + lastName).strip();
    }
}
