package org.policygraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.testing.RandomTexts;

class TableCaptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Tabel 2-1: Netto-beleidsruimte", "TABLE 3", "tabel 4.2 Uitgaven", "(in duizend euro)",
            "Bedragen in mln euro", "IN %", "Kosten (In 1.000 EUR)", "in euro"})
    void captions(String line) {
        assertTrue(TableCaptions.isCaption(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Tabellen en grafieken", "De tabel 2 toont", "Uitgaven per provincie", "binnen %", "İn %"})
    void noCaptions(String line) {
        assertFalse(TableCaptions.isCaption(line));
    }

    /** The letters looked for before the patterns run never refuse a line a pattern matches. */
    @Test
    void sameAsThePatternsOnRandomLines() {
        String[] pieces = {"Tabel", "table", "TABLE", "t", "T", " ", "2", "-1", ".", ":", "(", ")", "in", "IN", "In", "iN", "İn",
                "ın", "duizend", "mln.", "euro", "€", "%", "x", "binnen", "\t", "\n"};
        Random random = new Random(11);
        int captions = 0;
        for (int n = 0; n < 100_000; n++) {
            String line = RandomTexts.of(random, pieces, 10);
            boolean expected = TableCaptions.NUMBERED.matcher(line).matches() || TableCaptions.UNIT.matcher(line).matches();
            captions += expected ? 1 : 0;
            assertEquals(expected, TableCaptions.isCaption(line), () -> "'" + line + "'");
        }
        assertTrue(captions > 200, "the random lines hold captions: " + captions);
    }
}
