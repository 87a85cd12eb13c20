package org.policygraph.harvest;

/** What a step of a question's procedure means for its dates. */
public enum StepKind {
    /** The question was submitted (its date starts the twenty working days). */
    SUBMITTED,
    /** The answer came in. */
    ANSWERED,
    /** Any other step (sent to the minister, published, ...). */
    OTHER
}
