package org.policygraph.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An earlier advice cited in a footnote: "Vlor, Raad Secundair Onderwijs. Laat leren en werken
 * niet zomaar inkantelen in duaal leren, 10 oktober 2019."
 *
 * @param council     the advisory council ("Vlor")
 * @param subCouncil  its sub-council, when named ("Raad Secundair Onderwijs")
 * @param title       the advice's title
 * @param date        the advice's date
 * @param quote       the citation as written
 */
public record CitedAdvice(String council, Optional<String> subCouncil, String title, LocalDate date, Located quote) {
}
