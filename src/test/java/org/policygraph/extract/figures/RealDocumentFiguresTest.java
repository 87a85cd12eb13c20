package org.policygraph.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policygraph.extract.figures.FigureExtractorTest.figures;
import static org.policygraph.extract.figures.FigureExtractorTest.none;
import static org.policygraph.extract.figures.FigureExtractorTest.one;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What real budget documents and notes write that the question-and-answer fixtures never did:
 * signed amounts, captions that state a unit, amounts that share one unit, and amounts whose
 * measured thing is named by the phrase around them. Our own sentences, in the manner of those
 * documents.
 */
class RealDocumentFiguresTest {

    private static List<String> lines(String text) {
        return FigureLines.of(figures(text));
    }

    @Nested
    class Signs {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Het saldo bedraagt in 2031 € -512 mln.                  | -512000000 | € -512 mln",
                "Het saldo bedraagt in 2031 € \u2011512 mln.             | -512000000 | € \u2011512 mln",
                "Het saldo bedraagt € \u2012512 mln.                     | -512000000 | € \u2012512 mln",
                "Het saldo bedraagt € \u2013512 mln.                     | -512000000 | € \u2013512 mln",
                "Het saldo bedraagt € \u2212512 mln.                     | -512000000 | € \u2212512 mln",
                "Het resultaat komt uit op -2,4 miljard euro.            | -2400000000 | -2,4 miljard euro",
                "Dat is een daling van -3,15%.                           | -3.15      | -3,15%",
                "De groei bedraagt \u22120,6%.                           | -0.6       | \u22120,6%",
                "De impact (\u20114,2 miljoen euro) is verrekend.        | -4200000   | \u20114,2 miljoen euro",
                "De beslissingen leveren (€ +1,25 mld.) op.              | 1250000000 | € +1,25 mld",
        })
        void keepTheirSign(String text, String value, String quote) {
            var f = one(text);
            FigureExtractorTest.assertValue(value, f);
            assertEquals(quote, f.quote().text());
        }

        @Test
        void cellsInARowOfSignedPercentages() {
            assertEquals(List.of("0.4 | PERCENT | 0,4% |  | ", "-0.2 | PERCENT | -0,2% |  | ", "-1.05 | PERCENT | \u22121,05% |  | "),
                    lines("Verschil met de raming: 0,4% -0,2% \u22121,05%"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "De plannen lopen van 2021-2027 en worden herzien.",
                "In de periode 2024\u20132029 wordt niets gewijzigd.",
                "Zo staat het in het Covid-19 plan.",
                "De index t-1 wordt gebruikt.",
        })
        void rangesAndCodesAreNoNegativeFigure(String text) {
            none(text);
        }

        @Test
        void aRangeStaysARange() {
            assertEquals(List.of("10 | EUR | 10-15 euro |  | upper=15"), lines("Een ticket is 10-15 euro."));
            assertEquals(List.of("20 | PERCENT | 20\u201330% |  | upper=30"), lines("Het aandeel is 20\u201330%."));
        }

        @Test
        void aListDashThatLostItsSpaceIsNoMinus() {
            assertEquals(List.of("12 | PERCENT | 12% |  | ", "4,5 | PERCENT | 4,5% |  | ".replace("4,5 ", "4.5 ")),
                    lines("De middelen worden zo verdeeld:\n-12% gaat naar de steden\n-4,5% gaat naar de regio"));
        }

        @Test
        void aSignedPercentageAtTheStartOfATableLineKeepsItsSign() {
            assertEquals(List.of("-0.39 | PERCENT | -0,39% |  | ", "-0.10 | PERCENT | -0,10% |  | "),
                    lines("Output gap\n-0,39% -0,10%"));
        }
    }

    @Nested
    class CaptionsAndHeaders {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "Tabel 4: Uitgaven per domein (in duizend euro)",
                "Figuur 2: evolutie van de kredieten (in miljoen euro)",
                "Tabel 7: Groei van het bbp, in %",
                "Overzicht (in 1.000 euro)",
                "Kosten per jaar, in duizend euro",
                "MJR 2024-\nKolom B\n2031 maanden)",
                "Het college heeft in zijn Onderzoek naar de begrotingsopmaak 2031 bedenkingen geuit.",
        })
        void stateNoFigure(String text) {
            none(text);
        }

        @Test
        void aYearBeforeAnAmountIsNoAmount() {
            assertEquals(List.of("-512000000 | EUR | € -512 mln |  | year=2031"),
                    lines("Het saldo bedraagt in 2031 € -512 mln."));
            assertEquals(List.of("2100000000 | EUR | € 2,1 mld |  | "),
                    lines("Bij de opmaak 2031 € 2,1 mld. voorzien."));
        }

        @Test
        void aCountOfAYearLikeNumberAfterAFunctionWordStays() {
            assertEquals(List.of("2000 | COUNT | 2000 leerlingen | leerlingen | "), lines("Er zijn 2000 leerlingen."));
        }
    }

    @Nested
    class Coordination {

        @Test
        void coordinatedAmountsShareScaleAndUnit() {
            assertEquals(List.of("412300000 | EUR | 412,3 |  | ", "77200000 | EUR | 77,2 miljoen euro |  | "),
                    lines("De kredieten stijgen resp. met 412,3 en 77,2 miljoen euro."));
        }

        @Test
        void coordinatedPercentages() {
            assertEquals(List.of("4 | PERCENT | 4 |  | ", "6 | PERCENT | 6 procent |  | "),
                    lines("De tarieven zijn 4 of 6 procent."));
        }

        @Test
        void aEuroSignBeforeTheFirstTakesTheScaleOfTheSecond() {
            assertEquals(List.of("3000000 | EUR | € 3 |  | ", "5000000 | EUR | 5 miljoen |  | inferred"),
                    lines("De subsidie gaat van € 3 en 5 miljoen naar meer."));
        }

        @Test
        void betweenIsStillARange() {
            assertEquals(List.of("3 | PERCENT | tussen 3 en 5 procent |  | upper=5"), lines("De groei ligt tussen 3 en 5 procent."));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "In 2030 en 2031 stijgt de index met 2 procent.",
                "Er kwamen 3 en later nog 5 procent bij.",
        })
        void yearsAndLooseNumbersAreNotCoordinated(String text) {
            assertEquals(1, figures(text).size(), () -> lines(text).toString());
        }
    }

    @Nested
    class MeasuredPhrases {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Er gaat € 218 mln voor de renovatie van scholen.             | renovatie van scholen",
                "Er is 12 miljoen euro voor extra kinderopvang.               | extra kinderopvang",
                "Dat is een stijging van 3,48%.                               | stijging",
                "Er is een budget van 16.300 euro.                            | budget",
                "De werkingsmiddelen bedragen 4,7 miljoen euro.               | werkingsmiddelen",
                "Hierbij stijgen de ontvangsten met 412,3 miljoen euro.       | ontvangsten",
                "Er is een toename met 2,2% verwacht.                         | toename",
        })
        void namedByThePhrase(String text, String measure) {
            assertEquals(measure, one(text).measure().orElse(""));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "Het saldo is -1,2 miljard euro voor de begrotingsopmaak 2031.",
                "Er gaat 80,5 miljoen euro voor de regio Kempen.",
                "Er gaat 80,5 miljoen euro voor de rest van Vlaanderen.",
                "Er is 5 miljoen euro voor de periode na de hervorming.",
                "Er is 5 miljoen euro voorzien.",
                "Zij werken samen met de scholen met 40 euro per leerling.",
        })
        void leftEmptyWhenNoPhraseClearlyNamesIt(String text) {
            assertEquals("", one(text).measure().orElse(""), () -> lines(text).toString());
        }
    }

    @Nested
    class Multipliers {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Er is € 361 mln uitgetrokken.       | 361000000",
                "Er is € 4,2 mio uitgetrokken.       | 4200000",
                "Het fonds telt € 58 md.             | 58000000000",
                "Het fonds telt € 58 mld.            | 58000000000",
                "Het fonds telt 1,3 miljard euro.    | 1300000000",
                "De studie kost 250 k€.              | 250000",
                "De studie kost 250k€.               | 250000",
        })
        void scaleTheAmount(String text, String value) {
            var f = one(text);
            FigureExtractorTest.assertValue(value, f);
            assertEquals(org.policygraph.model.FigureUnit.EUR, f.unit());
        }
    }
}
