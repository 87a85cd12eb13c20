package org.policygraph.extract.commitments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.lang.CommitmentWords;
import org.policygraph.model.Span;
import org.policygraph.text.TokenStream;

/** The words of a sentence are the words and numbers among the document's tokens in it. */
class SentenceWordsTest {

    private static List<String> texts(SentenceWords words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++)
            out.add(words.get(i).text());
        return out;
    }

    @Test
    void readsTheWordsAndNumbersOfTheTokens() {
        String text = "Zo'n Energie- en klimaatplan volgt in 2025 (actie7).";
        SentenceWords words = new SentenceWords(TokenStream.of(text));
        assertEquals(List.of("Zo'n", "Energie", "en", "klimaatplan", "volgt", "in", "2025", "actie", "7"), texts(words));
        assertEquals("zo'n", words.get(0).folded());
        assertEquals(new Span(5, 12), words.span(1, 2));
    }

    @Test
    void aSentenceOfADocumentReadsAsItsOwnTokens() {
        String text = "Dat is zo. Wij zullen de regeling aanpassen.";
        TokenStream doc = TokenStream.of(text);
        Span second = new Span(11, text.length());
        assertEquals(texts(new SentenceWords(TokenStream.of(text, second))), texts(new SentenceWords(doc.within(second))));
        assertEquals(List.of("Wij", "zullen", "de", "regeling", "aanpassen"), texts(new SentenceWords(doc.within(second))));
    }

    @Test
    void usesTheWordsTheDocumentFoldedOnce() {
        TokenStream doc = TokenStream.of("Wij zullen dat bekijken.");
        String folded = doc.folded(1);
        assertSame(folded, new SentenceWords(doc).get(1).folded());
    }

    @Test
    void knowsTheOneWordCuesOfEachWord() {
        SentenceWords words = new SentenceWords(TokenStream.of("Wij zullen dat bekijken."));
        assertTrue(words.is(1, CommitmentWords.Cue.FUTURE));
        assertEquals(CommitmentWords.oneWordCues("zullen"), words.get(1).cues());
    }

    @Test
    void aClauseEndsAtACommaAndAWordThatOpensOne() {
        SentenceWords words = new SentenceWords(TokenStream.of("We bekijken de vraag, zodat de regeling volgend jaar wijzigt."));
        assertArrayEquals(new int[] {0, 4}, words.clauseAround(1));
    }
}
