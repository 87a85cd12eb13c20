package org.policygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.policygraph.model.Span;

class TokenStreamTest {

    /** Pieces that meet every edge of the tokeniser: joiners, marks, surrogate pairs, line terminators, long runs. */
    private static final String[] PIECES = {"a", "Zé", "KPI", "’", "'", "-", "1", "29.873", ",", ".", " ", "  ", "\t",
            "\n", "\r", "\u0085", "\u2028", "€", "%", "e\u0301", "\uD835\uDC00", "\uD83D\uDE00", "(", "x".repeat(85),
            "9".repeat(45), " ".repeat(205), "niet-EU-diploma", "zo’n"};

    private static List<String> printed(TokenStream t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++)
            out.add(t.kind(i) + " " + t.start(i) + "-" + t.end(i) + " " + t.spaceBefore(i) + " " + t.text(i));
        return out;
    }

    private static Span region(Random r, String text, int lo, int hi) {
        int a = lo + (hi == lo ? 0 : r.nextInt(hi - lo));
        int b = a + (hi == a ? 0 : r.nextInt(hi - a + 1));
        // regions of the extract stage never cut a surrogate pair
        if (b < text.length() && b > 0 && Character.isLowSurrogate(text.charAt(b)))
            b--;
        if (a > 0 && a < text.length() && Character.isLowSurrogate(text.charAt(a)))
            a--;
        return new Span(a, Math.max(a, b));
    }

    @Test
    void aRegionOfTheDocumentsTokensIsWhatReadingTheRegionAloneGives() {
        Random r = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(40);
            for (int i = 0; i < len; i++)
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            String text = sb.toString();
            TokenStream doc = TokenStream.of(text);
            Span region = region(r, text, 0, text.length());
            TokenStream view = doc.within(region);
            assertEquals(printed(TokenStream.of(text, region)), printed(view), () -> "\"" + text + "\" " + region);
            // and a region of a region, as a sentence of an answer
            Span inner = region(r, text, region.start(), region.end());
            assertEquals(printed(TokenStream.of(text, inner)), printed(view.within(inner)),
                    () -> "\"" + text + "\" " + region + " " + inner);
        }
    }

    @Test
    void offsetsAreAbsoluteAndLookUpFindsTheTokenAtAnOffset() {
        String text = "Zie nr. 58\nvan 2023.";
        TokenStream t = TokenStream.of(text).within(new Span(4, text.length()));
        assertEquals(List.of("nr", ".", "58", "\n", "van", "2023", "."),
                java.util.stream.IntStream.range(0, t.size()).mapToObj(t::text).toList());
        assertEquals(TokenStream.Kind.NUMBER, t.kind(t.indexAt(8)));
        assertEquals(false, t.spaceBefore(1), "the full stop is glued to nr");
    }

    @Test
    void aTokenIsFoldedOnceForTheDocumentAndEveryViewOnIt() {
        String text = "De VDAB zal in 2025 de Regeling herzien.";
        TokenStream doc = TokenStream.of(text);
        TokenStream clause = doc.within(new Span(8, text.length()));
        assertEquals("regeling", clause.folded(clause.indexAt(23)));
        assertSame(doc.folded(doc.indexAt(23)), clause.folded(clause.indexAt(23)), "one fold, whichever view asks");
        assertSame(doc.folded(1), doc.folded(1));
        assertEquals("vdab", doc.folded(1));
        // a region cut inside a token is read anew, and so folds its own tokens
        TokenStream cut = doc.within(new Span(25, text.length()));
        assertEquals("geling", cut.folded(0));
    }

    @Test
    void aTokenIsCutOnceAndAWordWithoutCapitalsIsItsOwnFold() {
        String text = "De VDAB zal herzien.";
        TokenStream doc = TokenStream.of(text);
        TokenStream view = doc.within(new Span(3, text.length()));
        assertSame(doc.text(1), view.text(0), "one cut, whichever view asks");
        assertEquals("VDAB", doc.text(1));
        assertEquals("vdab", doc.folded(1));
        assertSame(doc.text(2), doc.folded(2), "no copy for a word in lower case");
    }
}
