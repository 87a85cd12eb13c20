package org.policygraph.model;

/**
 * A source document together with what was parsed from it: the unit that flows from the parser
 * to the RDF mapping and on to the store.
 */
public record DocumentRecord(SourceDocument source, ParsedDocument parsed) {
}
