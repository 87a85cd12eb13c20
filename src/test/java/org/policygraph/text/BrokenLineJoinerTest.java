package org.policygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Lines broken by PDF extraction inside names, words and web addresses, and lines that must stay apart. */
class BrokenLineJoinerTest {

    /** A full-width line of running text, so that the line after it is judged as a wrap. */
    private static final String FULL = "Bij de voorbereiding werd overleg gepleegd met de betrokken diensten, zoals";

    private static List<String> join(String... lines) {
        return BrokenLineJoiner.join(new ArrayList<>(List.of(lines)));
    }

    @Test
    void aNameBrokenAfterACapitalisedWordIsJoined() {
        assertEquals(List.of(FULL + " het Agentschap Landelijk Beheer."),
                join(FULL + " het Agentschap Landelijk", "Beheer."));
        assertEquals(List.of(FULL + " het Departement Cultuur en Jeugd, en anderen."),
                join(FULL + " het Departement", "Cultuur en Jeugd, en anderen."));
    }

    @Test
    void anEntryOfATableOfContentsEndsItsLine() {
        String first = "2 Advies ................................................................. 2";
        assertEquals(List.of(first, "2.1 Middelen voor de centra ........................................ 3"),
                join(first, "2.1 Middelen voor de centra ........................................ 3"));
    }

    @Test
    void aSentenceEndBeforeACapitalStaysApart() {
        assertEquals(List.of(FULL + " het Agentschap.", "Daarna volgt de rest."),
                join(FULL + " het Agentschap.", "Daarna volgt de rest."));
    }

    @Test
    void aShortLineEndingInANameStaysApart() {
        assertEquals(List.of("Agentschap Landelijk", "Beheer"), join("Agentschap Landelijk", "Beheer"));
    }

    @Test
    void aWebAddressKeepsTheHyphenItWasBrokenAt() {
        assertEquals(List.of("Zie https://www.voorbeeld.be/cultuur-en-jeugd voor meer."),
                join("Zie https://www.voorbeeld.be/cultuur-", "en-jeugd voor meer."));
        assertEquals(List.of("Geraadpleegd via https://www.voorbeeld.be/besluit-van-12-mei-2031-over-de-begroting"),
                join("Geraadpleegd via https://www.voorbeeld.be/besluit-van-12-mei-", "2031-over-de-begroting"));
    }

    @Test
    void aWordOfAWebAddressHyphenatedByTheTypesetterLosesTheHyphen() {
        assertEquals(List.of("Zie https://www.voorbeeld.be/documenten/jaarverslag.pdf voor meer."),
                join("Zie https://www.voorbeeld.be/docu-", "menten/jaarverslag.pdf voor meer."));
        assertEquals(List.of("Zie https://www.voorbeeld.be/download/1234abcd-ef56-78aa_nl.pdf"),
                join("Zie https://www.voorbeeld.be/download/1234abcd-", "ef56-78aa_nl.pdf"));
    }

    /** A name broken over lines is told from the paragraph's last two words, however long the paragraph joined so far. */
    @Test
    void aNameBrokenAtTheEndOfALongParagraphIsJoined() {
        String paragraph = (FULL + " ").repeat(12) + "en";
        assertEquals(List.of(paragraph + " het Agentschap Landelijk Beheer en het Departement Onderwijs."),
                join(paragraph + " het Agentschap Landelijk", "Beheer en het Departement", "Onderwijs."));
    }

    /**
     * The address is looked for at the end of the line only (its pattern matches up to 509
     * characters there): after a long paragraph joined before it, and when it is the longest the
     * pattern takes.
     */
    @Test
    void aWebAddressAtTheEndOfALongParagraphIsJoinedToo() {
        String paragraph = (FULL + " ").repeat(12) + "zie";
        assertEquals(List.of(paragraph + " https://www.voorbeeld.be/cultuur-en-jeugd voor meer."),
                join(paragraph + " https://www.voorbeeld.be/cultuur-", "en-jeugd voor meer."));
        // 500 characters between "https://" and the slash, the most the pattern takes: an address
        String longest = "https://voorbeeld.be/" + "x".repeat(500 - "voorbeeld.be/".length()) + "/";
        assertEquals(List.of(paragraph + " " + longest + "jeugd-en-sport"), join(paragraph + " " + longest, "jeugd-en-sport"));
        // 501: no address for the pattern, so the next line goes on as running text, after a space
        String tooLong = "https://voorbeeld.be/" + "x".repeat(501 - "voorbeeld.be/".length()) + "/";
        assertEquals(List.of(paragraph + " " + tooLong + " jeugd-en-sport"), join(paragraph + " " + tooLong, "jeugd-en-sport"));
    }

    @Test
    void aWebAddressBrokenAtASlashIsJoined() {
        assertEquals(List.of("Zie www.voorbeeld.be/nl/beleid/jeugd-en-sport"),
                join("Zie www.voorbeeld.be/nl/beleid/", "jeugd-en-sport"));
    }

    @Test
    void aCompleteAddressBeforeASentenceStaysApart() {
        assertEquals(List.of("Zie https://www.voorbeeld.be/", "De minister antwoordt."),
                join("Zie https://www.voorbeeld.be/", "De minister antwoordt."));
    }

    @Test
    void aWordHyphenatedAtTheLineEndLosesItsHyphen() {
        assertEquals(List.of(FULL + " het onderwijs."), join(FULL + " het onder-", "wijs."));
    }

    @Test
    void aCapitalAfterTheHyphenKeepsIt() {
        assertEquals(List.of("In de provincie Vlaams-Brabant is dat zo."), join("In de provincie Vlaams-", "Brabant is dat zo."));
    }

    @Test
    void aLowerCaseWordBeforeAHyphenAndACapitalStaysApart() {
        assertEquals(List.of(FULL + " en dat is ondui-", "Verder gaat het."), join(FULL + " en dat is ondui-", "Verder gaat het."));
    }

    @Test
    void anEllipticCompoundKeepsItsHyphenAndSpace() {
        assertEquals(List.of(FULL + " het zorg- en welzijnsbeleid."), join(FULL + " het zorg-", "en welzijnsbeleid."));
    }

    @Test
    void anItemAfterANameStaysApart() {
        assertEquals(List.of(FULL + " het Departement Cultuur", "1. Eerste punt"),
                join(FULL + " het Departement Cultuur", "1. Eerste punt"));
    }

    @Test
    void headerLinesInCapitalsAndLinesAfterABlankStayApart() {
        assertEquals(List.of("aan JAN JANSSENS", "VLAAMS MINISTER VAN WELZIJN, VOLKSGEZONDHEID EN GEZIN EN ARMOEDEBESTRIJDING",
                "", "Kinderopvang - Plaatsen"),
                join("aan JAN JANSSENS", "VLAAMS MINISTER VAN WELZIJN, VOLKSGEZONDHEID EN GEZIN EN ARMOEDEBESTRIJDING",
                        "", "Kinderopvang - Plaatsen"));
        assertEquals(List.of(FULL + " het Agentschap Landelijk", "", "Beheer van de natuur is een taak."),
                join(FULL + " het Agentschap Landelijk", "", "Beheer van de natuur is een taak."));
    }

    @Test
    void abbreviationInCapitalsKeepsItsHyphen() {
        String wide = "Het Vlaamse programma voor regionale ontwikkeling heet voluit het EFRO-";
        assertEquals(java.util.List.of(wide + "programma Vlaanderen."),
                BrokenLineJoiner.join(java.util.List.of(wide, "programma Vlaanderen.")));
    }
}
