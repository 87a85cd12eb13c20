package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostTitlesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN BINNENLANDS BESTUUR, BESTUURSZAKEN, INBURGERING EN GELIJKE KANSEN"
                    + "|Viceminister-president van de Vlaamse Regering, Vlaams minister van Binnenlands Bestuur, Bestuurszaken, Inburgering en Gelijke Kansen",
            "VLAAMS MINISTER VAN WELZIJN, VOLKSGEZONDHEID EN GEZIN|Vlaams minister van Welzijn, Volksgezondheid en Gezin",
            "MINISTER-PRESIDENT VAN DE VLAAMSE REGERING|Minister-president van de Vlaamse Regering",
            "Vlaams minister van Onderwijs|Vlaams minister van Onderwijs"})
    void postsComeOutInRunningTextCase(String written, String expected) {
        assertEquals(expected, PostTitles.normalCase(written));
    }
}
