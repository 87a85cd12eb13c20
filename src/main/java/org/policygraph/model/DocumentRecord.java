package org.policygraph.model;

/**
 * A source document together with what was parsed and extracted from it: the unit that flows from
 * the parser and extractors to the RDF mapping and on to the store.
 */
public record DocumentRecord(SourceDocument source, ParsedDocument parsed, Extraction extraction) {
}
