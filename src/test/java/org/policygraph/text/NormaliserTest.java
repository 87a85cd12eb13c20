package org.policygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormaliserTest {

    /** A line as wide as a PDF text column, so the joiner takes it for a wrapped one. */
    private static final String WIDE = "Het initiatief werd door deze Vlaamse Regering in het leven geroepen om een";

    @Test
    void lineEndsBecomeNewlines() {
        assertEquals("a\nb\n\nc", Normaliser.normalise("a\r\nb\r\n\r\nc\r\n"));
    }

    @Test
    void markdownResidueIsStripped() {
        String md = "## **SCHRIFTELIJKE VRAAG**\n\nnr. 497\n\nvan **KURT DE LOOR**\n\n---\n\n### *Vlaamse overheid - Stage*\n";
        assertEquals("SCHRIFTELIJKE VRAAG\n\nnr. 497\n\nvan KURT DE LOOR\n\nVlaamse overheid - Stage", Normaliser.normalise(md));
    }

    @Test
    void markdownListMarkersBeforeItemsAreDropped() {
        String md = "3. Wat was het profiel?\n  - a) Wat was de scholingsgraad?\n  - b-c+f) Zie vraag 1.";
        assertEquals("3. Wat was het profiel?\na) Wat was de scholingsgraad?\nb-c+f) Zie vraag 1.", Normaliser.normalise(md));
    }

    @Test
    void linesBrokenMidSentenceAreJoined() {
        String text = WIDE + "\naantal pijnpunten op te lossen.\n";
        assertEquals(WIDE + " aantal pijnpunten op te lossen.", Normaliser.normalise(text));
    }

    @Test
    void brokenLinesAreJoinedAcrossPageBreakBlankLines() {
        String text = WIDE + " \n\nvan het besluit van de Vlaamse Regering.";
        assertEquals(WIDE + " van het besluit van de Vlaamse Regering.", Normaliser.normalise(text));
    }

    @Test
    void lineEndingInAFunctionWordContinuesBeforeACapital() {
        String text = "2. Hoeveel meldingen over beschadigde fietspaden ontving het Agentschap Wegen en\nVerkeer in 2023?";
        assertEquals("2. Hoeveel meldingen over beschadigde fietspaden ontving het Agentschap Wegen en Verkeer in 2023?",
                Normaliser.normalise(text));
    }

    @Test
    void numbersThatCarryTheSentenceOnAreJoined() {
        String text = "a) De kwalificerende trajecten hebben echter in februari van dit jaar in\n2023 geen nieuwe trajecten opgestart.";
        assertTrue(Normaliser.normalise(text).contains("in 2023 geen nieuwe"));
    }

    @Test
    void enumeratedItemsAreNeverJoined() {
        String text = WIDE + "\na) Welke initiatieven?\n" + WIDE + "\nii. Welke prognose?\n" + WIDE + "\nb-c+f) Om de planlast";
        String n = Normaliser.normalise(text);
        assertTrue(n.contains("\na) Welke"), n);
        assertTrue(n.contains("\nii. Welke"), n);
        assertTrue(n.contains("\nb-c+f) Om"), n);
    }

    @Test
    void shortHeaderLinesStayApart() {
        String text = "SCHRIFTELIJKE VRAAG\n\nnr. 461\nvan LISE VANDECASTEELE\ndatum: 7 maart 2023\n\naan HILDE CREVITS\n\n"
                + WIDE + " aantal\nstagescholen.";
        assertTrue(Normaliser.normalise(text).startsWith(
                "SCHRIFTELIJKE VRAAG\n\nnr. 461\nvan LISE VANDECASTEELE\ndatum: 7 maart 2023\n\naan HILDE CREVITS"));
    }

    @Test
    void hyphenatedWordsAreRepaired() {
        assertEquals("Gemeenschapsonderwijs", Normaliser.normalise("Gemeenschaps-\nonderwijs"));
    }

    @Test
    void ellipticCompoundsKeepTheirHyphen() {
        assertEquals("in de zorg- en welzijnssector", Normaliser.normalise("in de zorg-\nen welzijnssector"));
    }

    @Test
    void pageNumbersStandingAloneAreDropped() {
        String text = "Eerste pagina eindigt hier.\n\n- 2 -\n\nTweede pagina.\n\nPagina 3 van 4\n\nDerde.";
        assertEquals("Eerste pagina eindigt hier.\n\nTweede pagina.\n\nDerde.", Normaliser.normalise(text));
    }

    @Test
    void numbersInsideTextAreKept() {
        String text = "Antwerpen 162 60,67%\n162\nLimburg 41 26,45%";
        assertEquals(text, Normaliser.normalise(text));
    }

    @Test
    void spacesAreCollapsedAndInvisibleCharactersRemoved() {
        assertEquals("Zorgsector - Zijinstroom", Normaliser.normalise("  Zorgsector \u00A0-\t Zijinstroom\u00AD\u200B "));
    }

    @Test
    void blankLineRunsBecomeOneParagraphBreak() {
        assertEquals("a.\n\nb.", Normaliser.normalise("\n\n\na.\n\n\n\n\nb.\n\n"));
    }

    @Test
    void formFeedsArePageBreaks() {
        String n = Normaliser.normalise("Einde pagina.\fBegin pagina.");
        assertEquals("Einde pagina.\n\nBegin pagina.", n);
        assertFalse(n.contains("\f"));
    }

    @Test
    void normalisationIsIdempotent() {
        String text = "## **SCHRIFTELIJKE VRAAG**\r\n\r\n" + WIDE + "\r\naantal dingen.\r\n- 2 -\r\n";
        String once = Normaliser.normalise(text);
        assertEquals(once, Normaliser.normalise(once));
    }

    @Test
    void aCleanLineIsCleanedAsEveryOther() {
        // every character of the BMP alone, between letters, beside a space, at either end
        for (char c = 0; c < 0xFFFF; c++) {
            char ch = c;
            for (String line : new String[] {"a" + c + "b", c + "ab", "ab" + c, "a " + c + "b", "a" + c + " b"})
                assertEquals(Normaliser.cleanInlineInFull(line), Normaliser.cleanInline(line), () -> "U+" + Integer.toHexString(ch));
        }
        java.util.Random random = new java.util.Random(7);
        String alphabet = "ab \t\n\r\f.,\u00A0\u00AD\u00E9\u0065\u0301\u200B\u2009\uF0B7\u007F\u0085\u00FF\u0100";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--)
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String line = sb.toString();
            assertEquals(Normaliser.cleanInlineInFull(line), Normaliser.cleanInline(line), () -> line.chars().mapToObj(Integer::toHexString).toList().toString());
        }
        assertEquals("tweeëntwintig", Normaliser.cleanInline("twee\u0065\u0308ntwintig"));
    }
}
