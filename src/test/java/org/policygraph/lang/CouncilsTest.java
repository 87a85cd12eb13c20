package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

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
}
