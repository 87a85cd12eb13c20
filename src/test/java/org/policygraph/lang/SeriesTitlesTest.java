package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SeriesTitlesTest {

    @Test
    void theOrdinalAtTheEndOfATitle() {
        String title = "Zorgsector - Zijinstroom (2)";
        assertEquals(Optional.of(new SeriesTitles.Ordinal(2, 25, 28)), SeriesTitles.ordinal(title));
        assertEquals("(2)", title.substring(25, 28));
        assertEquals("Zorgsector - Zijinstroom", title.substring(0, SeriesTitles.coreEnd(title)));
        assertEquals(Optional.of(12), SeriesTitles.ordinal("Zorgsector - Zijinstroom (12)").map(SeriesTitles.Ordinal::value));
    }

    @Test
    void aYearOrABracketInsideTheTitleIsNoOrdinal() {
        assertEquals(Optional.empty(), SeriesTitles.ordinal("Sportkampen - Inschrijvingen (2024)"));
        assertEquals(Optional.empty(), SeriesTitles.ordinal("Actie (2) van het plan - Stand"));
        assertEquals("Sportkampen - Inschrijvingen (2024)".length(), SeriesTitles.coreEnd("Sportkampen - Inschrijvingen (2024)"));
    }

    @Test
    void theKeyIgnoresCaseAccentsDashesQuotesAndLineBreaks() {
        String key = "lerarenopleiding-stageregistratiesysteem-platform-lerarenstage-be";
        assertEquals(key, SeriesTitles.key("Lerarenopleiding - Stageregistratiesysteem - Platform 'Lerarenstage.be'"));
        assertEquals(key, SeriesTitles.key("LERARENOPLEIDING – Stageregistratiesysteem  -  Platform ‘Lerarenstage.be’"));
        assertEquals(SeriesTitles.key("Créches - Subsidies"), SeriesTitles.key("Creches - subsidies"));
        assertTrue(SeriesTitles.key("word ".repeat(100)).length() <= 120);
    }

    @Test
    void aTitleThatTellsNoSubjectIsGeneric() {
        assertTrue(SeriesTitles.generic("Stand van zaken"));
        assertTrue(SeriesTitles.generic("Fietspaden"));
        assertTrue(SeriesTitles.generic("Fietspaden - Stand van zaken"));
        assertTrue(SeriesTitles.generic("Vlaamse overheid - Cijfers"));
        assertFalse(SeriesTitles.generic("Zorgsector - Zijinstroom"));
        assertFalse(SeriesTitles.generic("Kinderopvang - Plaatsen voor baby's en peuters"));
    }
}
