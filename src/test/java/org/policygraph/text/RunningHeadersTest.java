package org.policygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RunningHeadersTest {

    private static final float PAGE = 842;

    /** A page whose lines are given with their baselines from the top, in 10 pt type. */
    private static List<PdfLine> page(Object... textAndBaseline) {
        List<PdfLine> lines = new ArrayList<>();
        for (int i = 0; i < textAndBaseline.length; i += 2) {
            float y = ((Number) textAndBaseline[i + 1]).floatValue();
            lines.add(new PdfLine((String) textAndBaseline[i], y, PAGE - y, 10));
        }
        return lines;
    }

    private static List<List<String>> texts(List<List<PdfLine>> pages) {
        return RunningHeaders.strip(pages).stream().map(p -> p.stream().map(PdfLine::text).toList()).toList();
    }

    @Test
    void headersWithVaryingNumbersAndFootersAtTheSamePlaceGo() {
        List<List<PdfLine>> pages = List.of(
                page("Schriftelijke vraag 497 - 5 september 2023", 36, "Tekst een.", 70, "Pagina 1 van 3", 812),
                page("Schriftelijke vraag 497 - 5 september 2023", 36, "Tekst twee.", 70, "Pagina 2 van 3", 812),
                page("Schriftelijke vraag 497 - 5 september 2023", 36, "Tekst drie.", 70, "Pagina 3 van 3", 812));
        assertEquals(List.of(List.of("Tekst een."), List.of("Tekst twee."), List.of("Tekst drie.")), texts(pages));
    }

    @Test
    void aRepeatedLineAtDifferentPlacesIsText() {
        List<List<PdfLine>> pages = List.of(
                page("Inleiding.", 70, "Zie tabel 1.", 83),
                page("Antwoord.", 70, "Vraag.", 83, "Zie tabel 2.", 96));
        assertEquals(List.of(List.of("Inleiding.", "Zie tabel 1."), List.of("Antwoord.", "Vraag.", "Zie tabel 2.")),
                texts(pages));
    }

    @Test
    void aPageNumberApartFromTheTextGoesEvenOnASinglePage() {
        assertEquals(List.of(List.of("Tekst.")), texts(List.of(page("Tekst.", 70, "- 1 -", 812))));
        assertEquals(List.of(List.of("Tekst.")), texts(List.of(page("3", 36, "Tekst.", 70))));
    }

    @Test
    void aNumberRightUnderTheTextStays() {
        assertEquals(List.of(List.of("Aantal:", "12")), texts(List.of(page("Aantal:", 70, "12", 83))));
    }

    @Test
    void aLineThatRecursAtTheSamePlaceAwayFromTheEdgesStays() {
        List<List<PdfLine>> pages = List.of(
                page("Kop 1", 36, "a", 70, "b", 83, "c", 96, "Vaste regel", 109, "d", 122, "e", 135, "f", 148),
                page("Kop 2", 36, "g", 70, "h", 83, "i", 96, "Vaste regel", 109, "j", 122, "k", 135, "l", 148));
        assertEquals(List.of(List.of("a", "b", "c", "Vaste regel", "d", "e", "f"),
                List.of("g", "h", "i", "Vaste regel", "j", "k", "l")), texts(pages));
    }
}
