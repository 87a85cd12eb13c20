package org.policygraph.harvest;

/** Whether the minister answered or referred to another minister's answer ({@code soort-antwoord}). */
public enum AnswerKind {
    /** The minister answered the question. */
    OWN,
    /** The minister referred to the answer of another minister asked the same. */
    REFERRING
}
