package org.policygraph.model;

/** The result of parsing one document's text; one record type per document kind. */
public sealed interface ParsedDocument permits WrittenQuestion, Advice, GenericDocument {

    /** The kind of document this is. */
    DocumentKind kind();
}
