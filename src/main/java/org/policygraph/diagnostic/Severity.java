package org.policygraph.diagnostic;

/** How much a diagnostic matters to whoever relies on the graph. */
public enum Severity {
    /** What was decided and why (the kind chosen, lines reflowed): nothing was lost. */
    INFO,
    /** Something was read with less certainty or left out: the graph may be thinner than the text. */
    WARNING,
    /** Part of the document could not be read at all. */
    ERROR
}
