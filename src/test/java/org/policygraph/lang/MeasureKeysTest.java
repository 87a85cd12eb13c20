package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class MeasureKeysTest {

    @Test
    void countWordsGoAndTheLeadingNounsBecomeSingular() {
        assertEquals(Optional.of("leerling"), MeasureKeys.of("Aantal leerlingen"));
        assertEquals(Optional.of("leerling"), MeasureKeys.of("het totaal aantal leerlingen"));
        assertEquals(Optional.of("leerling"), MeasureKeys.of("leerlingen"));
        assertEquals(Optional.of("nieuwe plaats"), MeasureKeys.of("nieuwe plaatsen"));
        assertEquals(Optional.of("lokale bestuur"), MeasureKeys.of("Lokale besturen"));
        // only the head noun: the words before it modify it, participles too
        assertEquals(Optional.of("toegewezen ontvangst"), MeasureKeys.of("toegewezen ontvangsten"));
    }

    @Test
    void whatFollowsTheLeadingGroupIsKeptAsWritten() {
        assertEquals(Optional.of("persoon met niet eu diploma"), MeasureKeys.of("personen met een niet-EU-diploma"));
        assertEquals(Optional.of("aandeel binnen dertig dagen afgehandeld"), MeasureKeys.of("Aandeel binnen dertig dagen afgehandeld"));
        // a different measure stays different
        assertFalse(MeasureKeys.of("leerlingen met zwemles").equals(MeasureKeys.of("leerlingen")));
    }

    @Test
    void aMeasureOfCountWordsOnlyHasNoKey() {
        assertEquals(Optional.empty(), MeasureKeys.of("Aantal"));
        assertEquals(Optional.empty(), MeasureKeys.of("het totaal"));
    }

    @Test
    void whetherTheMeasureNamesAPlural() {
        assertTrue(MeasureKeys.namesPlural("nieuwe plaatsen"));
        assertTrue(MeasureKeys.namesPlural("aantal meldingen"));
        assertFalse(MeasureKeys.namesPlural("open"));
        assertFalse(MeasureKeys.namesPlural("kilometer fietspad"));
        // a plural after the leading group does not count: "binnen dertig dagen" is no count of days
        assertFalse(MeasureKeys.namesPlural("aandeel binnen dertig dagen"));
    }
}
