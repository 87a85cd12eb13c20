package org.policygraph.diagnostic;

import java.util.Arrays;
import java.util.Optional;

import org.policygraph.model.Span;

/**
 * The way a stage reports on one document: bound to its normalised text, so that a span becomes
 * a line and column once, here, rather than in every stage.
 * <pre>{@code
 * Diagnostics report = new Diagnostics(text, collector);
 * report.warning(DiagnosticCode.TITLE_REFUSED, span, "ends like a sentence");
 * }</pre>
 */
public final class Diagnostics {

    private final String text;
    private final DiagnosticListener listener;
    /** Offsets where lines start, found once when the first diagnostic with a place is reported. */
    private int[] lineStarts;

    public Diagnostics(String text, DiagnosticListener listener) {
        this.text = text;
        this.listener = listener;
    }

    /** A reporter that drops everything. */
    public static Diagnostics none(String text) {
        return new Diagnostics(text, DiagnosticListener.NONE);
    }

    /** The listener reports go to. */
    public DiagnosticListener listener() {
        return listener;
    }

    /** Reports a decision worth knowing. */
    public void info(DiagnosticCode code, Span span, String message) {
        report(Severity.INFO, code, span, message);
    }

    /** Reports something read with less certainty or left out. */
    public void warning(DiagnosticCode code, Span span, String message) {
        report(Severity.WARNING, code, span, message);
    }

    /** Reports something about the whole document. */
    public void document(Severity severity, DiagnosticCode code, String message) {
        listener.report(new Diagnostic(severity, code, message, Optional.empty(), 0, 0));
    }

    /** Reports with a span (clamped to the text) and its line and column. */
    public void report(Severity severity, DiagnosticCode code, Span span, String message) {
        int start = Math.min(span.start(), text.length());
        int[] starts = lineStarts();
        int found = Arrays.binarySearch(starts, start);
        int index = found >= 0 ? found : -found - 2;
        int line = index + 1;
        int column = text.codePointCount(starts[index], start) + 1;
        listener.report(new Diagnostic(severity, code, message, Optional.of(span), line, column));
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int[] starts = new int[16];
            int n = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (n == starts.length)
                    starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
            lineStarts = Arrays.copyOf(starts, n);
        }
        return lineStarts;
    }
}
