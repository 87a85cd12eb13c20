package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.Located;
import org.policygraph.model.Span;

class SentencesTest {

    private static List<String> sentences(String text) {
        Sentences s = Sentences.of(text, new Span(0, text.length()));
        return s.spans().stream().map(sp -> sp.of(text)).toList();
    }

    @Test
    void splitsAtFullStopsBeforeACapitalButNotAfterAbbreviations() {
        assertEquals(List.of("Zie vraag nr. 12 van o.a. de minister.", "Er waren 5 dossiers!", "Waarom?"),
                sentences("Zie vraag nr. 12 van o.a. de minister. Er waren 5 dossiers! Waarom?"));
        assertEquals(List.of("Het kost 14.700 euro, bijv. voor de scholen."),
                sentences("Het kost 14.700 euro, bijv. voor de scholen."));
    }

    @Test
    void aFootnoteMarkerAfterTheFullStopEndsTheSentence() {
        assertEquals(List.of("We werken samen.1", "We blijven."), sentences("We werken samen.1 We blijven."));
    }

    @Test
    void aLineThatEndsOpenCarriesTheSentenceOn() {
        assertEquals(List.of("De scholen in Geel,\nGent en de stad van\nOostende doen mee.", "Klaar"),
                sentences("De scholen in Geel,\nGent en de stad van\nOostende doen mee.\nKlaar"));
        assertEquals(List.of("Kosten voor", "Personeel"), sentences("Kosten voor\n1. Personeel"));
    }

    @Test
    void aLineGoingOnInLowerCaseCarriesTheSentenceOn() {
        assertEquals(List.of("De SERV vraagt aandacht en vraagt\ndat dit wordt opgevolgd.", "Klaar."),
                sentences("De SERV vraagt aandacht en vraagt\ndat dit wordt opgevolgd. Klaar."));
        assertEquals(List.of("Het budget stijgt", "De minister volgt het op."),
                sentences("Het budget stijgt\nDe minister volgt het op."), "a capital may open a sentence: the words decide");
        assertEquals(List.of("Het budget stijgt.", "daarna niet meer"), sentences("Het budget stijgt.\ndaarna niet meer"));
    }

    /**
     * A line carries the sentence on only when it ends in a letter or a carrying mark; a line
     * terminator left at its end ("\r") is looked through, as the pattern's "$" does.
     */
    @Test
    void whatALineEndsInDecidesWhetherItCarriesOn() {
        assertEquals(List.of("De scholen in Geel;\nGent doen mee."), sentences("De scholen in Geel;\nGent doen mee."));
        assertEquals(List.of("De scholen (\nGent) doen mee."), sentences("De scholen (\nGent) doen mee."));
        assertEquals(List.of("De scholen in Geel,\r\nGent doen mee."), sentences("De scholen in Geel,\r\nGent doen mee."));
        assertEquals(List.of("De stad van\r\nGent doet mee."), sentences("De stad van\r\nGent doet mee."));
        assertEquals(List.of("De scholen in Geel.", "Gent doet mee."), sentences("De scholen in Geel.\nGent doet mee."));
        assertEquals(List.of("Het kost 5 euro:", "Gent betaalt."), sentences("Het kost 5 euro:\nGent betaalt."));
        assertEquals(List.of("De stad van", "Gent doet mee."), sentences("De stad van \nGent doet mee."));
    }

    @Test
    void labelsAndSectionNumbersAreNoPartOfASentence() {
        String text = "3. a-d) Zie vraag 1.\n2.1 Financiering\n• Naar regio:";
        Sentences s = Sentences.of(text, new Span(0, text.length()));
        assertEquals(List.of("Zie vraag 1.", "Financiering", "Naar regio:"), sentences(text));
        assertTrue(s.inLabel(0));
        assertTrue(s.inLabel(text.indexOf("a-d")));
        assertTrue(s.inLabel(text.indexOf("2.1")));
        assertFalse(s.inLabel(text.indexOf("Zie")));
    }

    /** The figures of a long sentence share one copy of its text, not one each. */
    @Test
    void theSentencesOfOneTextAreLocatedOnce() {
        String text = "Eerst dit. Dan de minister en haar antwoord.";
        Sentences s = Sentences.of(text, new Span(0, text.length()));
        Located first = s.located(text, text.indexOf("minister"));
        assertEquals("Dan de minister en haar antwoord.", first.text());
        assertSame(first, s.located(text, text.indexOf("antwoord")));
        assertEquals("Eerst dit.", s.located(text, 0).text());
        String copy = new String(text);
        assertEquals(first, s.located(copy, text.indexOf("minister")));
        assertNotSame(first, s.located(copy, text.indexOf("minister")));
        assertEquals(new Located("", new Span(10, 10)), s.located(text, 10));
    }

