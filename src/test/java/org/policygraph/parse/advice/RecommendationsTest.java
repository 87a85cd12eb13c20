package org.policygraph.parse.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.policygraph.model.Recommendation;
import org.policygraph.model.Span;
import org.policygraph.testing.RandomTexts;

class RecommendationsTest {

    private static List<String> in(String text, Span region) {
        return Recommendations.in(text, region, List.of()).stream().map(r -> r.sentence().text()).toList();
    }

    /** Every offset where the pattern matches passes the test that spares the pattern elsewhere. */
    @Test
    void theOpeningTestLetsEveryMatchThrough() {
        String[] pieces = {"We vragen", "we pleiten", "Daarom, ", "Dus ", "Het is nodig", "het zou goed zijn", "De Vlor vraagt",
                "De raad pleit", "Vragen we", "bevelen we", ". ", "? ", "! ", ".1 ", ".12 ", ".123 ", "\n", " ", "x", "7", "We"};
        Random random = new Random(21);
        int matches = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = RandomTexts.of(random, pieces, 14);
            int regionStart = text.isEmpty() ? 0 : random.nextInt(text.length());
            Matcher m = Recommendations.OPENING.matcher(text).useTransparentBounds(true);
            for (int p = regionStart; p < text.length(); p++) {
                boolean atStart = p == regionStart;
                m.useAnchoringBounds(atStart).region(p, text.length());
                if (m.lookingAt()) {
                    matches++;
                    int at = p;
                    assertTrue(Recommendations.mayOpenAt(text, p, atStart), () -> "'" + text + "' at " + at);
                }
            }
        }
        assertTrue(matches > 2_000, "the random texts hold openings: " + matches);
    }

    @Test
    void anOpeningStandsAtTheRegionsStartAfterASentenceOrALineBreak() {
        String before = "Inleiding over de zaak. ";
        String text = before + "We vragen een plan voor elke school.\nDaarom pleiten we voor meer middelen. "
                + "Het zou beter zijn om te wachten.3 Het is nodig dat de raad dit volgt.";
        List<String> found = in(text, new Span(before.length(), text.length()));
        assertEquals(List.of("We vragen een plan voor elke school.", "Daarom pleiten we voor meer middelen.",
                "Het zou beter zijn om te wachten.3", "Het is nodig dat de raad dit volgt."), found);
    }

    @Test
    void noOpeningInsideAWordOrASentenceOrBeforeTheRegion() {
        String text = "We vragen dit buiten het deel. Inderdaad,we vragen niets. Dit is wenselijkWe vragen niets. "
                + "Nu: we vragen niets.";
        assertEquals(List.of(), in(text, new Span(31, text.length())));
    }

    @Test
    void theRegionsStartOpensASentenceEvenMidLine() {
        // "^" of the pattern holds at the start of the region, as the reader's region is a section's text
        String text = "Titel: We vragen een plan voor elke school.";
        assertEquals(List.of("We vragen een plan voor elke school."), in(text, new Span(7, text.length())));
        assertEquals(List.of(), in(text, new Span(6, text.length())).stream().filter(s -> s.startsWith("Titel")).toList());
    }
}
