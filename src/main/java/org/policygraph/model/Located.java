package org.policygraph.model;

/**
 * A piece of text with the span it was read from.
 */
public record Located(String text, Span span) {
}
