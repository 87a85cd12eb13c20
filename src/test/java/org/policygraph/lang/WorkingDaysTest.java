package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void easterByTheGregorianRule() {
        assertEquals(LocalDate.of(2024, 3, 31), WorkingDays.easter(2024));
        assertEquals(LocalDate.of(2025, 4, 20), WorkingDays.easter(2025));
        assertEquals(LocalDate.of(2019, 4, 21), WorkingDays.easter(2019));
    }

    @Test
    void holidaysFixedAndMovable() {
        assertEquals("Paasmaandag", WorkingDays.holiday(LocalDate.of(2024, 4, 1)).orElseThrow());
        assertEquals("Onze-Lieve-Heer-Hemelvaart", WorkingDays.holiday(LocalDate.of(2024, 5, 9)).orElseThrow());
        assertEquals("Pinkstermaandag", WorkingDays.holiday(LocalDate.of(2024, 5, 20)).orElseThrow());
        assertEquals("Feest van de Vlaamse Gemeenschap", WorkingDays.holiday(LocalDate.of(2024, 7, 11)).orElseThrow());
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2024, 11, 11)));
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2024, 3, 2)), "a Saturday");
        assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2024, 4, 2)));
    }

    @Test
    void twentyWorkingDaysSkipWeekendsAndHolidays() {
        // Monday 5 February 2024: four weeks without holidays, so the twentieth working day is Monday 4 March.
        assertEquals(LocalDate.of(2024, 3, 4), WorkingDays.deadline(LocalDate.of(2024, 2, 5), 20));
        // Friday 15 March 2024: Easter Monday (1 April) falls inside, so one day later than without it.
        assertEquals(LocalDate.of(2024, 4, 15), WorkingDays.deadline(LocalDate.of(2024, 3, 15), 20));
        assertEquals(20, WorkingDays.between(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 4, 15)));
        assertEquals(0, WorkingDays.between(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 3)), "Saturday and Sunday");
        assertEquals(-1, WorkingDays.between(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 4)));
    }
}
