package org.policygraph.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policygraph.model.Figure;
import org.policygraph.model.FigureTable;
import org.policygraph.model.FigureUnit;
import org.policygraph.model.Located;
import org.policygraph.model.Span;

/** Tables as PDF text extraction leaves them: header cells in blocks, then rows of a label and numbers. */
class TableReaderTest {

    private static final String PROVINCES = """
            • Naar regio:

            Provincie Aantal deelnemende
            instellingen secundair
            onderwijs

            Verhouding deelnemende
            instellingen

            Antwerpen 162 60,67%
            Vlaams Brabant 89 51,15%

            Lerarenopleidingen""";

    private static FigureExtraction read(String text) {
        FigureExtraction x = new FigureExtractor().read(text, new Span(0, text.length()), FigureContext.none());
        for (Figure f : x.figures())
            assertEquals(f.quote().span().of(text), f.quote().text());
        return x;
    }

    @Test
    void headerCellsInBlocksWithTheLabelHeaderInTheFirst() {
        FigureExtraction x = read(PROVINCES);
        assertEquals(1, x.tables().size());
        FigureTable t = x.tables().get(0);
        assertEquals(Optional.of("Naar regio"), t.caption());
        assertEquals("Provincie", t.rowHeader().orElseThrow().text());
        assertEquals(List.of("Aantal deelnemende instellingen secundair onderwijs", "Verhouding deelnemende instellingen"),
                t.columns().stream().map(Located::text).toList());
        assertEquals(List.of(
                "162 | COUNT | 162 | Aantal deelnemende instellingen secundair onderwijs | row=Antwerpen",
                "60.67 | PERCENT | 60,67% | Verhouding deelnemende instellingen | row=Antwerpen",
                "89 | COUNT | 89 | Aantal deelnemende instellingen secundair onderwijs | row=Vlaams Brabant",
                "51.15 | PERCENT | 51,15% | Verhouding deelnemende instellingen | row=Vlaams Brabant"),
                FigureLines.of(x.figures()));
        Figure first = x.figures().get(0);
        assertEquals("Antwerpen 162 60,67%", first.sentence().text());
        assertEquals("Antwerpen", first.cell().orElseThrow().row().span().of(PROVINCES));
        assertEquals(Optional.of("Aantal deelnemende instellingen secundair onderwijs"), first.column());
        assertTrue(t.span().of(PROVINCES).startsWith("Provincie"));
        assertTrue(t.span().of(PROVINCES).endsWith("51,15%"));
    }

    @Test
    void labelHeaderInABlockOfItsOwn() {
        String text = """
                Per net:

                Provincie

                Gemeenschaps-
                onderwijs

                Vrij gesubsidieerd
                onderwijs

                Antwerpen 29 103
                Limburg 9 30""";
        FigureExtraction x = read(text);
        assertEquals(List.of("Gemeenschapsonderwijs", "Vrij gesubsidieerd onderwijs"),
                x.tables().get(0).columns().stream().map(Located::text).toList());
        assertEquals(4, x.figures().size());
        assertEquals(Optional.of("Vrij gesubsidieerd onderwijs"), x.figures().get(3).column());
        assertEquals(Optional.of("Limburg"), x.figures().get(3).row());
    }

    @Test
    void oneHeaderLineRightAboveTheRows() {
        String text = """
                Provincie Scholen Leerlingen
                Antwerpen 12 1.200
                Limburg 8 950""";
        FigureExtraction x = read(text);
        assertEquals(List.of("Scholen", "Leerlingen"), x.tables().get(0).columns().stream().map(Located::text).toList());
        assertEquals(List.of("12 | COUNT | 12 | Scholen | row=Antwerpen", "1200 | COUNT | 1.200 | Leerlingen | row=Antwerpen",
                "8 | COUNT | 8 | Scholen | row=Limburg", "950 | COUNT | 950 | Leerlingen | row=Limburg"),
                FigureLines.of(x.figures()));
    }

    @Test
    void euroColumnsAndYearsInTheHeader() {
        String text = """
                Overzicht:

                Provincie Bedrag 2022 (euro)

                Antwerpen 1.250.000
                Limburg 830.500,50""";
        FigureExtraction x = read(text);
        Figure f = x.figures().get(1);
        assertEquals(FigureUnit.EUR, f.unit());
        assertEquals(0, new java.math.BigDecimal("830500.50").compareTo(f.value()));
        assertEquals(Optional.of(2022), f.referenceYear());
    }

    @Test
    void moreHeaderCellsThanRowCellsIsNotGuessed() {
        String text = """
                Naar regio:

                Provincie Aantal

                Aandeel

                Rang

                Antwerpen 162 60,67%
                Limburg 41 26,45%""";
        FigureExtraction x = read(text);
        assertEquals(List.of(), x.figures(), "no cell under a column it may not belong to");
        assertEquals(List.of(), x.tables());
        assertEquals(1, x.unaligned().size());
        assertEquals("Antwerpen 162 60,67%\nLimburg 41 26,45%", x.unaligned().get(0).of(text));
    }

    @Test
    void rowsWithoutHeaderAreNotGuessed() {
        String text = "Er zijn 40 scholen.\n\nAntwerpen 162 60,67%\nLimburg 41 26,45%";
        FigureExtraction x = read(text);
        assertEquals(List.of("40 scholen"), x.figures().stream().map(f -> f.quote().text()).toList());
        assertEquals(1, x.unaligned().size());
    }

    @Test
    void rowsOfDifferentWidthsAreNotOneTable() {
        String text = """
                Provincie Aantal

                Antwerpen 162
                Limburg 41 26,45%""";
        assertEquals(List.of(), read(text).figures());
    }

    @Test
    void emptyCellsYieldNoFigure() {
        String text = """
                Provincie Aantal

                Aandeel

                Antwerpen 162 -
                Limburg 41 26,45 %""";
        FigureExtraction x = read(text);
        assertEquals(List.of("162 | COUNT | 162 | Aantal | row=Antwerpen", "41 | COUNT | 41 | Aantal | row=Limburg",
                "26.45 | PERCENT | 26,45 % | Aandeel | row=Limburg"), FigureLines.of(x.figures()));
    }
}
