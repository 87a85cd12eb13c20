package org.policygraph.parse.generic;

import java.util.List;

import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.layout.Layout;
import org.policygraph.model.DocumentKind;
import org.policygraph.model.ParsedDocument;
import org.policygraph.parse.KindReader;
import org.policygraph.parse.KindScore;

/** The kind every document falls back on: read for its title only, never forced into another shape. */
public final class GenericReader implements KindReader {

    private final GenericDocumentParser parser = new GenericDocumentParser();

    @Override
    public DocumentKind kind() {
        return DocumentKind.OTHER;
    }

    @Override
    public double threshold() {
        return 0;
    }

    @Override
    public KindScore score(Layout layout) {
        return new KindScore(kind(), List.of());
    }

    @Override
    public ParsedDocument read(Layout layout, Diagnostics report) {
        return parser.parse(layout, report);
    }
}