    @Test
    void aroundGivesTheSentencesThatHoldASpan() {
        String text = "Eerst dit. Dan de minister en haar antwoord. Tot slot.";
        int start = text.indexOf("minister");
        assertEquals("Dan de minister en haar antwoord.",
                Sentences.around(text, new Span(0, text.length()), start, start + 8).text());
    }

    /** Letters, capitals, marks, spaces and surrogates around the places where a sentence can end. */
    private static final String[] PIECES = {".", "?", "!", "1", "23", "”", "\"", "’", "'", ")", " ", "  ", "\t", "\n", "\r",
            "\f", "\u000B", "\u00A0", "a", "o", "b", "De", "Ü", "É", "ß", "ǅ", "“", "‘", "(", "€", "\uD835\uDC00", "\uD801\uDC00",
            "\uD835", "\uDC00", "\r\n", "\u0085", "\u2028", "nr", "bijv", "ong", "abcdefghijklmno", "x"};

    private static String randomText(java.util.Random random, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(pieces); i >= 0; i--)
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        return sb.toString();
    }

    @Test
    void sentenceEndsAreReadAsThePatternReadsThem() {
        java.util.Random random = new java.util.Random(11);
        int read = 0;
        for (int n = 0; n < 100_000; n++) {
            String s = randomText(random, 12);
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            String segment = s.substring(from, to);
            for (int p = from; p < to; p++) {
                java.util.regex.Matcher m = Sentences.END.matcher(segment).useTransparentBounds(true)
                        .useAnchoringBounds(false).region(p - from, to - from);
                int expected = m.lookingAt() ? from + m.end() : -1;
                int actual = Sentences.endAt(s, p, from, to);
                if (actual == Sentences.UNREAD)
                    continue;
                read++;
                int at = p;
                assertEquals(expected, actual, () -> "at " + at + " of " + s.chars().mapToObj(Integer::toHexString).toList()
                        + " in [" + from + ", " + to + ")");
            }
        }
        assertTrue(read > 200_000, "read " + read);
    }

    @Test
    void abbreviationsAreReadAsThePatternReadsTheWordBefore() {
        java.util.Random random = new java.util.Random(13);
        Gazetteer abbreviations = Gazetteer.of("abbreviations");
        for (int n = 0; n < 100_000; n++) {
            String s = randomText(random, 10) + ".";
            int dot = s.length() - 1;
            int from = random.nextInt(dot + 1);
            java.util.regex.Matcher w = Sentences.WORD_BEFORE.matcher(s).region(Math.max(from, dot - 13), dot);
            boolean expected = w.find() && (w.group(1).length() == 1 || abbreviations.containsIgnoreCase(w.group(1)));
            assertEquals(expected, Sentences.isAbbreviation(s, from, dot), () -> s + " from " + from);
        }
        assertTrue(Sentences.isAbbreviation("zie nr.", 0, 6));
        assertFalse(Sentences.isAbbreviation("zie nr.", 6, 6));
        assertFalse(Sentences.isAbbreviation("zie januari.", 0, 11));
        assertTrue(Sentences.isAbbreviation("zie o.", 0, 5));
    }

    @Test
    void noOffsetWhereAnEndCanStartIsPassedOver() {
        java.util.Random random = new java.util.Random(47);
        int candidates = 0;
        for (int n = 0; n < 50_000; n++) {
            String s = randomText(random, 14);
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            Sentences.Marks marks = new Sentences.Marks(s, to);
            for (int p = from; p < to; p++) {
                int q = Sentences.candidate(s, p, from, marks);
                assertTrue(q >= p && q <= to, "candidate " + q + " from " + p);
                for (int r = p; r < q; r++) {
                    int at = r;
                    assertEquals(-1, Sentences.endAt(s, r, from, to), () -> "passed over " + at + " in \"" + s + "\" [" + from + ", " + to + ")");
                }
                if (q < to)
                    candidates++;
            }
        }
        assertTrue(candidates > 10_000, "candidates: " + candidates);
    }
}
