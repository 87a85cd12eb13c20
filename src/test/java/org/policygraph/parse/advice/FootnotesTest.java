package org.policygraph.parse.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Where an advice's footnotes begin: the first line opening a footnote whose number the text used as a marker. */
class FootnotesTest {

    @Test
    void theFootnotesBeginAtTheLineOfAMarkersNumber() {
        String text = "De Vlor vraagt meer middelen.1 Dat is nodig.2\n\nSlot.\n1 Vlor, Raad. Titel, 1 maart 2020.\n2 Zie ook.";
        assertEquals(text.indexOf("1 Vlor"), Footnotes.start(text, List.of()));
    }

    @Test
    void withoutTheOpeningLineThereAreNone() {
        String text = "Zie punt 2.1 hieronder.\n\n2.1 Aanbeveling\n\nTekst.";
        assertEquals(text.length(), Footnotes.start(text, List.of()));
    }

    /** The rule as first written: per marker, the first line "N x" after it, found by a pattern. */
    private static int reference(String text) {
        Pattern marker = Pattern.compile("[\\p{L}.)’”](\\d{1,2})(?= |\\n|$)");
        Matcher m = marker.matcher(text);
        int first = Integer.MAX_VALUE;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            Matcher opening = Pattern.compile(String.format("(?m)^%d \\S", n)).matcher(text);
            if (opening.find(m.end()))
                first = Math.min(first, opening.start());
        }
        return first == Integer.MAX_VALUE ? text.length() : first;
    }

    @Test
    void findsWhatThePatternPerMarkerFoundOnRandomTexts() {
        String[] pieces = {"werken.1 ", "zie 2.1 ", "Vlor.12 ", "tekst", " ", "\n", "\r\n", "\r", "\u2028", "1 Vlor", "12 x", "01 y",
                "2  z", "2 \t", "0 a", "5", "05 b", "a)", "3 ", "punt.3\n", "99 c", "100 d"};
        Random random = new Random(51226);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(30);
            for (int k = 0; k < n; k++)
                b.append(pieces[random.nextInt(pieces.length)]);
            String text = b.toString();
            assertEquals(reference(text), Footnotes.start(text, List.of()), text.replace("\n", "\\n").replace("\r", "\\r"));
        }
    }
}
