package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DutchDatesTest {

    @ParameterizedTest
    @CsvSource({
            "5 september 2023, 2023-09-05",
            "14 augustus 2018, 2018-08-14",
            "1 sept. 2023, 2023-09-01",
            "3 Maart 2023, 2023-03-03",
            "1ste juli 2022, 2022-07-01",
            "05-09-2023, 2023-09-05",
            "5/9/2023, 2023-09-05",
            "2023-09-05, 2023-09-05"})
    void readsDutchDates(String written, String iso) {
        assertEquals(Optional.of(LocalDate.parse(iso)), DutchDates.parse(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31 februari 2023", "5 septober 2023", "2023", "nr. 58", "", "13-13-2023"})
    void refusesWhatIsNoDate(String written) {
        assertTrue(DutchDates.parse(written).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void monthsComeFromTheirDataFile() {
        assertEquals(Optional.of(9), DutchDates.month("Sept"));
        assertEquals(Optional.of(3), DutchDates.month("mrt"));
        assertEquals(Optional.empty(), DutchDates.month("septober"));
        assertTrue("1 sept. 2023".matches("1 " + DutchDates.MONTH_REGEX + "\\. 2023"));
        assertTrue(java.util.regex.Pattern.compile(DutchDates.MONTH_REGEX).matcher("december").matches());
    }
}
