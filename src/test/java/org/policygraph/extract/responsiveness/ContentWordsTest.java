package org.policygraph.extract.responsiveness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policygraph.model.Span;
import org.policygraph.text.TokenStream;

/** The content words of a stretch are its long word tokens, folded, less the function words. */
class ContentWordsTest {

    @Test
    void keepsTheLongWordsThatAreNoFunctionWords() {
        String text = "Hoeveel leerlingen in Vlaams-Brabant volgen welke stages? Welke scholen, x-y en 12345?";
        assertEquals(List.of("leerlingen", "vlaams-brabant", "stages", "scholen"),
                List.copyOf(ContentWords.of(TokenStream.of(text))));
    }

    @Test
    void countsCharactersNotCodeUnits() {
        // four letters, one beyond the Basic Multilingual Plane: two code units, one character
        assertEquals(Set.of(), ContentWords.of(TokenStream.of("ab\uD835\uDC00c")));
        assertEquals(Set.of("ab\uD835\uDC00cd"), ContentWords.of(TokenStream.of("ab\uD835\uDC00cd")));
    }

    @Test
    void readsAStretchOfTheDocumentAsItsOwnTokens() {
        String text = "De scholen. Hoeveel leerlingen volgen stages?";
        TokenStream doc = TokenStream.of(text);
        Span second = new Span(12, text.length());
        assertEquals(ContentWords.of(TokenStream.of(text, second)), ContentWords.of(doc.within(second)));
        assertFalse(ContentWords.of(doc.within(second)).contains("scholen"));
        // a stretch cut inside a word reads the part inside it, as the word alone would be read
        assertEquals(Set.of("leerl"), ContentWords.of(doc.within(new Span(20, 25))));
    }

    @Test
    void usesTheWordsTheDocumentFoldedOnce() {
        TokenStream doc = TokenStream.of("Leerlingen volgen stages.");
        String folded = doc.folded(0);
        assertSame(folded, ContentWords.of(doc).iterator().next());
    }

    @Test
    void tellsTheSameWordWithAShortEnding() {
        assertTrue(ContentWords.share(Set.of("stage"), Set.of("stages")));
        assertTrue(ContentWords.share(Set.of("leerling"), Set.of("leerlingen")));
        assertFalse(ContentWords.share(Set.of("leer"), Set.of("leerlingen")));
        assertEquals(1, ContentWords.shared(Set.of("scholen", "stages"), Set.of("stage", "klassen")));
    }
}
