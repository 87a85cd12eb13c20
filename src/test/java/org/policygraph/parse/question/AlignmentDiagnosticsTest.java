package org.policygraph.parse.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.DiagnosticCollector;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.layout.Layout;
import org.policygraph.layout.Layouts;
import org.policygraph.model.AnswerPart;
import org.policygraph.model.WrittenQuestion;

/** Answer labels that do not fit the item they stand in, and numbering gaps, are reported. */
class AlignmentDiagnosticsTest {

    private static final String HEADER = "SCHRIFTELIJKE VRAAG\n\nnr. 9\nvan AN JANSSENS\ndatum: 2 mei 2024\n\nZwembaden - Sluiting\n\n";
    private static final String ANSWER = "\n\nANTWOORD\nop vraag nr. 9 van 2 mei 2024\nvan AN JANSSENS\n\n";

    private final DiagnosticCollector collected = new DiagnosticCollector();

    private WrittenQuestion parse(String question, String answer) {
        Layout layout = Layouts.ofText(HEADER + question + ANSWER + answer);
        return new WrittenQuestionParser().parse(layout, new Diagnostics(layout.text(), collected)).orElseThrow();
    }

    @Test
    void trailingRangeAfterAQuestionThatLacksItIsAlignedWhereItFits() {
        WrittenQuestion q = parse("1. Hoeveel zwembaden sloten?\na) In 2022?\nb) In 2023?\nc) In 2024?\n2. Waarom?\na) Door de kosten?\nb) Door personeel?",
                "1. Zie de tabel.\n2. De kosten stegen.\na-c) Er sloten er telkens drie.");
        AnswerPart range = q.answer().orElseThrow().parts().get(1).children().get(0);
        assertEquals(List.of(List.of("1", "a"), List.of("1", "b"), List.of("1", "c")), range.respondsTo());
        assertEquals(1, collected.of(DiagnosticCode.LABEL_REALIGNED).size());
        assertTrue(collected.of(DiagnosticCode.LABEL_REALIGNED).get(0).message().contains("aligned to question 1"));
    }

    @Test
    void labelThatFitsNowhereKeepsWhatExistsAndIsReported() {
        WrittenQuestion q = parse("1. Hoeveel?\n2. Waarom?", "1. Tien.\n2. Kosten.\n4. Verder niets.");
        assertEquals(List.of(), q.answer().orElseThrow().parts().get(2).respondsTo());
        assertEquals(1, collected.of(DiagnosticCode.LABEL_NAMES_NO_SUB_QUESTION).size());
        assertTrue(collected.of(DiagnosticCode.LABEL_REALIGNED).isEmpty());
    }

    @Test
    void skippedItemNumberIsReported() {
        parse("1. Hoeveel?\n2. Waarom?\n4. Wanneer?", "1. Tien.");
        assertEquals(1, collected.of(DiagnosticCode.ITEM_NUMBER_SKIPPED).size());
        assertTrue(collected.of(DiagnosticCode.ITEM_NUMBER_SKIPPED).get(0).message().contains("missing 3"));
    }

    @Test
    void wellAlignedAnswerReportsNothingOfThese() {
        parse("1. Hoeveel?\na) In 2022?\nb) In 2023?\n2. Waarom?", "1. a-b) Tien per jaar.\n2. Kosten.");
        assertTrue(collected.of(DiagnosticCode.LABEL_REALIGNED).isEmpty());
        assertTrue(collected.of(DiagnosticCode.LABEL_NAMES_NO_SUB_QUESTION).isEmpty());
        assertTrue(collected.of(DiagnosticCode.ITEM_NUMBER_SKIPPED).isEmpty());
    }

    @Test
    void memberNamedEarlierByAUnionIsNoSkip() {
        parse("1. Vraag:\na) a?\nb) b?\nc) c?\nd) d?\ne) e?\nf) f?\ng) g?", "1. a) A.\nb-c+f) B, C en F.\nd-e) D en E.\ng) G.");
        assertTrue(collected.of(DiagnosticCode.ITEM_NUMBER_SKIPPED).isEmpty(), collected.diagnostics().toString());
    }
}
