package org.policygraph.model;

import java.util.List;

/** The result of parsing one document's text; one record type per document kind. */
public sealed interface ParsedDocument permits WrittenQuestion, Advice, GenericDocument {

    /** The kind of document this is. */
    DocumentKind kind();

    /** The stretches the extract stage reads, named by the kind; by default the whole text. */
    default List<Region> regions(int textLength) {
        return List.of(Region.whole(textLength));
    }
}
