package org.policygraph.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.model.Figure;
import org.policygraph.model.FigureTable;
import org.policygraph.model.Located;
import org.policygraph.model.Span;
import org.policygraph.testing.Corpora;
import org.policygraph.text.DocumentReader;

/**
 * Every figure of each real seed document in {@code ../shared/seeds} (skipped where absent), over
 * the whole normalised text: the extracted list must equal the expected one exactly, in text
 * order, with no extra figure and none missing. One line per figure:
 * {@code value | unit | quote | measure | extras} (see {@link FigureLines}).
 */
class SeedFiguresTest {

    /** Seed 000: 5 figures. */
    private static final String SEED_000 = """
            2 | DAY | twee dagen per week |  | per=week
            3 | DAY | drie dagen |  |
            68 | COUNT | 68 schoolstagiairs | schoolstagiairs |
            28 | COUNT | 28 personen van buitenlandse herkomst | personen van buitenlandse herkomst |
            1 | COUNT | één persoon met een handicap of chronische ziekte | persoon met een handicap of chronische ziekte |
            """;

    /** Seed 001: 27 figures. */
    private static final String SEED_001 = """
            655 | COUNT | 655 instellingen | instellingen |
            162 | COUNT | 162 | Aantal deelnemende instellingen secundair onderwijs | row=Antwerpen
            60.67 | PERCENT | 60,67% | Verhouding deelnemende instellingen secundair onderwijs t.o.v. totaal aantal instellingen secundair onderwijs binnen deze provincie | row=Antwerpen
            89 | COUNT | 89 | Aantal deelnemende instellingen secundair onderwijs | row=Vlaams Brabant
            51.15 | PERCENT | 51,15% | Verhouding deelnemende instellingen secundair onderwijs t.o.v. totaal aantal instellingen secundair onderwijs binnen deze provincie | row=Vlaams Brabant
            41 | COUNT | 41 | Aantal deelnemende instellingen secundair onderwijs | row=Limburg
            26.45 | PERCENT | 26,45% | Verhouding deelnemende instellingen secundair onderwijs t.o.v. totaal aantal instellingen secundair onderwijs binnen deze provincie | row=Limburg
            196 | COUNT | 196 | Aantal deelnemende instellingen secundair onderwijs | row=Oost-Vlaanderen
            90.74 | PERCENT | 90,74% | Verhouding deelnemende instellingen secundair onderwijs t.o.v. totaal aantal instellingen secundair onderwijs binnen deze provincie | row=Oost-Vlaanderen
            167 | COUNT | 167 | Aantal deelnemende instellingen secundair onderwijs | row=West-Vlaanderen
            83.92 | PERCENT | 83,92% | Verhouding deelnemende instellingen secundair onderwijs t.o.v. totaal aantal instellingen secundair onderwijs binnen deze provincie | row=West-Vlaanderen
            29 | COUNT | 29 | Gemeenschapsonderwijs | row=Antwerpen
            30 | COUNT | 30 | Officieel gesubsidieerd onderwijs | row=Antwerpen
            103 | COUNT | 103 | Vrij gesubsidieerd onderwijs | row=Antwerpen
            18 | COUNT | 18 | Gemeenschapsonderwijs | row=Vlaams Brabant
            8 | COUNT | 8 | Officieel gesubsidieerd onderwijs | row=Vlaams Brabant
            63 | COUNT | 63 | Vrij gesubsidieerd onderwijs | row=Vlaams Brabant
            9 | COUNT | 9 | Gemeenschapsonderwijs | row=Limburg
            2 | COUNT | 2 | Officieel gesubsidieerd onderwijs | row=Limburg
            30 | COUNT | 30 | Vrij gesubsidieerd onderwijs | row=Limburg
            44 | COUNT | 44 | Gemeenschapsonderwijs | row=Oost-Vlaanderen
            9 | COUNT | 9 | Officieel gesubsidieerd onderwijs | row=Oost-Vlaanderen
            143 | COUNT | 143 | Vrij gesubsidieerd onderwijs | row=Oost-Vlaanderen
            15 | COUNT | 15 | Gemeenschapsonderwijs | row=West-Vlaanderen
            1 | COUNT | 1 | Officieel gesubsidieerd onderwijs | row=West-Vlaanderen
            151 | COUNT | 151 | Vrij gesubsidieerd onderwijs | row=West-Vlaanderen
            13772 | COUNT | 13772 stagiairs | stagiairs | year=2018
            """;

    /** Seed 002: 2 figures. */
    private static final String SEED_002 = """
            3 | MONTH | drie maanden | minimale duurtijd |
            1000 | EUR | 1000 euro per leerling | bonus | per=leerling
            """;

