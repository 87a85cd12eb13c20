package org.policygraph.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a commitment is to be done, as the answer says it and resolved to dates: "tegen eind 2024"
 * (by 2024-12-31), "in het voorjaar van 2025" (from 2025-03-21 by 2025-06-20), "vanaf januari
 * 2026" (from 2026-01-01, no deadline). Both dates are empty when the phrase could not be resolved
 * ("dit jaar" in an answer whose date, and so whose year, is not known).
 *
 * @param quote  the phrase as written, with its span
 * @param from   the first day it allows, when bounded below
 * @param by     the last day it allows, when bounded above
 */
public record Deadline(Located quote, Optional<LocalDate> from, Optional<LocalDate> by) {
}
