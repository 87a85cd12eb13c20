package org.policygraph.diagnostic;

import java.util.Optional;

import org.policygraph.model.Span;

/**
 * One thing a stage of the pipeline noticed about a document, in the manner of RDF4J Rio's
 * parse-error listener: severity, code, message, and where in the normalised text it is.
 *
 * @param line    1-based line of the span's start in the normalised text, 0 when there is no span
 * @param column  1-based column (in code points) of the span's start, 0 when there is no span
 */
public record Diagnostic(Severity severity, DiagnosticCode code, String message, Optional<Span> span,
                         int line, int column) {

    /** One line for people: {@code WARNING title-refused 12:1 ends like a sentence}. */
    @Override
    public String toString() {
        String where = span.isPresent() ? " " + line + ":" + column : "";
        return severity + " " + code.id() + where + " " + message;
    }
}
