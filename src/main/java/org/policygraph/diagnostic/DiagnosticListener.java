package org.policygraph.diagnostic;

/** Receives the diagnostics of one document as the stages report them. */
@FunctionalInterface
public interface DiagnosticListener {

    /** A listener that drops everything, for callers that do not ask. */
    DiagnosticListener NONE = d -> { };

    /** Called once per diagnostic, in the order the stages report them. */
    void report(Diagnostic diagnostic);
}
