package org.policygraph.model;

/** What kind of document a text is; decides which parser reads it. */
public enum DocumentKind {
    /** A written question ("schriftelijke vraag") with or without the minister's answer. */
    WRITTEN_QUESTION("written-question"),
    /** An advisory opinion (for example of the Vlor). */
    ADVICE("advice"),
    /** Anything else: kept as a generic document, never forced into another shape. */
    OTHER("other");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    /** Short lower-case name used in summaries and in the graph. */
    public String label() {
        return label;
    }
}
