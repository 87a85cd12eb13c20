package org.policygraph.diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A listener that keeps every diagnostic, for the registry, {@code parse --explain} and tests. */
public final class DiagnosticCollector implements DiagnosticListener {

    private final List<Diagnostic> diagnostics = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    /** What was reported so far, in order. */
    public List<Diagnostic> diagnostics() {
        synchronized (diagnostics) {
            return List.copyOf(diagnostics);
        }
    }

    /** Those of one code. */
    public List<Diagnostic> of(DiagnosticCode code) {
        return diagnostics().stream().filter(d -> d.code() == code).toList();
    }
}
