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
import org.policygraph.testing.RandomTexts;

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

    @Test
    void signedCellsKeepTheirSign() {
        String text = """
                Provincie Saldo

                Antwerpen -1.250
                Limburg \u2212830""";
        assertEquals(List.of("-1250 | COUNT | -1.250 | Saldo | row=Antwerpen", "-830 | COUNT | \u2212830 | Saldo | row=Limburg"),
                FigureLines.of(read(text).figures()));
    }

    @Test
    void aUnitStatedInTheCaptionAboveScalesTheCells() {
        String text = """
                Middelen per provincie, in duizend euro:

                Provincie Middelen

                Antwerpen 1.250
                Limburg -830,5

                Zo zijn de middelen verdeeld.""";
        assertEquals(List.of("1250000 | EUR | 1.250 | Middelen | row=Antwerpen", "-830500 | EUR | -830,5 | Middelen | row=Limburg"),
                FigureLines.of(read(text).figures()));
    }

    @Test
    void aUnitStatedInATableCaptionBelowScalesTheCells() {
        String text = """
                Provincie Kredieten

                Antwerpen 12,5
                Limburg 8

                Tabel 4: Kredieten (in mln euro)""";
        assertEquals(List.of("12500000 | EUR | 12,5 | Kredieten | row=Antwerpen", "8000000 | EUR | 8 | Kredieten | row=Limburg"),
                FigureLines.of(read(text).figures()));
    }

    @Test
    void aUnitInTheHeaderScalesAllButPercentages() {
        String text = """
                Domein Kredieten (k€)

                Aandeel

                Onderwijs 1.200 40%
                Welzijn 1.800 60%""";
        assertEquals(List.of("1200000 | EUR | 1.200 | Kredieten (k€) | row=Onderwijs", "40 | PERCENT | 40% | Aandeel | row=Onderwijs",
                "1800000 | EUR | 1.800 | Kredieten (k€) | row=Welzijn", "60 | PERCENT | 60% | Aandeel | row=Welzijn"),
                FigureLines.of(read(text).figures()));
    }

    @Test
    void aUnitInOneColumnsHeaderScalesThatColumnAndNotTheCountsBesideIt() {
        String text = """
                Gemeente Aanvragen

                Toegekend (in duizend euro)

                Aalter 3 12,5
                Lede 4 8""";
        assertEquals(List.of("3 | COUNT | 3 | Aanvragen | row=Aalter", "12500 | EUR | 12,5 | Toegekend (in duizend euro) | row=Aalter",
                "4 | COUNT | 4 | Aanvragen | row=Lede", "8000 | EUR | 8 | Toegekend (in duizend euro) | row=Lede"),
                FigureLines.of(read(text).figures()));
    }

    @Test
    void aSentenceBelowTheTableStatesNoUnit() {
        String text = """
                Provincie Scholen

                Antwerpen 12
                Limburg 8

                Dit is in duizend euro niet uit te drukken.""";
        assertEquals(List.of("12 | COUNT | 12 | Scholen | row=Antwerpen", "8 | COUNT | 8 | Scholen | row=Limburg"),
                FigureLines.of(read(text).figures()));
    }

    @Test
    void statedUnits() {
        assertEquals(Optional.of(new java.math.BigDecimal("1000")), TableUnits.stated("Tabel 2-1: Saldo (in duizend euro)"));
        assertEquals(Optional.of(new java.math.BigDecimal("1000000")), TableUnits.stated("in mln euro"));
        assertEquals(Optional.of(new java.math.BigDecimal("1000000")), TableUnits.stated("(in miljoen euro)"));
        assertEquals(Optional.of(new java.math.BigDecimal("1000000")), TableUnits.stated("in € mln"));
        assertEquals(Optional.of(java.math.BigDecimal.ONE), TableUnits.stated("Bedragen in euro"));
        assertEquals(Optional.of(new java.math.BigDecimal("1000")), TableUnits.stated("(in 1.000 euro)"));
        assertEquals(Optional.empty(), TableUnits.stated("Groei van het bbp, in %"));
        assertEquals(Optional.empty(), TableUnits.stated("investeringen in europese fondsen"));
    }

    private static final String[] ROW_PIECES = {"Antwerpen", "Gent", "totaal", " ", "  ", "\t", "12", "1.234", "60,67", "%", " %",
            "-", "\u2013", "\u2014", "\u20ac", "euro", "zijn.", "2023", "x1", "\u017f", "\ud83d\ude00"};

    @Test
    void aLineWhoseLastWordCannotBeACellIsNoRowAsItsWordsSay() {
        java.util.Random r = new java.util.Random(3);
        int rows = 0;
        int passedOver = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder(r.nextBoolean() ? "Brussel " : "");
            sb.append(RandomTexts.of(r, ROW_PIECES, 12));
            if (r.nextInt(20) == 0)
                sb.append("a".repeat(150 + r.nextInt(100))).append(ROW_PIECES[r.nextInt(ROW_PIECES.length)]);
            String text = sb.toString();
            TableReader.Line line = new TableReader.Line(7, 7 + text.length(), text);
            Optional<TableReader.Row> row = TableReader.rowOfWords(line);
            assertEquals(row, TableReader.row(line), () -> "\"" + text + "\"");
            if (row.isPresent())
                rows++;
            if (!TableReader.mayEndInCell(text))
                passedOver++;
        }
        assertTrue(rows > 1000 && passedOver > 10_000, "the random lines hold rows: " + rows + ", lines passed over: " + passedOver);
    }

    @Test
    void aHeaderWithoutTheTimeItNamesIsWhatItsCellsCount() {
        assertEquals(Optional.of("Plaatsen"), TableReader.withoutTime("Plaatsen 2024"));
        assertEquals(Optional.of("Wachtenden"), TableReader.withoutTime("Wachtenden op 1 januari 2024"));
        assertEquals(Optional.of("Werkingssubsidie (euro)"), TableReader.withoutTime("Werkingssubsidie 2023 (euro)"));
        assertEquals(Optional.of("Aantal leerlingen"), TableReader.withoutTime("Aantal leerlingen in 2023"));
        assertEquals(Optional.of("Stop"), TableReader.withoutTime("Stop 2024"));
        assertEquals(Optional.empty(), TableReader.withoutTime("2024"));
        assertEquals(Optional.of("Controles"), TableReader.withoutTime("Controles"));
    }
}
