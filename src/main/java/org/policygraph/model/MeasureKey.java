package org.policygraph.model;

/**
 * The key under which a figure's measure meets the same measure elsewhere ("aantal leerlingen" and
 * "leerlingen" are both "leerling"). Kept apart from {@link Figure}, keyed by the figure's quote span,
 * which is also what identifies the figure's resource.
 *
 * @param figure  the span of the figure's quote
 * @param key     the measure's key
 */
public record MeasureKey(Span figure, String key) {
}
