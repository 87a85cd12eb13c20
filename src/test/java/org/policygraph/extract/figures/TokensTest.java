package org.policygraph.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.policygraph.model.Span;
import org.policygraph.text.TokenStream;

class TokensTest {

    /** Pieces that meet every edge of the grammar: joiners, marks, surrogate pairs, line terminators. */
    private static final String[] PIECES = {"a", "Zé", "KPI", "’", "'", "-", "1", "29.873", ",", ".", " ", "  ", "\t",
            "\n", "\r", "\u0085", "\u2028", "€", "%", "e\u0301", "\uD835\uDC00", "\uD83D\uDE00", "\uD800", "(", "x".repeat(85),
            "9".repeat(45), " ".repeat(205), "niet-EU-diploma", "zo’n"};

    /** What the pattern that defines a token finds, as the reader's tokens print. */
    private static List<String> byPattern(String text, Span region) {
        List<String> out = new ArrayList<>();
        Matcher m = TokenStream.TOKEN.matcher(text).region(region.start(), region.end());
        boolean space = true;
        while (m.find()) {
            if (m.group("space") != null) {
                space = true;
                continue;
            }
            Token.Kind kind = m.group("word") != null ? Token.Kind.WORD
                    : m.group("number") != null ? Token.Kind.NUMBER
                    : m.group("brk") != null ? Token.Kind.BREAK : Token.Kind.SYMBOL;
            out.add(new Token(kind, m.group(), m.start(), m.end(), space).toString());
            space = kind == Token.Kind.BREAK;
        }
        return out;
    }

    private static List<String> byReader(String text, Span region) {
        Tokens t = Tokens.of(text, region);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++)
            out.add(t.get(i).toString());
        return out;
    }

    @Test
    void readsTheTokensThePatternDefines() {
        Random r = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(30);
            for (int i = 0; i < len; i++)
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            String text = sb.toString();
            int a = text.isEmpty() ? 0 : r.nextInt(text.length());
            int b = a + (text.length() == a ? 0 : r.nextInt(text.length() - a + 1));
            // regions of the extract stage end at line ends, never inside a surrogate pair
            if (b < text.length() && b > 0 && Character.isLowSurrogate(text.charAt(b)))
                b--;
            if (a > 0 && a < text.length() && Character.isLowSurrogate(text.charAt(a)))
                a--;
            Span region = new Span(a, Math.max(a, b));
            assertEquals(byPattern(text, region), byReader(text, region), () -> "\"" + text + "\" " + region);
        }
    }

    @Test
    void readsWordsNumbersBreaksAndSymbols() {
        String text = "In 2023: 29.873.345,30 euro voor KPI’s (niet-EU)\nklaar.";
        Tokens t = Tokens.of(text, new Span(0, text.length()));
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < t.size(); i++)
            texts.add(t.get(i).text());
        assertEquals(List.of("In", "2023", ":", "29.873.345,30", "euro", "voor", "KPI’s", "(", "niet-EU", ")", "\n", "klaar", "."),
                texts);
        assertEquals(false, t.get(2).spaceBefore(), "\":\" is glued to 2023");
        assertEquals(true, t.get(3).spaceBefore());
    }
}
