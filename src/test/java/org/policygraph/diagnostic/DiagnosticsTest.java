package org.policygraph.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.policygraph.model.Span;

class DiagnosticsTest {

    @Test
    void spanBecomesLineAndColumnInCodePoints() {
        DiagnosticCollector collected = new DiagnosticCollector();
        String text = "eerste regel\n\uD835\uDC00b c\nderde";
        new Diagnostics(text, collected).warning(DiagnosticCode.TITLE_REFUSED, new Span(17, 18), "te lang");
        Diagnostic d = collected.diagnostics().get(0);
        assertEquals(2, d.line());
        assertEquals(4, d.column(), "the surrogate pair counts as one code point");
        assertEquals("WARNING title-refused 2:4 te lang", d.toString());
    }

    @Test
    void documentLevelDiagnosticHasNoPlace() {
        DiagnosticCollector collected = new DiagnosticCollector();
        Diagnostics.none("x").document(Severity.INFO, DiagnosticCode.KIND_CHOSEN, "dropped");
        new Diagnostics("x", collected).document(Severity.INFO, DiagnosticCode.KIND_CHOSEN, "other");
        assertEquals(1, collected.diagnostics().size());
        assertEquals("INFO kind-chosen other", collected.diagnostics().get(0).toString());
        assertEquals(1, collected.of(DiagnosticCode.KIND_CHOSEN).size());
    }
}
