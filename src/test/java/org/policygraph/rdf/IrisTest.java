package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policygraph.model.Person;
import org.policygraph.model.Span;

class IrisTest {

    private static final LocalDate DATE = LocalDate.of(2023, 9, 5);

    @Test
    void sameNumberAndDateToDifferentMinistersNeverShareAnIri() {
        assertNotEquals(Iris.question("497", DATE, Optional.of(new Person("Bart Somers"))),
                Iris.question("497", DATE, Optional.of(new Person("Hilde Crevits"))));
    }

    @Test
    void questionIriIsBuiltFromWhatIdentifiesTheQuestion() {
        assertEquals("https://w3id.org/policygraph/id/question/2023-09-05/497/bart-somers",
                Iris.question("497", DATE, Optional.of(new Person("Bart Somers"))).getURI());
        assertEquals("https://w3id.org/policygraph/id/question/2023-09-05/497",
                Iris.question("497", DATE, Optional.empty()).getURI());
    }

    @Test
    void personIriDoesNotDependOnCaseOrDiacritics() {
        assertEquals(Iris.person(new Person("Kurt De Loor")), Iris.person(new Person("KURT DE LOOR")));
        assertEquals("https://w3id.org/policygraph/id/person/elodie-dubois", Iris.person(new Person("Élodie Dubois")).getURI());
    }

    @Test
    void documentKeysAreEncodedPerPathSegment() {
        assertEquals("https://w3id.org/policygraph/id/graph/document/2023/vraag%20497%23b.txt",
                Iris.documentGraph("2023/vraag 497#b.txt").getURI());
        assertEquals("https://w3id.org/policygraph/id/span/a.txt/3-10", Iris.span("a.txt", new Span(3, 10)).getURI());
    }

    @Test
    void slugOfPunctuationOnlyStaysUnique() {
        assertNotEquals(Iris.slug("!!"), Iris.slug("??"));
    }
}
