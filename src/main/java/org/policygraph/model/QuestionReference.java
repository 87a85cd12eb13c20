package org.policygraph.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A reference in the text to another written question: "nr. 58 van 17 oktober 2017",
 * "schriftelijke vraag nr. 106 van 13 november 2017 van Ann Brusseel", "vraag nr. 58, 2017-2018".
 *
 * @param number          the question number as written
 * @param date            the question's date, when written or resolved from another reference in the text
 * @param session         the parliamentary year as written ("2017-2018"), when that is all there is
 * @param asker           the member who asked it, when named
 * @param askedBySameMember   true when the text says it is the writer's own question ("mijn vraag")
 * @param sameMinister    true when the text implies it went to the same minister ("de minister", "haar antwoord")
 * @param quote           the reference as written and where it stands
 */
public record QuestionReference(String number, Optional<LocalDate> date, Optional<String> session,
                                Optional<Person> asker, boolean askedBySameMember, boolean sameMinister,
                                Located quote) {
}
