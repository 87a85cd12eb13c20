package org.policygraph.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What an advice advises on: a draft decision or decree ("het voorontwerp van besluit ... tot
 * wijziging van het besluit van de Vlaamse Regering van 13 juli 2018 ..."), with the date it names.
 *
 * @param title  the draft as written, without the article
 * @param date   the date the text gives it (approval by the government), when given
 * @param quote  where it is named
 */
public record AdviceSubject(String title, Optional<LocalDate> date, Located quote) {
}
