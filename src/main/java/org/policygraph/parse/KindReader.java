package org.policygraph.parse;

import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.layout.Layout;
import org.policygraph.model.DocumentKind;
import org.policygraph.model.ParsedDocument;

/**
 * One kind of document as a plug-in of the parse stage: it tells how well a layout fits it, with
 * the evidence, and reads a layout into its document record. A new kind is a package with one
 * such class, registered in {@link DocumentParser}; nothing else dispatches on kinds before mapping.
 */
public interface KindReader {

    /** The kind this reader reads. */
    DocumentKind kind();

    /** The score a document needs at least for this kind to be chosen. */
    double threshold();

    /** The evidence in {@code layout} for this kind. */
    KindScore score(Layout layout);

    /**
     * Reads {@code layout} as this kind, reporting what it could not read.
     *
     * @throws MalformedDocumentException when the document is marked as this kind but lacks what the kind needs
     */
    ParsedDocument read(Layout layout, Diagnostics report);
}
