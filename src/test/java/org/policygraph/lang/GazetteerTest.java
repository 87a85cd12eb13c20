package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    @Test
    void skipsCommentsAndBlankLinesAndIgnoresCaseOnRequest() {
        Gazetteer headings = Gazetteer.of("heading-words");
        assertTrue(headings.contains("inleiding"));
        assertFalse(headings.contains("Inleiding"));
        assertTrue(headings.containsIgnoreCase("Inleiding"));
        assertFalse(headings.entries().stream().anyMatch(e -> e.startsWith("#") || e.isBlank()));
    }

    @Test
    void everyListHoldsEachEntryOnce() {
        for (String name : List.of("heading-words", "name-particles", "abbreviations", "continuing-words", "months", "councils", "sub-councils", "bodies", "provinces", "identifier-nouns", "stop-words", "bare-adjectives", "clock-words", "one-idioms", "year-prepositions", "amount-verbs", "change-words", "duration-heads", "qualifiers", "units", "number-words", "scale-words", "title-function-words", "proper-words")) {
            Set<String> seen = new HashSet<>();
            for (String e : Gazetteer.of(name).entries())
                assertTrue(seen.add(e.toLowerCase()), name + " holds " + e + " twice");
            assertFalse(seen.isEmpty(), name);
        }
    }

    @Test
    void aMissingListFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> Gazetteer.of("no-such-list"));
    }

    @Test
    void loadsOnce() {
        assertEquals(System.identityHashCode(Gazetteer.of("name-particles")),
                System.identityHashCode(Gazetteer.of("name-particles")));
    }

    @Test
    void everyUnitLineNamesAUnitOfTheModel() {
        for (List<String> row : Gazetteer.of("units").rows()) {
            org.policygraph.model.FigureUnit.valueOf(row.get(0));
            assertTrue(row.size() > 1, row.get(0) + " lists no word");
        }
    }

    @Test
    void fieldsAreSplitAndSpellingsFoundTheirRow() {
        Gazetteer units = Gazetteer.of("units");
        assertEquals(Optional.of("EUR"), units.canonical("euro's"));
        assertEquals(Optional.of("KILOMETRE"), units.canonical("KM"));
        assertEquals(Optional.empty(), units.canonical("mijl"));
    }
}
