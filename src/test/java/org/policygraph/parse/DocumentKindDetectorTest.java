package org.policygraph.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentKind;

class DocumentKindDetectorTest {

    @Test
    void questionMarkerMakesAWrittenQuestion() {
        assertEquals(DocumentKind.WRITTEN_QUESTION, DocumentKindDetector.detect("SCHRIFTELIJKE VRAAG\n\nnr. 1\nvan X Y"));
    }

    @Test
    void askerAndDateLinesMakeAWrittenQuestion() {
        assertEquals(DocumentKind.WRITTEN_QUESTION, DocumentKindDetector.detect("van VERA CELIS\ndatum: 14 augustus 2018\n\nTitel"));
    }

    @Test
    void answerHeadingAloneMakesAWrittenQuestion() {
        String text = "Titel\n\nTekst.\n\nANTWOORD\nop vraag nr. 222 van 3 maart 2023\nvan ELISABETH MEULEMAN\n\n1. Antwoord.";
        assertEquals(DocumentKind.WRITTEN_QUESTION, DocumentKindDetector.detect(text));
    }

    @Test
    void adviceSectionAndCouncilMakeAnAdvice() {
        String text = "1 Situering\n\nTekst.\n\n2 Advies\n\nDe Vlor vraagt meer middelen.";
        assertEquals(DocumentKind.ADVICE, DocumentKindDetector.detect(text));
    }

    @Test
    void aReferenceToAQuestionInRunningTextIsNotAQuestion() {
        String text = "Verslag\n\nIn het antwoord op vraag nr. 58 van 17 oktober 2017 staat het volgende.";
        assertEquals(DocumentKind.OTHER, DocumentKindDetector.detect(text));
    }

    @Test
    void otherParliamentsLayoutIsOther() {
        String text = "AH 611\n2024Z17900\nAntwoord van minister Madlener (ontvangen 19 november 2024)\n\nVraag 1\nBent u het eens?\n\nAntwoord 1\nJa.";
        assertEquals(DocumentKind.OTHER, DocumentKindDetector.detect(text));
    }
}
