package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchLemmasTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // regular -en, with a halved consonant, z/v, and a long vowel written double again
            "leerlingen, leerling", "meldingen, melding", "klassen, klas", "actieplannen, actieplan",
            "jeugdhuizen, jeugdhuis", "brieven, brief", "scholen, school", "kandidaten, kandidaat",
            "uren, uur", "personen, persoon", "problemen, probleem", "besturen, bestuur",
            // unstressed e stays single; -heden; diaeresis folded away
            "middelen, middel", "mogelijkheden, mogelijkheid", "categorieen, categorie", "bacterien, bacterie",
            // -s and -'s
            "stages, stage", "kilometers, kilometer", "leraars, leraar", "schoolstagiairs, schoolstagiair",
            "euro's, euro", "provincies, provincie", "jongens, jongen",
            // exceptions, also at the end of a compound
            "kinderen, kind", "fietspaden, fietspad", "gewestwegen, gewestweg", "werkdagen, werkdag",
            "gemeenten, gemeente", "bedragen, bedrag",
            // not plurals: left alone
            "leerling, leerling", "school, school", "jeugdhuis, jeugdhuis", "campus, campus", "mens, mens",
            "examen, examen", "open, open", "fiets, fiets", "proces, proces"
    })
    void singular(String word, String singular) {
        assertEquals(singular, DutchLemmas.singular(word));
    }
}