    /** Seed 003: 15 figures. */
    private static final String SEED_003 = """
            7 | COUNT | 7 doelstellingen | doelstellingen |
            24 | COUNT | 24 acties | acties |
            2 | COUNT | twee lokale besturen | lokale besturen |
            13 | COUNT | dertien | lokale besturen |
            33 | COUNT | 33 personen met een niet-EU-diploma | personen met een niet-EU-diploma |
            6360 | COUNT | 6360 kwetsbare jongeren | kwetsbare jongeren |
            14700 | EUR | 14.700 euro uitgekeerd als subsidie | subsidie |
            559000 | EUR | 559.000 euro | subsidie |
            33 | COUNT | 33 personen met een niet-EU-diploma | personen met een niet-EU-diploma |
            33 | COUNT | 33 personen met een niet-EU-diploma | personen met een niet-EU-diploma |
            6360 | COUNT | 6360 kwetsbare jongeren | kwetsbare jongeren |
            2 | COUNT | Twee lokale besturen | lokale besturen |
            14000000 | EUR | meer dan 14 miljoen |  | qualifier=meer dan; inferred
            13 | COUNT | Dertien lokale besturen | lokale besturen |
            14000000 | EUR | meer dan 14 miljoen |  | qualifier=meer dan; inferred
            """;

    /** Seed 004: 23 figures. */
    private static final String SEED_004 = """
            3300 | COUNT | 3300 mensen | mensen |
            30000000 | EUR | 30 miljoen euro |  |
            30000000 | EUR | 30 miljoen euro |  |
            2 | COUNT | twee subsidiekanalen | subsidiekanalen |
            29873345.30 | EUR | €29.873.345,30 | bijhorende financiële middelen |
            1 | YEAR | één jaar |  |
            11 | COUNT | 11 inschrijvingen | inschrijvingen | year=2022
            8 | COUNT | 8 kandidaten | kandidaten |
            2 | COUNT | 2 kandidaten | kandidaten |
            11 | COUNT | 11 inschrijvingen | inschrijvingen | year=2022
            10 | COUNT | 10 kandidaten | kandidaten |
            2 | COUNT | 2 kandidaten | kandidaten |
            54 | COUNT | 54 inschrijvingen | inschrijvingen | year=2022
            49 | COUNT | 49 kandidaten | kandidaten |
            8 | COUNT | 8 kandidaten | kandidaten |
            5 | COUNT | 5 inschrijvingen | inschrijvingen | year=2022
            5 | COUNT | 5 kandidaten | kandidaten |
            1 | COUNT | 1 kandidaat | kandidaat |
            148 | COUNT | 148 unieke kandidaturen | unieke kandidaturen |
            98 | COUNT | 98 kandidaturen | kandidaturen |
            96 | COUNT | 96 kandidaten | kandidaten |
            62 | COUNT | 62 geslaagde kandidaten | geslaagde kandidaten |
            4 | COUNT | 4 actieplannen | actieplannen |
            """;
    static Stream<Arguments> seeds() {
        return Stream.of(arguments("000_", SEED_000), arguments("001_", SEED_001), arguments("002_", SEED_002),
                arguments("003_", SEED_003), arguments("004_", SEED_004));
    }

    private static String text(String prefix) {
        Path file = Corpora.seed(prefix);
        return DocumentReader.read(file, file.getFileName().toString()).text();
    }

    private static FigureExtraction extract(String text) {
        return new FigureExtractor().read(text, new Span(0, text.length()), FigureContext.none());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyFigureAndNoOther(String prefix, String expected) {
        String text = text(prefix);
        List<Figure> figures = extract(text).figures();
        assertEquals(expected.lines().map(String::strip).toList(),
                FigureLines.of(figures).stream().map(String::strip).toList());
        for (Figure f : figures) {
            assertEquals(f.quote().span().of(text), f.quote().text(), "quote is the covered text");
            assertEquals(f.sentence().span().of(text), f.sentence().text(), "sentence is the covered text");
            assertTrue(f.sentence().span().start() <= f.quote().span().start()
                    && f.quote().span().end() <= f.sentence().span().end(), "the sentence holds the quote");
        }
    }

    @Test
    void provincesTablesOfSeed001() {
        FigureExtraction x = extract(text("001_"));
        assertEquals(List.of(), x.unaligned());
        List<FigureTable> tables = x.tables();
        assertEquals(2, tables.size());
        assertEquals(Optional.of("Naar regio"), tables.get(0).caption());
        assertEquals(Optional.of("Naar net"), tables.get(1).caption());
        assertEquals("Provincie", tables.get(0).rowHeader().orElseThrow().text());
        assertEquals(List.of("Gemeenschapsonderwijs", "Officieel gesubsidieerd onderwijs", "Vrij gesubsidieerd onderwijs"),
                tables.get(1).columns().stream().map(Located::text).toList());
        Figure limburg = x.figures().stream()
                .filter(f -> f.row().equals(Optional.of("Limburg")) && f.quote().text().equals("26,45%"))
                .findFirst().orElseThrow();
        assertEquals("Limburg 41 26,45%", limburg.sentence().text());
    }
}
