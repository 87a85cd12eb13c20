package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.policygraph.deadline.StartScan;
import org.policygraph.testing.RandomTexts;

class CouncilsTest {

    private static List<String> found(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.results().map(r -> r.group()).toList();
    }

    @Test
    void everySpellingNamesItsCouncil() {
        assertEquals(Optional.of("Vlor"), Councils.council("VLOR"));
        assertEquals(Optional.of("Mina-raad"), Councils.council("Minaraad"));
        assertEquals(Optional.of("Rekenhof"), Councils.council("Rekenhof"));
        assertEquals(Optional.empty(), Councils.council("Voetbalbond"));
    }

    @Test
    void councilsAreFoundAsWholeWords() {
        assertEquals(List.of("SERV", "Raad van State", "Mina-raad"),
                found(Councils.COUNCIL_REGEX, "De SERV en de Raad van State; de Mina-raad, niet SERVE of Vlorx."));
    }

    @Test
    void subCouncilsBelongToACouncilThatIsListed() {
        for (String sub : Gazetteer.of("sub-councils").entries()) {
            String council = Councils.councilOf(sub).orElseThrow(() -> new AssertionError(sub + " names no council"));
            assertTrue(Gazetteer.of("councils").entries().contains(council), sub + " -> " + council);
        }
        assertEquals(List.of("Raad Hoger Onderwijs"), found(Councils.SUB_COUNCIL_REGEX, "de Raad Hoger Onderwijs adviseert"));
    }

    @Test
    void bodiesIncludeCouncilsAndSubCouncils() {
        assertEquals(List.of("De Lijn", "GO!", "Vlor", "Raad Basisonderwijs"),
                found(Councils.BODY_REGEX, "De Lijn en GO! vroegen de Vlor en de Raad Basisonderwijs om advies."));
        assertFalse(Pattern.compile(Councils.BODY_REGEX).matcher("VDABX").find());
    }

    @Test
    void provincesHaveOneNameForEachSpelling() {
        assertEquals(Optional.of("Vlaams-Brabant"), Gazetteer.of("provinces").canonical("Vlaams Brabant"));
        assertEquals(10, Gazetteer.of("provinces").entries().size());
    }

    private static final String[] PIECES = {"Vlor", "VLOR", "Vlaamse Onderwijsraad", "SERV", "Mina-raad", "Minaraad", "Raad van State",
            "Raad", "Rekenhof", "SAR WGG", "SAR", "De Lijn", " ", "\n", "-", "x", "é", "1", "(", "Vlaamse", "S", "R",
            "Raad Secundair Onderwijs", "Raad Basisonderwijs", "Algemene Raad", "Raad Hoger", "Algemene", "Onderwijs"};
    /** The pieces above, and bodies that are no council. */
    private static final String[] BODY_PIECES = java.util.stream.Stream.concat(java.util.Arrays.stream(PIECES),
            java.util.stream.Stream.of("GO!", "GO", "VDAB", "Kind en Gezin", "Kind", "Vlaams Parlement", "Vlaamse Regering", "Opgroeien", "De"))
            .toArray(String[]::new);

    @Test
    void aCouncilScanThatTestsTheSpellingsFindsWhatFindFinds() {
        scanFindsWhatFindFinds(Councils.COUNCIL_REGEX, Councils.COUNCIL_INITIALS, Councils::councilMayStartAt, PIECES, 2000);
    }

    @Test
    void aSubCouncilScanThatTestsTheSpellingsFindsWhatFindFinds() {
        scanFindsWhatFindFinds(Councils.SUB_COUNCIL_REGEX, Councils.SUB_COUNCIL_INITIALS, Councils::subCouncilMayStartAt, PIECES, 500);
    }

    @Test
    void aBodyScanThatTestsTheSpellingsFindsWhatFindFinds() {
        scanFindsWhatFindFinds(Councils.BODY_REGEX, Councils.BODY_INITIALS, Councils::bodyMayStartAt, BODY_PIECES, 2000);
    }

    private static void scanFindsWhatFindFinds(String regex, String initials, StartScan.Candidates mayStart, String[] pieces, int atLeast) {
        Pattern pattern = Pattern.compile(regex);
        StartScan.CharSet starts = StartScan.anyOf(initials);
        java.util.Random r = new java.util.Random(13);
        int matches = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = RandomTexts.of(r, pieces, 20);
            List<String> byFind = new java.util.ArrayList<>();
            Matcher m = pattern.matcher(text);
            while (m.find())
                byFind.add(m.start() + ":" + m.group());
            List<String> byScan = new java.util.ArrayList<>();
            StartScan s = StartScan.of(pattern, text, starts, mayStart);
            while (s.find())
                byScan.add(s.matcher().start() + ":" + s.matcher().group());
            assertEquals(byFind, byScan, () -> "\"" + text + "\"");
            matches += byFind.size();
        }
        assertTrue(matches > atLeast, "the random texts name them: " + matches);
    }
}
