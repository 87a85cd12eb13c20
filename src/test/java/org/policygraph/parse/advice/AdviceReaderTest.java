package org.policygraph.parse.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.policygraph.testing.RandomTexts;

class AdviceReaderTest {

    @Test
    void theBodyAdvisingIsCountedOncePerSentence() {
        String text = "De Vlor adviseert de minister. De raad vraagt meer middelen. Het Vlor-bureau vraagt niets. "
                + "Daarom pleit de Vlor voor een plan. Vlor vindt dit goed.";
        // not "pleit de Vlor voor": the name must stand before the verb
        assertEquals(3, AdviceReader.advising(text, "Vlor"));
    }

    /**
     * The pattern tried only at the body's name, "raad" and the article before them gives what
     * find() over the whole text gives: articles glued to a word, names inside words, names that
     * overlap ("Raad van State" holding "Raad"), "raad" with no article.
     */
    @Test
    void triedWhereANameStandsItFindsWhatFindFinds() {
        String[] pieces = {"De ", "de ", "Het ", "het ", "Vlor", "Raad van State", "raad", "Raad", "Minaraad", " ", "\n",
                "adviseert", "vraagt", "stelt voor", "pleiten", "x", "ende ", "De Vlor", "de raad ", ". ", "Dhet "};
        Random random = new Random(3);
        int advising = 0;
        for (String body : new String[] {"Vlor", "Raad van State", "Minaraad"})
            for (int n = 0; n < 20_000; n++) {
                String text = RandomTexts.of(random, pieces, 16);
                Matcher m = AdviceReader.advisingPattern(body).matcher(text);
                int expected = 0;
                while (m.find())
                    expected++;
                advising += expected;
                assertEquals(expected, AdviceReader.advising(text, body), () -> body + " in '" + text + "'");
            }
        assertTrue(advising > 500, "the random texts hold advising sentences: " + advising);
    }
}
