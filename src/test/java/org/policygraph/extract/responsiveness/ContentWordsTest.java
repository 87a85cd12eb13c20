package org.policygraph.extract.responsiveness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.policygraph.lang.Gazetteer;
import org.policygraph.testing.RandomTexts;

/** The content words of a text are the words its rule ({@link ContentWords#WORD}) finds, less the function words. */
class ContentWordsTest {

    private static final String[] PIECES = {"a", "b", "é", "Z", "-", "--", " ", ".", "1", "\n", "\uD835\uDC00", "\uD835",
            "\uDC00", "ʼ", "leerlingen", "scholen", "welke", "hoeveel", "x-y", "Vlaams-Brabant"};

    @Test
    void readsTheWordsThePatternFinds() {
        Random random = new Random(3);
        int words = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = RandomTexts.of(random, PIECES, 20);
            Set<String> expected = new LinkedHashSet<>();
            Matcher m = ContentWords.WORD.matcher(text);
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (!Gazetteer.of("stop-words").contains(w) && !Gazetteer.of("question-generic-words").contains(w))
                    expected.add(w);
            }
            assertEquals(List.copyOf(expected), List.copyOf(ContentWords.of(text)), "\"" + text + "\"");
            words += expected.size();
        }
        assertTrue(words > 10_000, "too few words in the random texts: " + words);
    }
}
