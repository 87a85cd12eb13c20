package org.policygraph.layout;

import org.policygraph.model.SourceDocument;

/** A file read and laid out: its source record (whose text is the layout's text) and its blocks. */
public record LaidOutDocument(SourceDocument source, Layout layout) {
}
