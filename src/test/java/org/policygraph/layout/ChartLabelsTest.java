package org.policygraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.DiagnosticCollector;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.text.Normaliser;

/** The labels of a chart beside its numbered caption, as a PDF's text layer leaves them. */
class ChartLabelsTest {

    private record Marked(Layout layout, DiagnosticCollector diagnostics) {

        List<String> charts() {
            return layout.blocks(BlockKind.CHART).stream().map(Block::text).toList();
        }
    }

    private static Marked mark(String raw) {
        String text = Normaliser.normalise(raw);
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        Layout layout = ChartLabels.mark(TextLayoutReader.read(text, diagnostics), new Diagnostics(text, diagnostics));
        return new Marked(layout, diagnostics);
    }

    @Test
    void axisValuesDataLabelsAndLegendAboveTheCaptionAreTheChart() {
        Marked m = mark("""
                De uitgaven stegen de laatste jaren sterk, zoals de figuur hieronder toont.

                3.000.000

                2.000.000 2.154.000

                0 2023 2024 2025

                Uitgaven Projecten

                Figuur 3-1: Uitgaven per jaar (in euro)

                Bron: eigen berekeningen

                3.2 Projecten

                Het fonds steunde 35 projecten.
                """);
        assertEquals(List.of("3.000.000", "2.000.000 2.154.000", "0 2023 2024 2025", "Uitgaven Projecten"), m.charts());
        assertEquals(1, m.diagnostics().of(DiagnosticCode.CHART_SKIPPED).size());
        assertTrue(m.diagnostics().of(DiagnosticCode.CHART_SKIPPED).get(0).message().contains("7 numbers"),
                m.diagnostics().diagnostics().toString());
    }

    @Test
    void belowACaptionOnlyNumbersAreTheChartNotTheSourceOrTheNextHeading() {
        Marked m = mark("""
                Het fonds steunde 35 projecten in drie soorten gemeenten.

                Figuur 2: Verdeling van de projecten

                40%

                35% 15%

                10%

                Steden Gemeenten

                3.2 Projecten

                Het fonds steunde 35 projecten.
                """);
        assertEquals(List.of("40%", "35% 15%", "10%"), m.charts());
    }

    @Test
    void aSentenceThatNamesAFigureIsNoCaption() {
        Marked m = mark("""
                Figuur 3 toont de verdeling: 45% in steden en 55% elders.

                40%

                35% 15%

                10%

                De rest van het verslag gaat over de werking.
                """);
        assertTrue(m.charts().isEmpty(), m.charts().toString());
    }

    @Test
    void aHeadingOverTheChartStaysAHeading() {
        Marked m = mark("""
                De uitgaven stegen sterk.

                Evolutie van de uitgaven

                3.000.000

                2.000.000 2.154.000

                0 2023 2024 2025

                Uitgaven Projecten

                Figuur 3-1: Uitgaven per jaar
                """);
        assertEquals(List.of("3.000.000", "2.000.000 2.154.000", "0 2023 2024 2025", "Uitgaven Projecten"), m.charts());
        assertTrue(m.layout().blocks().stream().anyMatch(b -> b.kind() != BlockKind.CHART && b.text().equals("Evolutie van de uitgaven")));
    }

    @Test
    void tooFewNumbersAboveACaptionLeaveTheChartBelowIt() {
        Marked m = mark("""
                Het fonds steunde 35 projecten.

                2024 2025

                Figuur 2: Verdeling van de projecten

                40%

                35% 15%

                10%

                De rest van het verslag gaat over de werking.
                """);
        assertEquals(List.of("40%", "35% 15%", "10%"), m.charts());
    }

    @Test
    void fewNumbersOrNumberedHeadingsByACaptionAreLeftAsTheyRead() {
        Marked few = mark("""
                Het fonds steunde 35 projecten.

                2024 2025

                Figuur 1: Projecten per jaar

                Bron: eigen berekeningen
                """);
        assertTrue(few.charts().isEmpty(), few.charts().toString());
        Marked headings = mark("""
                Het fonds steunde 35 projecten.

                Figuur 1: Projecten per jaar

                3.1 Steden 2024

                3.2 Gemeenten 2025

                Het fonds steunde 35 projecten in 12 gemeenten.
                """);
        assertTrue(headings.charts().isEmpty(), headings.charts().toString());
    }
}
