package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.testing.RandomTexts;

class SectionNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2 Advies|2|1|2",
            "2.1 Financiering|2.1|2|4",
            "3.2.1. Kosten|3.2.1|3|7",
            "12.3\tTabel|12.3|2|5",
            "1   Situering|1|1|4",
    })
    void numbersBeforeACapital(String line, String number, int depth, int length) {
        assertEquals(Optional.of(new SectionNumbers.SectionNumber(number, depth, length)), SectionNumbers.atStart(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5 gemeenten", " 2 Advies", "2023 Begroting", "2.", "a. Advies", "Advies 2 Bijlage", "٢ Advies"})
    void noSectionNumber(String line) {
        assertTrue(SectionNumbers.atStart(line).isEmpty());
    }

    /** The reading that skips lines without a leading digit gives what the pattern's find() gives. */
    @Test
    void sameAsThePatternOnRandomLines() {
        String[] pieces = "0123456789.. \t\nAaZé٢x".split("");
        Random random = new Random(15);
        for (int n = 0; n < 200_000; n++) {
            String line = RandomTexts.of(random, pieces, 12);
            Matcher m = SectionNumbers.NUMBER.matcher(line);
            Optional<Integer> expected = m.find() ? Optional.of(m.end()) : Optional.empty();
            assertEquals(expected, SectionNumbers.atStart(line).map(SectionNumbers.SectionNumber::length), () -> "'" + line + "'");
        }
    }
}
