package org.policygraph.diagnostic;

import java.util.Locale;

/**
 * What a diagnostic is about. Codes are stable: they are counted in ingest summaries and stored in
 * the registry graph, so a new problem gets a new code rather than a reworded message.
 */
public enum DiagnosticCode {
    /** The document kind chosen, with the evidence for it and the scores of the others. */
    KIND_CHOSEN,
    /** Lines broken one word per line (a justified line come apart) joined back into a line. */
    LINES_REFLOWED,
    /** Lines holding one table cell each, read back into a table. */
    TABLE_FROM_CELL_LINES,
    /** A table row whose cells do not line up with the table's columns. */
    TABLE_ROW_UNALIGNED,
    /** A table holding numbers that gave no figure: nothing says what its columns count. */
    TABLE_UNREAD,
    /** A table of contents, kept from the text and table readers. */
    CONTENTS_SKIPPED,
    /** The labels of a chart beside its caption, kept from the text and figure readers. */
    CHART_SKIPPED,
    /** Running headers, footers or page numbers left out of the text. */
    FURNITURE_REMOVED,
    /** An answer label that names no sub-question of the question. */
    LABEL_NAMES_NO_SUB_QUESTION,
    /** An answer label aligned to another sub-question than the item it stands in. */
    LABEL_REALIGNED,
    /** Item numbering that skips a number (1, 2, 4). */
    ITEM_NUMBER_SKIPPED,
    /** A candidate title that was not taken, with the reason. */
    TITLE_REFUSED,
    /** No title could be found. */
    TITLE_MISSING,
    /** A header field that was expected but not found, or found but not readable. */
    HEADER_FIELD_MISSING,
    /** Much less came out than the size of the input promises. */
    OUTPUT_THIN,
    /** A part of the input that no reader understood and that was read as plain text. */
    UNREADABLE_PART,
    /** A file with the same content as a document stored under another path: stored once, under the first. */
    DUPLICATE_CONTENT,
    /** A question title that carries an ordinal but cannot identify a series (too generic, no addressee). */
    SERIES_NOT_IDENTIFIED,
    /** A figure's measure given no key to meet others by, since it cannot be what the figure counts. */
    MEASURE_NOT_KEYED,
    /** A sub-question whose answer does not settle how it responds (issue 19.1): no class given. */
    RESPONSIVENESS_UNCERTAIN,
    /**
     * A statement of future action in an answer not taken as a commitment because it is hedged or
     * conditional ("zou", "indien", "wellicht"), or the future with a date to come but without an actor
     * acting for the minister ("AGION zal ... uiterlijk op 1 september 2025").
     */
    COMMITMENT_UNCERTAIN,
    /** A commitment's deadline that could not be resolved to dates ("dit jaar" when the answer's year is not known). */
    COMMITMENT_DEADLINE_UNRESOLVED,
    /** An amount given to several recipients together ("in totaal ... aan 40 organisaties"): not a grant to one. */
    GRANT_AGGREGATE,
    /** An amount that reads like a grant but whose recipient or status the text leaves open: not taken as one. */
    GRANT_UNCERTAIN,
    /** A figure whose clause names several places: counted for none of them (issue 19.5). */
    FIGURE_PLACE_UNCERTAIN,
    /** A figure with the value of an earlier one where only one names its measure: counted twice (issue 19.5). */
    RESTATEMENT_UNCERTAIN;

    /** The code as written in summaries and in the graph: {@code kind-chosen}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
