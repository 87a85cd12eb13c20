package org.policygraph.extract.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policygraph.model.QuestionReference;
import org.policygraph.model.Span;

class QuestionReferenceExtractorTest {

    private final QuestionReferenceExtractor extractor = new QuestionReferenceExtractor();

    private List<QuestionReference> refs(String text, boolean answer) {
        List<QuestionReference> refs = extractor.extract(text, new Span(0, text.length()), answer);
        refs.forEach(r -> assertEquals(r.quote().text(), r.quote().span().of(text)));
        return refs;
    }

    @Test
    void numberAndDateInBrackets() {
        QuestionReference r = refs("Vorig jaar bevroeg ik de minister reeds hierover (nr. 58 van 17 oktober 2017).", false).get(0);
        assertEquals("58", r.number());
        assertEquals(Optional.of(LocalDate.of(2017, 10, 17)), r.date());
        assertTrue(r.askedBySameMember(), "ik");
        assertTrue(r.sameMinister(), "de minister");
    }

    @Test
    void askerNamed() {
        QuestionReference r = refs("Zie ook haar antwoord op schriftelijke vraag nr. 106 van 13 november 2017 van Ann Brusseel, waarin.", false).get(0);
        assertEquals("Ann Brusseel", r.asker().orElseThrow().name());
        assertFalse(r.askedBySameMember());
        assertTrue(r.sameMinister());
        assertEquals("schriftelijke vraag nr. 106 van 13 november 2017 van Ann Brusseel", r.quote().text());
    }

    @Test
    void numberAndParliamentaryYearTakesTheDateOfTheSameNumber() {
        List<QuestionReference> refs = refs("Eerder (nr. 58 van 17 oktober 2017) vroeg ik het al. "
                + "Kan de minister de cijfers uit vraag (nr. 58, 2017-2018) actualiseren?", false);
        assertEquals(2, refs.size());
        QuestionReference r = refs.get(1);
        assertEquals(Optional.of(LocalDate.of(2017, 10, 17)), r.date());
        assertEquals(Optional.of("2017-2018"), r.session());
    }

    @Test
    void parliamentaryYearAloneKeepsTheYear() {
        QuestionReference r = refs("Zie vraag nr. 12, 2019-2020.", false).get(0);
        assertTrue(r.date().isEmpty());
        assertEquals(Optional.of("2019-2020"), r.session());
        assertFalse(r.sameMinister());
    }

    @Test
    void inAnAnswerMyAnswerIsTheMinisters() {
        QuestionReference r = refs("Ik verwijs naar mijn antwoord op vraag nr. 12 van 3 maart 2023.", true).get(0);
        assertTrue(r.sameMinister());
        assertFalse(r.askedBySameMember());
    }

    @Test
    void datesAndNumbersAloneAreNoReferences() {
        assertTrue(refs("Op 1 juli 2022 namen 58 gemeenten deel aan actie 6; zie ook artikel 11.04.", false).isEmpty());
    }
}
