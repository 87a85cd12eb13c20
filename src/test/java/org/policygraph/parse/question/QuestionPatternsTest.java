package org.policygraph.parse.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.policygraph.deadline.StartScan;
import org.policygraph.testing.RandomTexts;

class QuestionPatternsTest {

    private static final String[] PIECES = {"ANTWOORD", "Antwoord", "antwoord", "A", "\n", "\n", "\r\n", "\u2028", " ", "op ",
            "OP ", "vraag nr. 497", " van 5 september 2023", " van ", "KURT DE LOOR", "x", "2023", ".",
            "ANTWOORD op vraag nr. 497 van 5 september 2023", "Antwoord\nop vraag nr. 12 van 3 maart 2023\nvan KURT DE LOOR"};

    private static List<String> byFind(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find())
            out.add(m.start() + ":" + m.group() + ":" + m.group(1));
        return out;
    }

    private static List<String> byScan(StartScan s) {
        List<String> out = new ArrayList<>();
        while (s.find())
            out.add(s.matcher().start() + ":" + s.matcher().group() + ":" + (s.matcher().groupCount() > 0 ? s.matcher().group(1) : null));
        return out;
    }

    @Test
    void answerHeadingsAreWhatFindFinds() {
        Random r = new Random(5);
        int headers = 0;
        int markers = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = RandomTexts.of(r, PIECES, 30);
            List<String> h = byFind(QuestionPatterns.ANSWER_HEADER, text);
            assertEquals(h, byScan(QuestionPatterns.answerHeaders(text)), () -> "headers in \"" + text + "\"");
            List<String> m = new ArrayList<>();
            Matcher mm = QuestionPatterns.ANSWER_MARKER.matcher(text);
            while (mm.find())
                m.add(mm.start() + ":" + mm.group() + ":null");
            assertEquals(m, byScan(QuestionPatterns.answerMarkers(text)), () -> "markers in \"" + text + "\"");
            headers += h.size();
            markers += m.size();
        }
        assertTrue(headers > 50 && markers > 500, "the random texts hold headings: " + headers + " headers, " + markers + " markers");
    }
}
