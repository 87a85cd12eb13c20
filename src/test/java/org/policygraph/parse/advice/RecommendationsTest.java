package org.policygraph.parse.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.Recommendation;
import org.policygraph.model.Span;

class RecommendationsTest {

    private static List<String> in(String text, Span region) {
        return Recommendations.in(text, region, List.of()).stream().map(r -> r.sentence().text()).toList();
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
