package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ItemLabelsTest {

    private static ItemLabel label(String line) {
        Optional<ItemLabel> l = ItemLabels.atStart(line);
        assertTrue(l.isPresent(), () -> "no label in '" + line + "'");
        return l.get();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1. Hoeveel dossiers?       | 1.     | 1     | ARABIC       | 1          | 3
            12) Welke kosten?          | 12)    | 12    | ARABIC       | 12         | 4
            1° de gemeenten            | 1°     | 1     | ARABIC       | 1          | 3
            (1) de gemeenten           | (1)    | 1     | ARABIC       | 1          | 4
            a) Hoeveel?                | a)     | a     | LOWER_LETTER | a          | 3
            a)Hoeveel?                 | a)     | a     | LOWER_LETTER | a          | 2
            (a) Hoeveel?               | (a)    | a     | LOWER_LETTER | a          | 4
            a. Hoeveel?                | a.     | a     | LOWER_LETTER | a          | 3
            A. Algemene opmerkingen    | A.     | A     | UPPER_LETTER | A          | 3
            A) Algemene opmerkingen    | A)     | A     | UPPER_LETTER | A          | 3
            I. Inleiding               | I.     | I     | UPPER_ROMAN  | I          | 3
            II) Context                | II)    | II    | UPPER_ROMAN  | II         | 4
            i. de eerste               | i.     | i     | LOWER_ROMAN  | i          | 3
            iv) de vierde              | iv)    | iv    | LOWER_ROMAN  | iv         | 4
            (ii) de tweede             | (ii)   | ii    | LOWER_ROMAN  | ii         | 5
            c) de derde                | c)     | c     | LOWER_LETTER | c          | 3
            9-11 Zie hoger.            | 9-11   | 9-11  | ARABIC       | 9 10 11    | 5
            9-11. Zie hoger.           | 9-11.  | 9-11  | ARABIC       | 9 10 11    | 6
            9–11. Zie hoger.           | 9–11.  | 9-11  | ARABIC       | 9 10 11    | 6
            a-d) Zie vraag 1.          | a-d)   | a-d   | LOWER_LETTER | a b c d    | 5
            b-c+f) Zie hoger.          | b-c+f) | b-c+f | LOWER_LETTER | b c f      | 7
            b - c) Zie hoger.          | b - c) | b-c   | LOWER_LETTER | b c        | 7
            ii-iv) Zie hoger.          | ii-iv) | ii-iv | LOWER_ROMAN  | ii iii iv  | 7
            3. a-d) Zie vraag 1.       | 3.     | 3     | ARABIC       | 3          | 3
            """)
    void readsCountedLabels(String line, String written, String core, LabelStyle style, String members, int length) {
        ItemLabel l = label(line);
        assertEquals(new ItemLabel(written, core, style, List.of(members.split(" ")), length), l);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"• de kosten", "▪ de kosten", "o de kosten", "- de kosten", "– de kosten",
            "* de kosten", "\uF0B7 de kosten", "•"})
    void readsBullets(String line) {
        ItemLabel l = label(line);
        assertEquals(LabelStyle.BULLET, l.style());
        assertEquals("", l.core());
        assertEquals(List.of(), l.members());
        assertEquals(line.substring(0, 1), l.written());
        assertEquals(Math.min(2, line.length()), l.length());
    }

    @Test
    void aLabelAloneOnItsLineIsALabel() {
        assertEquals(new ItemLabel("1.", "1", LabelStyle.ARABIC, List.of("1"), 2), label("1."));
        assertEquals(new ItemLabel("b)", "b", LabelStyle.LOWER_LETTER, List.of("b"), 3), label("b) "));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"2023. Een jaar van veranderingen", "14.700 euro werd besteed", "100. Honderd",
            "A. Janssens", "A. Janssens, Vlaams minister", "A. B. Janssens", "A. van der Heyden", "K. De Loor",
            "A. JANSSENS stelt voor", "I. Janssens", "o.a. de gemeenten", "i.v.m. de kosten", "1.5 procent",
            "Ik verwijs naar", "In 2023 werd", "Het", "-5 procent", "ab) niets", "Mi. niets", "1a. gemengd",
            "a° niets", "(zie hoger)", "", "2023-2024 begroting", "11-9 verkeerd om", "e.g. something"})
    void refusesWhatOnlyLooksLikeALabel(String line) {
        assertEquals(Optional.empty(), ItemLabels.atStart(line));
    }

    @Test
    void aCapitalBeforeAHeadingWordIsALabel() {
        assertEquals(LabelStyle.UPPER_LETTER, label("B. Inleiding").style());
        assertEquals(LabelStyle.UPPER_LETTER, label("C. De Vlaamse overheid en de lokale besturen").style());
    }

    @Test
    void expandsRangesAndUnionsOfOneStyle() {
        assertEquals(List.of("b", "c", "f"), ItemLabels.expand("b-c+f", LabelStyle.LOWER_LETTER));
        assertEquals(List.of("9", "10", "11"), ItemLabels.expand("9-11", LabelStyle.ARABIC));
        assertEquals(List.of("a", "b", "c", "d"), ItemLabels.expand("a-d", LabelStyle.LOWER_LETTER));
        assertEquals(List.of("II", "III", "IV"), ItemLabels.expand("II-IV", LabelStyle.UPPER_ROMAN));
        assertEquals(List.of("1", "3"), ItemLabels.expand("1+3", LabelStyle.ARABIC));
        assertEquals(List.of(), ItemLabels.expand("d-a", LabelStyle.LOWER_LETTER));
        assertEquals(List.of(), ItemLabels.expand("b-c", LabelStyle.ARABIC));
    }

    @Test
    void anAmbiguousLetterIsReadAloneAsRomanAndCanBeReadAsLetter() {
        ItemLabel i = label("i) en verder");
        assertEquals(LabelStyle.LOWER_ROMAN, i.style());
        ItemLabel letter = ItemLabels.as(i, LabelStyle.LOWER_LETTER).orElseThrow();
        assertEquals(LabelStyle.LOWER_LETTER, letter.style());
        assertEquals(9, letter.first());
        assertEquals(List.of("i", "j", "k"), ItemLabels.as(label("i-k) samen"), LabelStyle.LOWER_LETTER).orElseThrow().members());
        assertEquals(Optional.empty(), ItemLabels.as(label("ii) twee"), LabelStyle.LOWER_LETTER));
        assertEquals(LabelStyle.LOWER_LETTER, label("c. drie").style());
    }

    @Test
    void ordinalsCountInTheirStyle() {
        assertEquals(4, ItemLabels.ordinal("iv", LabelStyle.LOWER_ROMAN));
        assertEquals(19, ItemLabels.ordinal("XIX", LabelStyle.UPPER_ROMAN));
        assertEquals(3, ItemLabels.ordinal("c", LabelStyle.LOWER_LETTER));
        assertEquals(0, ItemLabels.ordinal("c", LabelStyle.UPPER_LETTER));
        assertEquals("xxxix", ItemLabels.member(39, LabelStyle.LOWER_ROMAN));
        assertEquals(9, label("9-11").first());
        assertEquals(11, label("9-11").last());
    }

    @Test
    void romanMembersAreWhatTheRomanPatternAccepts() {
        java.util.regex.Pattern roman = java.util.regex.Pattern.compile("x{0,3}(?:ix|iv|v?i{0,3})");
        List<String> words = new java.util.ArrayList<>(List.of(""));
        for (int length = 1; length <= 6; length++) {
            List<String> longer = new java.util.ArrayList<>();
            for (String w : words)
                for (char c : "ivxa".toCharArray())
                    longer.add(w + c);
            for (String w : longer)
                assertEquals(roman.matcher(w).matches(), ItemLabels.ordinal(w, LabelStyle.LOWER_ROMAN) > 0, w);
            words = longer;
        }
        assertEquals(39, ItemLabels.ordinal("xxxix", LabelStyle.LOWER_ROMAN));
    }

    @Test
    void aLineThePrefilterRefusesOpensNoCountedLabel() {
        // pieces of labels and of the words and numbers that open ordinary lines
        List<String> pieces = List.of("1", "12", "123", "2023", "a", "b", "iv", "xxxix", "ABCDEFG", "ABCDEFGH", "Vlaanderen",
                "a1", "1a", "(", ")", ".", ".)", "°", "-", "–", "+", ",", " ", " ", "é", "\t");
        java.util.Random random = new java.util.Random(15);
        int matched = 0;
        int refused = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = 1 + random.nextInt(7); i > 0; i--)
                b.append(pieces.get(random.nextInt(pieces.size())));
            String t = b.toString();
            boolean matches = ItemLabels.BRACKETED.matcher(t).lookingAt() || ItemLabels.PUNCTUATED.matcher(t).lookingAt()
                    || ItemLabels.BARE_RANGE.matcher(t).lookingAt();
            if (matches)
                matched++;
            if (!ItemLabels.mayOpenCountedLabel(t)) {
                refused++;
                assertTrue(!matches, () -> "refused, but a pattern reads a label: " + t);
            }
        }
        assertTrue(matched > 5_000 && refused > 10_000, matched + " matched, " + refused + " refused");
    }

    @Test
    void thePunctuatedLabelReadByHandIsThePatternsMatch() {
        List<String> pieces = List.of("1", "12", "123", "a", "b", "iv", "xxxix", "ABCDEFG", "ABCDEFGH", "a1", "1a", "(", ")",
                ".", ".)", "°", "-", "–", "+", ",", " ", "  ", "é", "Z");
        java.util.Random random = new java.util.Random(16);
        int matched = 0;
        for (int n = 0; n < 300_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = 1 + random.nextInt(30); i > 0; i--)
                b.append(pieces.get(random.nextInt(pieces.size())));
            String t = b.toString();
            java.util.regex.Matcher m = ItemLabels.PUNCTUATED.matcher(t);
            int expected = m.lookingAt() ? m.end(1) : -1;
            if (expected > 0)
                matched++;
            assertEquals(expected, ItemLabels.punctuatedCoreEnd(t), t);
        }
        // thirteen members and their punctuation are a label, fourteen are not
        assertEquals(25, ItemLabels.punctuatedCoreEnd("a+b+c+d+e+f+g+h+i+j+k+l+m)"));
        assertEquals(-1, ItemLabels.punctuatedCoreEnd("a+b+c+d+e+f+g+h+i+j+k+l+m+n)"));
        assertTrue(matched > 10_000, matched + " matched");
    }
}
