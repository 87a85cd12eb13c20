package org.policygraph.extract.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.Mention;
import org.policygraph.model.Span;

class MentionExtractorTest {

    private final MentionExtractor extractor = new MentionExtractor();

    private List<String> mentions(String text) {
        List<Mention> found = extractor.extract(text, new Span(0, text.length()));
        found.forEach(m -> assertEquals(m.quote().text(), m.quote().span().of(text)));
        return found.stream().map(m -> m.kind() + " " + m.label()).toList();
    }

    @Test
    void municipalitiesInAListOfLocalGovernments() {
        assertEquals(List.of("MUNICIPALITY Maasmechelen", "MUNICIPALITY Sint-Niklaas"),
                mentions("Twee lokale besturen, met name Maasmechelen en Sint-Niklaas, zetten in op begeleiding."));
    }

    @Test
    void namedMunicipalityAndProvince() {
        assertEquals(List.of("PROVINCE Limburg", "MUNICIPALITY Herselt"),
                mentions("In de provincie Limburg en in de gemeente Herselt."));
    }

    @Test
    void provinceTableRows() {
        assertEquals(List.of("PROVINCE Antwerpen", "PROVINCE Vlaams-Brabant"),
                mentions("Antwerpen 162 60,67%\nVlaams Brabant 89 51,15%"));
        // a row starts a line, whatever ends the line before; a province inside a line is no row
        assertEquals(List.of("PROVINCE Limburg", "PROVINCE West-Vlaanderen", "PROVINCE Oost-Vlaanderen"),
                mentions("Totaal 12\r\nLimburg 3 25%\u2028West-Vlaanderen 4 33%\rOost-Vlaanderen 5 42%, niet in Antwerpen 7"));
    }

    @Test
    void placeNamesWithoutContextAreNotGuessed() {
        assertTrue(mentions("Antwerpen won van Gent. Limburg is mooi.").isEmpty());
    }

    @Test
    void organisationsAndProgrammes() {
        assertEquals(List.of("ORGANISATION VIVO vzw", "ORGANISATION Agentschap Wegen en Verkeer", "ORGANISATION GO!",
                        "PROGRAMME Plan Samenleven", "PROGRAMME #kiesvoordezorg", "PROGRAMME MaxiPAC"),
                mentions("VIVO vzw en het Agentschap Wegen en Verkeer en het GO! werken mee aan Plan Samenleven, "
                        + "#kiesvoordezorg-campagne en het project MaxiPAC."));
    }
}
