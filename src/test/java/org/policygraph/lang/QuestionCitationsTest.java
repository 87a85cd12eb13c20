package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuestionCitationsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            schriftelijke vraag nr. 106 van 13 november 2017 van Ann Brusseel | 106 | 2017-11-13 | Ann Brusseel
            Vraag nr. 12 van 3 maart 2003 van Els van der Heyden aan de minister | 12 | 2003-03-03 | Els van der Heyden
            in mijn vraag nr 58 van 17 okt. 2017 stelde ik | 58 | 2017-10-17 |
            op de parlementaire vraag nr. 7b van 1ste juli 2022 | 7b | 2022-07-01 |
            """)
    void readsNumberDateAndAsker(String text, String number, String date, String asker) {
        Matcher m = QuestionCitations.IN_TEXT.matcher(text);
        assertTrue(m.find(), text);
        assertEquals(Optional.of(new QuestionCitations.Citation(number, LocalDate.parse(date))), QuestionCitations.read(m, 1));
        assertEquals(asker, m.group(QuestionCitations.GROUPS + 1));
    }

    @Test
    void aDayThatDoesNotExistCitesNothing() {
        Matcher m = QuestionCitations.IN_TEXT.matcher("vraag nr. 5 van 31 februari 2023");
        assertTrue(m.find());
        assertEquals(Optional.empty(), QuestionCitations.read(m, 1));
    }

    @Test
    void embedsInALargerSentence() {
        Pattern pointer = Pattern.compile("^Zie mijn antwoord op " + QuestionCitations.REGEX + "\\.?$");
        Matcher m = pointer.matcher("Zie mijn antwoord op de schriftelijke vraag nr. 12 van 3 maart 2023.");
        assertTrue(m.matches());
        assertEquals("12", QuestionCitations.read(m, 1).orElseThrow().number());
        assertFalse(pointer.matcher("Zie mijn antwoord op vraag 12 van 3 maart 2023.").matches());
    }

    @Test
    void readsANumberAloneAndByParliamentaryYear() {
        assertTrue(Pattern.compile("^" + QuestionCitations.NUMBER + "$").matcher("Vraag nr. 497").matches());
        assertTrue(Pattern.compile("^" + QuestionCitations.NUMBER + "$").matcher("nr 12a").matches());
        Matcher m = QuestionCitations.BY_SESSION.matcher("zie vraag (nr. 58, 2017-2018)");
        assertTrue(m.find());
        assertEquals("vraag (nr. 58, 2017-2018", m.group());
        assertEquals("58", m.group(1));
        assertEquals("2018", m.group(3));
    }

    @Test
    void readsAOneLineHeader() {
        Matcher m = QuestionCitations.HEADER_LINE.matcher(
                "Vraag nr. 12 van 3 maart 2003 van JAN PEETERS aan BART SOMERS, VLAAMS MINISTER VAN ONDERWIJS");
        assertTrue(m.matches());
        assertEquals(Optional.of(new QuestionCitations.Citation("12", LocalDate.of(2003, 3, 3))), QuestionCitations.read(m, 1));
        assertEquals("JAN PEETERS", m.group(5));
        assertEquals("BART SOMERS, VLAAMS MINISTER VAN ONDERWIJS", m.group(6));
        Matcher bare = QuestionCitations.HEADER_LINE.matcher("vraag nr. 7 van 2 januari 2024");
        assertTrue(bare.matches());
        assertEquals(null, bare.group(5));
        assertFalse(QuestionCitations.HEADER_LINE.matcher("Zie vraag nr. 7 van 2 januari 2024").matches());
    }
}
