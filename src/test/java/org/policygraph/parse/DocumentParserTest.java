package org.policygraph.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.policygraph.model.GenericDocument;
import org.policygraph.model.SourceDocument;
import org.policygraph.model.WrittenQuestion;
import org.policygraph.text.Normaliser;

class DocumentParserTest {

    private final DocumentParser parser = new DocumentParser();

    private static SourceDocument source(String text) {
        return new SourceDocument("t.txt", "t.txt", "0".repeat(64), text.length(), "text/plain", "UTF-8",
                Normaliser.normalise(text));
    }

    @Test
    void truncatedQuestionIsAClearError() {
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class,
                () -> parser.parse(source("## **SCHRIFTELIJKE VRAAG**\n\nnr. 497\n\nvan **KURT DE")));
        assertTrue(e.getMessage().contains("date cannot be found"), e.getMessage());
    }

    @Test
    void aQuestionWithoutItsOwnNumberSaysSoEvenWhenItCitesAnother() {
        // The header lost its first line and there is no answer heading: the "nr. 58" cited in the
        // text is another question's number, so the error names the number, not the date it has.
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> parser.parse(source(
                "van AN JANSSENS\ndatum: 2 januari 2024\n\naan JAN JAMBON\nMINISTER-PRESIDENT VAN DE VLAAMSE REGERING\n\n"
                        + "Titel\n\nIn mijn vraag nr. 58 van 17 oktober 2017 vroeg ik het al.\n\n1. Hoeveel zijn er?")));
        assertTrue(e.getMessage().contains("its number cannot be found"), e.getMessage());
    }

    @Test
    void textThatIsNoQuestionBecomesAGenericDocumentWithItsTitle() {
        GenericDocument d = assertInstanceOf(GenericDocument.class,
                parser.parse(source("Jaarverslag van het agentschap\n\nDit jaar was een goed jaar.")));
        assertEquals("Jaarverslag van het agentschap", d.title().orElseThrow().text());
    }

    @Test
    void writtenQuestionIsParsed() {
        WrittenQuestion q = assertInstanceOf(WrittenQuestion.class, parser.parse(source(
                "SCHRIFTELIJKE VRAAG\n\nnr. 3\nvan AN JANSSENS\ndatum: 2 januari 2024\n\nTitel\n\nVraag?")));
        assertEquals("3", q.number().text());
    }
}
