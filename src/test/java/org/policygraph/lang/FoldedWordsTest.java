package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FoldedWordsTest {

    @Test
    void wordsAreLowerCasedWithoutAccentsAndSplitOutsideApostrophes() {
        assertEquals(List.of("stage", "en", "leerwerkplaatsen"), FoldedWords.of("Stage- en leerwerkplaatsen"));
        assertEquals(List.of("categorieen"), FoldedWords.of("categorieën"));
        assertEquals(List.of("euro's", "2024"), FoldedWords.of("'Euro’s' (2024)"));
        assertEquals(List.of("euro's"), FoldedWords.of("euro's"));
        assertEquals(List.of(), FoldedWords.of(" -- '' "));
        assertEquals(List.of(), FoldedWords.of(""));
    }

    /** The ASCII scan is a shortcut of the general reading: it must give what that gives, on any ASCII text. */
    @Test
    void theAsciiScanAgreesWithTheGeneralReading() {
        Random random = new Random(7);
        String alphabet = "aZ9 '-.,()/\t\n_x'';:0";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++)
                s.append(random.nextInt(4) == 0 ? (char) random.nextInt(128) : alphabet.charAt(random.nextInt(alphabet.length())));
            String phrase = s.toString();
            assertEquals(FoldedWords.ofAnyScript(phrase), FoldedWords.ofAscii(phrase), () -> "on \"" + phrase + "\"");
        }
    }
}
