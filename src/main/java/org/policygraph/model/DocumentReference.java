package org.policygraph.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A reference to a document that is not a written question: a decree, a decision of the Flemish
 * Government, a policy note, or a web address.
 *
 * @param kind     what is referred to
 * @param title    the name as written ("besluit van de Vlaamse Regering van 13 juli 2018 betreffende de start- en stagebonus")
 * @param date     its date, when written
 * @param address  the web address, for {@link ReferenceKind#WEB}; normalised to a full URL
 * @param quote    the reference as written and where it stands
 */
public record DocumentReference(ReferenceKind kind, String title, Optional<LocalDate> date,
                                Optional<String> address, Located quote) {
}
