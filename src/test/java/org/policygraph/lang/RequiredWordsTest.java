package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The words read from a pattern are never missing from text the pattern matches. */
class RequiredWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            (?:behoort|valt) niet tot             ; het valt niet tot           ; true
            (?:behoort|valt) niet tot             ; het valt wel tot            ; false
            (?:behoort|valt) niet tot             ; het hoort niet tot          ; false
            a?b                                   ; b                           ; true
            ab*c                                  ; ac                          ; true
            ab*c                                  ; ab                          ; false
            ab+c                                  ; abbc                        ; true
            ab+c                                  ; ac                          ; false
            (?:x|\\d)y                            ; 7y                          ; true
            [abc]+d                               ; d                           ; true
            (?=abc)d                              ; d                           ; true
            (?<!abc)d                             ; d                           ; true
            (?:ik|wij) ben(?:ik)?                 ; WIJ BEN                     ; true
            \\Qprojectsubsidie\\E\\s+\\Qvoor\\E   ; PROJECTSUBSIDIE  voor       ; true
            \\Qprojectsubsidie\\E\\s+\\Qvoor\\E   ; subsidie voor               ; false
            s                                     ; ſ                           ; true
            k                                     ; \u212A                      ; true
            (?-i:Gent), (?:Aalst|Lier)            ; gent, lier                  ; true
            (?<name>gent)\\.                      ; gent,                       ; false
            (?:a|b)|c                             ; c                           ; true
            (?:a|b)|c                             ; d                           ; false
            """)
    void readsWhatEveryMatchHolds(String regex, String text, boolean may) {
        assertEquals(may, RequiredWords.of(regex).mayMatch(RequiredWords.fold(text.translateEscapes())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(?<name>x", "a{2", "x)y", "\\"})
    void aPatternItCannotReadNeedsNoWords(String regex) {
        assertEquals(0, RequiredWords.of(regex).size());
        assertTrue(RequiredWords.of(regex).mayMatch(""));
    }

    @Test
    void foldsAsACaseInsensitivePatternCompares() {
        assertEquals("ik verwijs naar", RequiredWords.fold("Ik VERWIJS naar"));
        assertEquals(RequiredWords.fold("s"), RequiredWords.fold("ſ"));
        assertEquals("geïnventariseerd", RequiredWords.fold("GEÏNVENTARISEERD"));
        for (char c = 0; c < Character.MAX_VALUE; c++)
            assertEquals(Character.toLowerCase(Character.toUpperCase(c)), RequiredWords.fold(String.valueOf(c)).charAt(0));
    }

    /**
     * Every pattern of the data files that read words: on random text made of their own words, in
     * random case, with look-alike characters, a pattern that finds a match never lacks its words.
     */
    @Test
    void neverRefusesTextThePatternsOfTheDataFilesMatch() {
        List<String> regexes = new ArrayList<>();
        for (String file : List.of("response-cues", "answer-evidence", "question-kinds"))
            for (List<String> row : Gazetteer.of(file).rows())
                regexes.addAll(row.subList(1, row.size()));
        List<String> vocabulary = new ArrayList<>(List.of("de", "het", "die", "gegevens", "2024", "12/3/24", "ſ", "\u212A",
                "İ", "Gent", "Aalst", "Lier", ",", ".", ":", "?", "\n"));
        for (String regex : regexes)
            for (String w : regex.split("[^\\p{L}\\d]+"))
                if (!w.isEmpty())
                    vocabulary.add(w);
        Random random = new Random(19);
        int found = 0;
        for (String regex : regexes) {
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
            RequiredWords words = RequiredWords.of(regex);
            assertTrue(words.size() > 0 || regex.contains("\\d{1,2}/"), "no words read from " + regex);
            for (int n = 0; n < 1000; n++) {
                String text = text(random, vocabulary, regex);
                // the folded text with its pairs at hand answers as the folded text alone
                assertEquals(words.mayMatch(RequiredWords.fold(text)), words.mayMatch(RequiredWords.folded(text)), text);
                if (p.matcher(text).find()) {
                    found++;
                    assertTrue(words.mayMatch(RequiredWords.fold(text)), regex + " matches \"" + text + "\"");
                }
            }
        }
        assertTrue(found > regexes.size() * 30, "the random texts gave too few matches to say anything: " + found);
    }

    /** The grant words' patterns (quoted words, compounds) likewise, on text of their own words. */
    @Test
    void neverRefusesTextTheGrantWordsMatch() {
        List<String> vocabulary = new ArrayList<>(List.of("de", "vzw", "2024", "euro", "ſ", ",", "."));
        for (List<String> row : Gazetteer.of("grant-words").rows())
            vocabulary.addAll(row.subList(1, row.size()));
        vocabulary.addAll(Gazetteer.of("amount-verbs").entries());
        Random random = new Random(23);
        int found = 0;
        for (GrantWords.Role role : GrantWords.Role.values()) {
            Pattern p = GrantWords.pattern(role);
            RequiredWords words = RequiredWords.of(p.pattern());
            assertTrue(words.size() > 0, "no words read from " + p);
            for (int n = 0; n < 2000; n++) {
                String text = text(random, vocabulary, "");
                String compound = random.nextBoolean() ? text : "project" + text;
                if (p.matcher(compound).find()) {
                    found++;
                    assertTrue(words.mayMatch(RequiredWords.fold(compound)), p + " matches \"" + compound + "\"");
                }
            }
        }
        assertTrue(found > GrantWords.Role.values().length * 30, "too few matches to say anything: " + found);
    }

    /** Words of the vocabulary, or of this pattern in its order (to give matches), in random case. */
    private static String text(Random random, List<String> vocabulary, String regex) {
        StringBuilder s = new StringBuilder();
        String[] own = regex.isEmpty() ? new String[0] : regex.split("[^\\p{L}\\d]+");
        int words = 3 + random.nextInt(14);
        int k = random.nextInt(Math.max(1, own.length));
        for (int i = 0; i < words; i++) {
            String w;
            if (random.nextInt(3) > 0 && own.length > 0) {
                w = own[k % own.length];
                k += random.nextInt(4) == 0 ? 2 : 1;
            } else {
                w = vocabulary.get(random.nextInt(vocabulary.size()));
            }
            w = switch (random.nextInt(6)) {
                case 0 -> w.toUpperCase(Locale.ROOT);
                case 1 -> w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
                case 2 -> w.replace('s', 'ſ').replace('k', '\u212A');
                default -> w;
            };
            if (s.length() > 0)
                s.append(random.nextInt(10) == 0 ? ", " : " ");
            s.append(w);
        }
        if (random.nextBoolean())
            s.append(random.nextBoolean() ? "." : ":");
        return s.toString();
    }
}
