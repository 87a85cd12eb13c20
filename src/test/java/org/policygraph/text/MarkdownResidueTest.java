package org.policygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownResidueTest {

    @Test
    void rulesGoWhateverSpacesStandAroundThem() {
        assertEquals("", MarkdownResidue.clean("---"));
        assertEquals("", MarkdownResidue.clean("  ***  "));
        assertEquals("", MarkdownResidue.clean("\t_____"));
        assertEquals("--", MarkdownResidue.clean("--"));
    }

    @Test
    void dashesInsideALineAreNoMarkup() {
        assertEquals("EFRO 2021-2027", MarkdownResidue.clean("EFRO 2021-2027"));
        assertEquals("de zorg- en welzijnssector", MarkdownResidue.clean("de zorg- en welzijnssector"));
        assertEquals("a - b - c", MarkdownResidue.clean("a - b - c"));
    }

    @Test
    void aListMarkerBeforeACountedLabelGoesAndBeforeWordsStays() {
        assertEquals("a) de kosten", MarkdownResidue.clean("- a) de kosten"));
        assertEquals("1. het aantal", MarkdownResidue.clean("  * 1. het aantal"));
        assertEquals("2) de rest", MarkdownResidue.clean(" + 2) de rest"));
        assertEquals("- gewoon een punt", MarkdownResidue.clean("- gewoon een punt"));
    }

    @Test
    void headingsQuotesAndEmphasisLoseTheirMarks() {
        assertEquals("Titel", MarkdownResidue.clean("## Titel"));
        assertEquals("citaat", MarkdownResidue.clean("> citaat"));
        assertEquals("a) na een citaat", MarkdownResidue.clean("> - a) na een citaat"));
        assertEquals("een vet woord", MarkdownResidue.clean("een **vet** woord"));
    }
}
