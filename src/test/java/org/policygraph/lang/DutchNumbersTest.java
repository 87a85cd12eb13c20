package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DutchNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "14.700 | 14700", "29.873.345,30 | 29873345.30", "60,67 | 60.67",
            "13772 | 13772", "0,5 | 0.5", "1.000.000 | 1000000", "2022 | 2022" })
    void digitsInDutchNotation(String written, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(DutchNumbers.parseDigits(written).orElseThrow()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "4.0", "11.04", "1.2.3", "02", "0475", "1,000,000", "14.7", "1,000", "2,500" })
    void notDutchNotation(String written) {
        assertEquals(Optional.empty(), DutchNumbers.parseDigits(written));
    }

    @ParameterizedTest
    @CsvSource({ "één, 1", "Eén, 1", "twee, 2", "dertien, 13", "Dertien, 13", "twintig, 20", "eenentwintig, 21",
            "tweeëntwintig, 22", "zevenenveertig, 47", "honderd, 100", "duizend, 1000" })
    void numberWords(String word, int value) {
        assertEquals(Optional.of(value), DutchNumbers.parseWord(word));
    }

    /**
     * Every spelling of the list and every compound of a unit and tens, in both spellings of the
     * joint and in capitals: none may be turned away by the lengths a number word can have.
     */
    @Test
    void everyListedSpellingAndEveryCompoundIsANumberWord() {
        Map<Integer, List<String>> spellings = new TreeMap<>();
        for (List<String> row : Gazetteer.of("number-words").rows())
            spellings.put(Integer.parseInt(row.get(0)), row.subList(1, row.size()));
        int compounds = 0;
        spellings.forEach((value, words) -> words.forEach(w -> {
            assertEquals(Optional.of(value), DutchNumbers.parseWord(w), w);
            assertEquals(Optional.of(value), DutchNumbers.parseWord(w.toUpperCase(Locale.ROOT)), w);
        }));
        for (int tens = 20; tens <= 90; tens += 10)
            for (String t : spellings.get(tens))
                for (int unit = 1; unit <= 9; unit++)
                    for (String u : unit == 1 ? List.of("een") : spellings.get(unit))
                        for (String joint : List.of("en", "ën")) {
                            assertEquals(Optional.of(tens + unit), DutchNumbers.parseWord(u + joint + t), u + joint + t);
                            compounds++;
                        }
        assertTrue(compounds >= 8 * 9 * 2, "compounds tried: " + compounds);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "de", "en", "leerlingen", "achtentwintigste", "eenentwintigjarigen" })
    void wordsOfNoNumberWordsLengthAreNone(String word) {
        assertEquals(Optional.empty(), DutchNumbers.parseWord(word));
    }

    @ParameterizedTest
    @ValueSource(strings = { "een", "tweede", "eerste", "beide", "enkele", "dertiende" })
    void notNumberWords(String word) {
        assertEquals(Optional.empty(), DutchNumbers.parseWord(word));
    }

    @ParameterizedTest
    @CsvSource({ "duizend, 1000", "miljoen, 1000000", "miljard, 1000000000", "mln, 1000000" })
    void scales(String word, long factor) {
        assertEquals(0, BigDecimal.valueOf(factor).compareTo(DutchNumbers.scale(word).orElseThrow()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "14 | 1000000 | 14000000", "2,5 | 1000000000 | 2500000000",
            "1,25 | 1000 | 1250" })
    void scaledValuesHaveNoTrailingZeros(String written, long factor, String expected) {
        BigDecimal v = DutchNumbers.scaled(DutchNumbers.parseDigits(written).orElseThrow(), BigDecimal.valueOf(factor));
        assertEquals(expected, v.toPlainString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "1900", "2022", "2099" })
    void yearLike(String s) {
        assertTrue(DutchNumbers.isYearLike(s));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1899", "2100", "3300", "202", "20222" })
    void notYearLike(String s) {
        assertFalse(DutchNumbers.isYearLike(s));
    }

    @Test
    void digitsAreReadAsThePatternsReadThem() {
        java.util.Random random = new java.util.Random(17);
        String alphabet = "0123456789.,.,0a";
        int grouped = 0;
        for (int n = 0; n < 300_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(22); i >= 0; i--)
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            // numbers the way texts write them, as often as not
            String s = random.nextBoolean() ? sb.toString() : shaped(random);
            assertEquals(DutchNumbers.GROUPED.matcher(s).matches(), DutchNumbers.isGrouped(s), s);
            assertEquals(DutchNumbers.PLAIN.matcher(s).matches(), DutchNumbers.isPlain(s), s);
            if (DutchNumbers.isGrouped(s))
                grouped++;
        }
        assertTrue(grouped > 10_000, "grouped numbers tried: " + grouped);
    }

    /** Digits grouped by dots or not, with or without decimals, now and then a group or decimal too many. */
    private static String shaped(java.util.Random random) {
        StringBuilder sb = new StringBuilder();
        sb.append(random.nextInt(random.nextBoolean() ? 1000 : 1_000_000));
        for (int g = random.nextInt(8); g > 0; g--)
            sb.append('.').append(String.format("%0" + (random.nextInt(10) == 0 ? 4 : 3) + "d", random.nextInt(1000)));
        if (random.nextBoolean())
            sb.append(',').append(String.valueOf(random.nextLong(10_000_000L, 100_000_000L)), 0, 1 + random.nextInt(7));
        return sb.toString();
    }

    /** A word in any case is read as its lower case is: the look at its length and letters comes before the lower-casing. */
    @Test
    void aWordInAnyCaseIsReadAsItsLowerCase() {
        String[] pieces = {"twee", "ën", "en", "twintig", "dertien", "zes", "tig", "İ", "\u212A", "ß", "Σ", "a", "E", "ZES", "é"};
        java.util.Random random = new java.util.Random(53);
        int numbers = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(4); i >= 0; i--) {
                String piece = pieces[random.nextInt(pieces.length)];
                sb.append(random.nextBoolean() ? piece.toUpperCase(Locale.ROOT) : piece);
            }
            String word = sb.toString();
            Optional<Integer> lower = DutchNumbers.parseWord(word.toLowerCase(Locale.ROOT));
            assertEquals(lower, DutchNumbers.parseWord(word), word);
            if (lower.isPresent())
                numbers++;
        }
        assertTrue(numbers > 1_000, "number words: " + numbers);
    }
}
