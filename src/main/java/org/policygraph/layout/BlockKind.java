package org.policygraph.layout;

/** What a block of a document's layout is, as far as its form tells, before any kind is known. */
public enum BlockKind {
    /** The document's title: by size and place on the first page, a markup heading of level 1, or the first heading. */
    TITLE,
    /** A field of a header: "nr. 497", "datum: 5 september 2023", "aan BART SOMERS" with the post under it. */
    HEADER_FIELD,
    /** A heading of a section: short, no sentence end, followed by running text. */
    HEADING,
    /** Running text. */
    PARAGRAPH,
    /** An enumerated or bulleted item, with its parsed label. */
    LIST_ITEM,
    /** Rows and cells. */
    TABLE,
    /** A table of contents: headings with their page numbers, read neither as text nor as a table. */
    CONTENTS,
    /** The labels of a chart beside its caption: axis values, data labels, legend; read neither as text nor as figures. */
    CHART,
    /** A footnote: small print at the foot of a page, or a numbered note. */
    FOOTNOTE,
    /** Running headers, footers and page numbers: kept out of the text, listed for the record. */
    FURNITURE
}
