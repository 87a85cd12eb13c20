package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "KURT DE LOOR|Kurt De Loor",
            "VANDECASTEELE|Vandecasteele",
            "LISE VANDECASTEELE|Lise Vandecasteele",
            "PIETER DE SMEDT-VAN AKEN|Pieter De Smedt-Van Aken",
            "SARA D'HAESE|Sara D'Haese",
            "ÉLODIE DUBOIS|Élodie Dubois",
            "Ann Brusseel|Ann Brusseel",
            "Jan Van den Bossche|Jan Van den Bossche"})
    void namesComeOutInNormalCase(String written, String expected) {
        assertEquals(expected, PersonNames.person(written).orElseThrow().name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN ONDERWIJS",
            "5 september 2023", "x", "EEN TWEE DRIE VIER VIJF ZES ZEVEN"})
    void textThatIsNoNameGivesNoPerson(String written) {
        assertTrue(PersonNames.person(written).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void splitsInitialsFromTheRestOfAName() {
        assertEquals(Optional.of(new PersonNames.Initialled("J.-P. ", "De Smedt")), PersonNames.initialled("J.-P. De Smedt"));
        assertEquals(Optional.of(new PersonNames.Initialled("K.D. ", "Loor")), PersonNames.initialled("K.D. Loor"));
        assertEquals(Optional.empty(), PersonNames.initialled("Hilde Crevits"));
        assertTrue(java.util.regex.Pattern.compile(PersonNames.IN_TEXT_REGEX).matcher("Jan Van den Bossche").matches());
    }
}
