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

    @Test
    void asciiSlugIsWhatTheDecomposingPatternsGive() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "aZ9 -_.!/Xk0";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--)
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = sb.toString();
            String byPatterns = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            assertEquals(byPatterns.isEmpty() ? "_" + Iris.segment(s) : byPatterns, Iris.slug(s), s);
        }
        assertEquals("cafe-creme", Iris.slug("Café  Crème!"));
        assertEquals("_%C2%A7", Iris.slug("§"));
    }
}
