package org.policygraph.extract.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.policygraph.testing.RandomTexts;

class ProseGrantsTest {

    private static final String[] PIECES = {"maar", "dan", "danig", "omdat", "zodat", "waarna", "waarvan", "terwijl", "Maar", " ", "\t",
            "\n", ",", ";", ":", "x", "de", "\u00A0"};

    @Test
    void clauseEndsAreReadAsThePatternReadsThem() {
        Random random = new Random(43);
        int ends = 0;
        for (int n = 0; n < 100_000; n++) {
            String s = RandomTexts.of(random, PIECES, 10);
            List<Integer> expected = ProseGrants.CLAUSE_END.matcher(s).results().map(m -> {
                assertEquals(m.start() + 1, m.end());
                return m.start();
            }).toList();
            assertEquals(expected, Arrays.stream(ProseGrants.clauseEnds(s)).boxed().toList(), () -> "\"" + s + "\"");
            ends += expected.size();
        }
        assertTrue(ends > 10_000, "clause ends: " + ends);
    }
}
