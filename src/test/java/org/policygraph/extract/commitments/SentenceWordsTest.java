package org.policygraph.extract.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.policygraph.model.Span;

/** The words of a sentence are those its rule ({@link SentenceWords#WORD}) finds. */
class SentenceWordsTest {

    private static final String ALPHABET = "aZé9'’- .,-\u00BD\u2167\uD835\uDC00\uD835\u0041\uDC00Ⅻ²\n";

    @Test
    void readsTheWordsThePatternFinds() {
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--)
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String text = s.toString();
            int a = random.nextInt(text.length() + 1);
            int b = a + random.nextInt(text.length() - a + 1);
            Span sentence = new Span(a, b);
            List<SentenceWords.Word> expected = new ArrayList<>();
            Matcher m = SentenceWords.WORD.matcher(text).region(a, b);
            while (m.find())
                expected.add(new SentenceWords.Word(m.group(), m.group().toLowerCase(java.util.Locale.ROOT), m.start(), m.end(),
                        org.policygraph.lang.CommitmentWords.oneWordCues(m.group().toLowerCase(java.util.Locale.ROOT))));
            SentenceWords words = new SentenceWords(text, sentence);
            List<SentenceWords.Word> actual = new ArrayList<>();
            for (int i = 0; i < words.size(); i++)
                actual.add(words.get(i));
            assertEquals(expected, actual, "\"" + text + "\" " + sentence);
        }
    }

    @Test
    void keepsHyphensAndApostrophesInsideAWord() {
        SentenceWords words = new SentenceWords("Zo'n Energie- en klimaatplan.", new Span(0, 29));
        assertEquals(List.of("Zo'n", "Energie-", "en", "klimaatplan"),
                List.of(words.get(0).text(), words.get(1).text(), words.get(2).text(), words.get(3).text()));
        assertEquals(4, words.size());
    }
}
