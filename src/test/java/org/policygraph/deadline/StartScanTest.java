package org.policygraph.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.policygraph.testing.RandomTexts;

class StartScanTest {

    /** Pieces the random texts are made of: the openings and edges the patterns below care about. */
    private static final String[] PIECES = {"1", "12", "2023", "-", "–", ".", ",", " ", "\n", "@", "juli", "Juli", "ſept",
            "sept", "okt", "van", "nr", "www", "http://", "a", "K", "#", "(", ")", "0", "+32", "’", "e"};

    private static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(60);
        for (int i = 0; i < n; i++)
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        return sb.toString();
    }

    private static List<String> byFind(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find())
            out.add(m.start() + ":" + m.group());
        return out;
    }

    private static List<String> byScan(Pattern p, String text, StartScan.Starts starts) {
        return all(StartScan.of(p, text, starts));
    }

    private static List<String> all(StartScan s) {
        List<String> out = new ArrayList<>();
        while (s.find())
            out.add(s.matcher().start() + ":" + s.matcher().group());
        return out;
    }

    private static void sameAsFind(Pattern p, StartScan.Starts starts) {
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(r);
            assertEquals(byFind(p, text), byScan(p, text, starts), () -> p + " in \"" + text + "\"");
        }
    }

    @Test
    void findsWhatFindFindsBehindLookBehindsAndBoundaries() {
        sameAsFind(Pattern.compile("(?<![\\d.,])\\d{1,2}(?:ste|de|e)?\\s(?:juli|sept|okt)\\b\\.?(?:\\s(?:19|20)\\d{2}\\b)?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), StartScan.DIGITS);
        sameAsFind(Pattern.compile("(?<![\\d.,])(?:19|20)\\d{2}\\s?[-–/]\\s?(?:(?:19|20)\\d{2}|\\d{2})(?!\\d)"),
                StartScan.anyOf("12"));
        sameAsFind(Pattern.compile("\\b(?:nr|van) \\d+"), StartScan.anyOf("nv"));
    }

    @Test
    void findsWhatFindFindsWhereCaseIsIgnored() {
        sameAsFind(Pattern.compile("\\b(?:juli|sept|okt)\\.?\\s(?:19|20)\\d{2}\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                StartScan.anyOfIgnoringCase("jso"));
    }

    @Test
    void multiLineStartIsTheStartOfALineNotOfTheCandidate() {
        sameAsFind(Pattern.compile("(?m)^(?:juli|okt)(?= \\d)"), StartScan.anyOf("jo"));
    }

    /** Line starts of every kind, and the words the line-start patterns below open with, in look-alike cases. */
    private static final String[] LINE_PIECES = {"\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", " ", "x", "download",
            "DOWNLOAD", "Lees", "lEEs", "ſ", "\u212A", "İ", " hier", " het", " advies", "ANTWOORD", "Antwoord", "antwoord", "A"};

    @Test
    void lineStartsWithAStartSetFindWhatFindFinds() {
        List<Pattern> patterns = List.of(
                Pattern.compile("(?im)^(?:download|lees)(?: hier)? (?:het )?advies\\b"),
                Pattern.compile("^(?:ANTWOORD|Antwoord)$", Pattern.MULTILINE),
                Pattern.compile("^(?:ANTWOORD|Antwoord)[ \\n]{1,3}(?i:hier)", Pattern.MULTILINE));
        List<StartScan.CharSet> starts = List.of(StartScan.anyOf("dDlL"), StartScan.anyOf("A"), StartScan.anyOf("A"));
        Random r = new Random(11);
        int matches = 0;
        String[] feedsOnly = java.util.Arrays.stream(LINE_PIECES).filter(s -> !s.matches("(?s).*[\\r\u0085\u2028\u2029].*"))
                .toArray(String[]::new);
        for (int i = 0; i < 40_000; i++) {
            String text = RandomTexts.of(r, i % 2 == 0 ? LINE_PIECES : feedsOnly, 40);
            for (int k = 0; k < patterns.size(); k++) {
                Pattern p = patterns.get(k);
                List<String> scanned = all(StartScan.of(p, text, starts.get(k), StartScan.LINE_START));
                List<String> found = byFind(p, text);
                matches += found.size();
                assertEquals(found, scanned, () -> p + " in \"" + text + "\"");
            }
        }
        assertTrue(matches > 1000, "the random texts hold matches: " + matches);
    }

    @Test
    void lineStartsAloneFindWhatFindFinds() {
        Pattern p = Pattern.compile("(?m)^(?:ANTWOORD|Antwoord|A)(?= |$)");
        // with every kind of line terminator, and with line feeds alone (as normalised text has them)
        String[] feedsOnly = java.util.Arrays.stream(LINE_PIECES).filter(s -> !s.matches("(?s).*[\\r\u0085\u2028\u2029].*"))
                .toArray(String[]::new);
        Random r = new Random(12);
        int matches = 0;
        for (int i = 0; i < 40_000; i++) {
            String text = RandomTexts.of(r, i % 2 == 0 ? LINE_PIECES : feedsOnly, 40);
            List<String> found = byFind(p, text);
            matches += found.size();
            // as a string (read in the scan's own loop) and as another sequence (through the candidates)
            assertEquals(found, all(StartScan.of(p, text, StartScan.LINE_START)), () -> p + " in \"" + text + "\"");
            assertEquals(found, all(StartScan.of(p, new StringBuilder(text), StartScan.LINE_START)), () -> p + " in \"" + text + "\"");
        }
        assertTrue(matches > 1000, "the random texts hold matches: " + matches);
    }

    @Test
    void startsWithRefusedPreviousCharactersFindWhatFindFinds() {
        Pattern p = Pattern.compile("(?<![\\p{L}\\d-])(?:van|nr|www|http)\\b");
        StartScan.CharSet refused = StartScan.anyOf("-0123456789aeKjuilstpkvnrw");
        Random r = new Random(13);
        int matches = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(r);
            List<String> found = byFind(p, text);
            matches += found.size();
            assertEquals(found, all(StartScan.of(p, text, StartScan.anyOf("vnwh"), refused)), () -> p + " in \"" + text + "\"");
        }
        assertTrue(matches > 1000, "the random texts hold matches: " + matches);
    }

    /**
     * Openings found by indexOf: matches that overlap where a later opening starts inside an earlier
     * match ("van van"), openings that are each other's prefix ("nr", "nr nr"), look-behinds reading
     * before the opening, one opening alone, and openings that differ in their first character only
     * (searched by their shared tail, "aaa" holding two).
     */
    @Test
    void openingsFindWhatFindFinds() {
        record Case(Pattern pattern, String[] openings) {
        }
        List<Case> cases = List.of(
                new Case(Pattern.compile("(?<!van )(?:[Vv]an|nr)(?: (?:van|nr|\\d{1,4}))*"), new String[] {"Van", "van", "nr"}),
                new Case(Pattern.compile("\\b(?:nr|nr nr|www)\\b\\.?"), new String[] {"nr", "nr nr", "www"}),
                new Case(Pattern.compile("(?<![\\p{L}\\d])#\\p{L}[\\p{L}\\d_]{0,40}"), new String[] {"#"}),
                new Case(Pattern.compile("\\b[Jj]uli(?: 2023)?"), new String[] {"Juli", "juli"}),
                new Case(Pattern.compile("(?<!e)[Kka]a(?:a|e)*"), new String[] {"Ka", "ka", "aa"}));
        Random r = new Random(17);
        int matches = 0;
        for (Case c : cases)
            for (int i = 0; i < 20_000; i++) {
                String text = randomText(r);
                List<String> found = byFind(c.pattern(), text);
                matches += found.size();
                assertEquals(found, all(StartScan.opening(c.pattern(), text, c.openings())), () -> c.pattern() + " in \"" + text + "\"");
            }
        assertTrue(matches > 4000, "the random texts hold matches: " + matches);
    }

    @Test
    void startsIgnoringCaseAreWhatACaseInsensitivePatternMatches() {
        String chars = "sk1iId";
        StartScan.CharSet set = StartScan.anyOfIgnoringCase(chars);
        List<Pattern> ones = chars.chars()
                .mapToObj(c -> Pattern.compile(Pattern.quote(String.valueOf((char) c)), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        int held = 0;
        for (int x = 0; x <= Character.MAX_VALUE; x++) {
            String s = String.valueOf((char) x);
            boolean matched = ones.stream().anyMatch(one -> one.matcher(s).matches());
            assertEquals(matched, set.test((char) x), "U+" + Integer.toHexString(x));
            held += matched ? 1 : 0;
        }
        // "s" holds the long s, "k" the Kelvin sign, "i" the dotted and dotless capitals
        assertTrue(held > 12, "held: " + held);
    }

    @Test
    void aCaseInsensitiveStartHoldsTheLongS() {
        StartScan.Starts s = StartScan.anyOfIgnoringCase("s");
        assertEquals(true, s.test('ſ'));
        assertEquals(true, s.test('S'));
        assertEquals(false, s.test('t'));
    }

    @Test
    void stopsAtTheDeadline() {
        String text = "1".repeat(200_000);
        assertThrows(DeadlinePassedException.class, () -> WorkDeadline.run(Duration.ofMillis(-1), () -> {
            StartScan s = StartScan.of(Pattern.compile("1x"), text, StartScan.DIGITS);
            return s.find();
        }));
        assertThrows(DeadlinePassedException.class, () -> WorkDeadline.run(Duration.ofMillis(-1), () -> {
            StartScan s = StartScan.of(Pattern.compile("1x"), text, StartScan.anyOf("1"));
            return s.find();
        }), "a start set of one character");
    }
}
