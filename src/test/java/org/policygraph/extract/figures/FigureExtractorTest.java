package org.policygraph.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.model.Figure;
import org.policygraph.model.FigureUnit;
import org.policygraph.model.Span;

/** Focused fixtures: each notation the extractor reads, and each kind of number it must leave alone. */
class FigureExtractorTest {

    static List<Figure> figures(String text) {
        List<Figure> found = new FigureExtractor().extract(text, new Span(0, text.length()));
        for (Figure f : found) {
            assertEquals(f.quote().span().of(text), f.quote().text(), "quote is the covered text");
            assertTrue(f.sentence().span().start() <= f.quote().span().start()
                    && f.quote().span().end() <= f.sentence().span().end(), "the sentence holds the quote");
        }
        return found;
    }

    static Figure one(String text) {
        List<Figure> found = figures(text);
        assertEquals(1, found.size(), () -> "expected one figure in «" + text + "»: " + FigureLines.of(found));
        return found.get(0);
    }

    static void none(String text) {
        assertEquals(List.of(), FigureLines.of(figures(text)), () -> "expected no figure in «" + text + "»");
    }

    static void assertValue(String expected, Figure f) {
        assertEquals(0, new BigDecimal(expected).compareTo(f.value()), () -> "value of " + FigureLines.of(f));
    }

    @Nested
    class DutchNotation {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Er werd 14.700 euro uitgekeerd.                         | 14700        | EUR     | 14.700 euro",
                "De middelen (€29.873.345,30) zijn voorzien.             | 29873345.30  | EUR     | €29.873.345,30",
                "Samen goed voor € 2.950.000.                            | 2950000      | EUR     | € 2.950.000",
                "Daarvoor werd 30 miljoen euro uitgetrokken.             | 30000000     | EUR     | 30 miljoen euro",
                "Er gaat € 2,5 miljard naar de sector.                   | 2500000000   | EUR     | € 2,5 miljard",
                "Dat kost 1,5 miljoen EUR per jaar.                      | 1500000      | EUR     | 1,5 miljoen EUR per jaar",
                "Dat kost 500 € per maand.                               | 500          | EUR     | 500 € per maand",
                "Dat is 60,67% van de instellingen.                      | 60.67        | PERCENT | 60,67% van de instellingen",
                "Dat is 12 procent van de leerlingen.                    | 12           | PERCENT | 12 procent van de leerlingen",
                "Er zijn 1.250 leerlingen ingeschreven.                  | 1250         | COUNT   | 1.250 leerlingen",
                "Er zijn 13772 stagiairs.                                | 13772        | COUNT   | 13772 stagiairs",
                "Zo nemen twee lokale besturen deel.                     | 2            | COUNT   | twee lokale besturen",
                "Er zijn tweeëntwintig scholen.                          | 22           | COUNT   | tweeëntwintig scholen",
                "Er was één persoon met een handicap.                    | 1            | COUNT   | één persoon met een handicap",
                "Er zijn duizend leerlingen.                             | 1000         | COUNT   | duizend leerlingen",
                "Er zijn 14 miljoen inwoners.                            | 14000000     | COUNT   | 14 miljoen inwoners",
                "Hij heeft 1 kandidaat gezien.                           | 1            | COUNT   | 1 kandidaat",
                "De termijn is drie maanden.                             | 3            | MONTH   | drie maanden",
                "Ze volgen twee dagen per week les.                      | 2            | DAY     | twee dagen per week",
                "De opleiding duurt 24 uur.                              | 24           | HOUR    | 24 uur",
                "Ritten van meer dan vijf minuten vertraging.            | 5            | MINUTE  | meer dan vijf minuten",
                "Er werd 84,2 kilometer fietspad aangelegd.              | 84.2         | KILOMETRE | 84,2 kilometer fietspad",
        })
        void reads(String text, String value, FigureUnit unit, String quote) {
            Figure f = one(text);
            assertValue(value, f);
            assertEquals(unit, f.unit());
            assertEquals(quote, f.quote().text());
        }

        @Test
        void offsetsAreAbsoluteInTheWholeText() {
            String text = "Inleiding.\n\nEr zijn 68 schoolstagiairs.";
            Figure f = one(text);
            assertEquals(new Span(20, 38), f.quote().span());
            assertEquals("Er zijn 68 schoolstagiairs.", f.sentence().text());
        }

        @Test
        void onlyTheRegionIsRead() {
            String text = "Er zijn 68 schoolstagiairs. Er zijn 28 personen.";
            List<Figure> found = new FigureExtractor().extract(text, new Span(28, text.length()));
            assertEquals(1, found.size());
            assertEquals("28 personen", found.get(0).quote().text());
            assertEquals(new Span(36, 47), found.get(0).quote().span());
        }
    }

    @Nested
    class WhatItMeasures {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Van de 68 schoolstagiairs die de dienst ondersteunde.                | schoolstagiairs",
                "Er waren 28 personen van buitenlandse herkomst en 3 anderen.        | personen van buitenlandse herkomst",
                "Er werden 148 unieke kandidaturen ontvangen.                         | unieke kandidaturen",
                "Er zijn 655 instellingen (geteld via instellingsnummer) actief.      | instellingen",
                "Er was één persoon met een handicap of chronische ziekte.            | persoon met een handicap of chronische ziekte",
                "Met actie 6 werden 33 personen met een niet-EU-diploma begeleid.     | personen met een niet-EU-diploma",
                "Er werd 14.700 euro uitgekeerd als subsidie aan de lokale besturen.  | subsidie",
                "Nu bedraagt de bonus 1000 euro per leerling.                         | bonus",
                "De premie bedraagt 2000 euro.                                        | premie",
                "Er is een budget van €45.000.000 voorzien.                           | budget",
                "Het gaat om de bijhorende financiële middelen (€29.873.345,30).      | bijhorende financiële middelen",
                "Zeker omdat de minimale duurtijd drie maanden moet zijn.             | minimale duurtijd",
                "Uit het onderzoek blijkt dat 80% van de consumenten het logo kent.   | consumenten",
        })
        void measure(String text, String measure) {
            assertEquals(Optional.of(measure), figures(text).get(0).measure());
        }

        @Test
        void amountsWithoutAThingMeasuredHaveNone() {
            assertEquals(Optional.empty(), one("Daarvoor werd 30 miljoen euro uitgetrokken.").measure());
            assertEquals(Optional.empty(), one("Kaas krijgt meestal (87%) een Nutri-Score D.").measure());
        }

        @Test
        void perUnit() {
            Figure f = one("Nu bedraagt de bonus 1000 euro per leerling, ongeacht het aantal werkplekken.");
            assertEquals(Optional.of("leerling"), f.perUnit());
            assertEquals("1000 euro per leerling", f.quote().text());
            assertEquals(Optional.of("klas"), one("Er zitten 22 leerlingen per klas.").perUnit());
        }

        @Test
        void aBareNumberCoordinatedWithACountTakesItsNoun() {
            List<Figure> f = figures("Zo weten we dat slechts twee lokale besturen deelnemen aan actie 6 en slechts dertien aan actie 7.");
            assertEquals(List.of("2 | COUNT | twee lokale besturen | lokale besturen | ",
                    "13 | COUNT | dertien | lokale besturen | "), FigureLines.of(f));
        }

        @Test
        void anAmountCoordinatedWithAnotherTakesWhatItMeasures() {
            List<Figure> f = figures("In het kader van actie 6 werd 14.700 euro uitgekeerd als subsidie aan de lokale besturen "
                    + "en in het kader van actie 7 werd 559.000 euro uitgekeerd.");
            assertEquals(Optional.of("subsidie"), f.get(1).measure());
        }

        @Test
        void noEllipsisBeforeAWordThatMayBeItsOwnNoun() {
            assertEquals(List.of("drie ministers"),
                    figures("De drie ministers en de twee Gemeenschappen.").stream().map(f -> f.quote().text()).toList());
            assertEquals(List.of("28 personen"),
                    figures("Er waren 28 personen en één van hen bleef.").stream().map(f -> f.quote().text()).toList());
        }

        @Test
        void noEllipsisWithoutCoordination() {
            assertEquals(1, figures("Er zijn 20 leerlingen, waarvan 5 in het eerste jaar.").size());
        }

        @Test
        void sentenceSkipsTheListLabel() {
            Figure f = one("3. a-d) Zie vraag 1.\ne) Van de 68 schoolstagiairs waren er geen.");
            assertEquals("Van de 68 schoolstagiairs waren er geen.", f.sentence().text());
        }

        @Test
        void sentenceRunsOnOverALineBrokenAfterAComma() {
            Figure f = one("Dertien lokale besturen, met name Genk, Geel,\nOostende en Moerbeke, zetten in.");
            assertTrue(f.sentence().text().endsWith("zetten in."));
        }
    }

    @Nested
    class QualifiersAndRanges {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "In het eerste projectjaar maakten we meer dan 14 miljoen euro vrij. | meer dan | meer dan 14 miljoen euro",
                "Er zijn ongeveer 300 scholen.                                      | ongeveer | ongeveer 300 scholen",
                "Er zijn minstens 5 scholen.                                        | minstens | minstens 5 scholen",
                "Er zijn zo’n 40 leerkrachten.                                      | zo’n     | zo’n 40 leerkrachten",
                "Er zijn minder dan 10 aanvragen.                                   | minder dan | minder dan 10 aanvragen",
                "Er werken ca. 200 mensen.                                          | ca.      | ca. 200 mensen",
        })
        void qualifier(String text, String qualifier, String quote) {
            Figure f = one(text);
            assertEquals(Optional.of(qualifier), f.qualifier());
            assertEquals(quote, f.quote().text());
        }

        @Test
        void qualifierKeepsTheValue() {
            assertValue("14000000", one("Er ging meer dan 14 miljoen euro naar de sector."));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Er zijn tussen 10 en 20 leerlingen per klas.  | 10       | 20       | tussen 10 en 20 leerlingen per klas",
                "Er zijn 10 tot 20 leerlingen.                 | 10       | 20       | 10 tot 20 leerlingen",
                "Dat kost 5.000 à 6.000 euro.                  | 5000     | 6000     | 5.000 à 6.000 euro",
                "Er zijn 10-20 leerlingen.                     | 10       | 20       | 10-20 leerlingen",
                "Het kost 10 tot 20 miljoen euro.              | 10000000 | 20000000 | 10 tot 20 miljoen euro",
                "Het kost € 10 tot € 20.                       | 10       | 20       | € 10 tot € 20",
                "Jongeren tussen 18 en 25 jaar.                | 18       | 25       | tussen 18 en 25 jaar",
        })
        void range(String text, String lower, String upper, String quote) {
            Figure f = one(text);
            assertValue(lower, f);
            assertEquals(0, new BigDecimal(upper).compareTo(f.upperValue().orElseThrow()));
            assertEquals(quote, f.quote().text());
        }

        @Test
        void aChangeIsNoRange() {
            Figure f = one("Het aantal steeg van 10 tot 20 leerlingen.");
            assertFalse(f.isRange());
            assertEquals("20 leerlingen", f.quote().text());
        }

        @Test
        void yearsAreNoRange() {
            none("Tussen 2019 en 2023 gebeurde niets.");
        }
    }

    @Nested
    class MoneyWithoutAUnit {

        @Test
        void aScaledAmountInASentenceAboutMoneyIsEuro() {
            String text = "De begroting werd niet vastgelegd per actie. In het eerste projectjaar maakten we meer dan "
                    + "14 miljoen vrij om te investeren in samenleven.";
            Figure f = one(text);
            assertValue("14000000", f);
            assertEquals(FigureUnit.EUR, f.unit());
            assertTrue(f.unitInferred());
            assertEquals(Optional.of("meer dan"), f.qualifier());
            assertEquals("meer dan 14 miljoen", f.quote().text());
        }

        @Test
        void notWithoutMoneyInTheSentence() {
            none("In het eerste jaar kwamen er meer dan 14 miljoen bij.");
        }

        @Test
        void notWhenTheScaleCountsSomething() {
            none("Het budget gaat naar de 2 miljoen Vlamingen.");
        }
    }

    @Nested
    class ReferenceYear {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Voor verzorgende waren er in 2022 54 inschrijvingen.           | 2022 | 54 inschrijvingen",
                "In 2023 ontvingen 17 gemeenten een subsidie.                   | 2023 | 17 gemeenten",
                "Op 27 juni 2018 hadden 13772 stagiairs een account.            | 2018 | 13772 stagiairs",
                "Er waren 11 inschrijvingen in 2022.                            | 2022 | 11 inschrijvingen",
        })
        void yearTiedToAFigure(String text, int year, String quote) {
            Figure f = one(text);
            assertEquals(Optional.of(year), f.referenceYear());
            assertEquals(quote, f.quote().text());
        }

        @Test
        void onlyTheAdjacentFigure() {
            List<Figure> f = figures("Er waren in 2022 11 inschrijvingen, zijn 8 kandidaten begonnen.");
            assertEquals(Optional.of(2022), f.get(0).referenceYear());
            assertEquals(Optional.empty(), f.get(1).referenceYear());
        }
    }

    @Nested
    class NotFigures {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                // dates
                "Op vrijdag 1 juli 2022 sloot de minister een akkoord.",
                "Op 27 juni 2018 was het zover.",
                "De resultaten verwachten we in oktober 2023.",
                "Het project loopt tot 31 oktober 2024.",
                "Het besluit van 05-09-2023 en dat van 2023-09-05.",
                "Een werkplek tussen 1 september 2020 en 31 augustus 2021.",
                "datum: 5 september 2023",
                // years and school years
                "Hoeveel stageplaatsen werden aangeboden in 2022?",
                "Graag een overzicht sinds 2014.",
                "Hoeveel scholen hadden zich in het schooljaar 2017-2018 aangemeld?",
                "Voor de periode 2021-2025 en het schooljaar 2020-21.",
                "In het voorjaar van 2018 was er een resonantiegroep.",
                "Het jaar 2023 was goed.",
                // question, list and title numbers
                "SCHRIFTELIJKE VRAAG\n\nnr. 497",
                "op vraag nr. 497 van 5 september 2023",
                "1. Hoeveel schoolstages werden uitgevoerd?",
                "3. a-d) Zie vraag 1.",
                "10. Proefproject rond begeleiding.",
                "1 Situering",
                "Platform 'Lerarenstage.be' (2)",
                "(nr. 58, 2017-2018)",
                // identifiers and names
                "Er is bijvoorbeeld actie 6 en actie 7.",
                "Welke initiatieven lopen voor actie7?",
                "Het gaat om artikel 11.04 van de begroting.",
                "Zoals het Actieplan 4.0.",
                "Kies voor de zorg, project 3030,…",
                "De resultaten per KPI 3 volgen.",
                "Buiten de Schijf van Vijf vallen.",
                "Het Horizon 2020 programma.",
                "Na COVID-19 kwam de relance.",
                "Leerlingen van de 3de graad en 18-jarigen.",
                "De hulplijn is 24/7 bereikbaar.",
                // addresses, phone numbers, web addresses
                "Koning Albert II-laan 35, 1210 Brussel",
                "Bel 02 553 50 50 of +32 2 553 50 50.",
                "Zie https://www.vlor.be/adviezen/2021/advies-12 en info@vlor2.be.",
                // footnotes
                "de inkanteling van leren werken.1 We blijven de evoluties opvolgen.",
                "1 O.a. Vlor, Raad Secundair Onderwijs.",
                // articles, set phrases, ratios, clock times
                "Er was een persoon met een handicap.",
                "Kies in één oogopslag het beste product.",
                "Eén van de redenen is de kost.",
                "Eén op vijf leerlingen.",
                "Het gaat om 1 op 5 leerlingen.",
                "Dat is 1 op de 5 leerlingen.",
                "Een bedrag van 20 000 euro.",
                "De vergadering begint om 9 uur.",
                "Dat gebeurde twee jaar geleden.",
                "Zie vraag 1.",
                "Waarvan 5 werken in de zorg.",
        })
        void none(String text) {
            FigureExtractorTest.none(text);
        }

        @Test
        void excludedSpansAreNotRead() {
            String text = "Zorgsector - 3 jaar wachttijd\n\nEr zijn 5 aanvragen.";
            assertEquals(2, figures(text).size());
            List<Figure> found = new FigureExtractor().extract(text, new Span(0, text.length()),
                    FigureContext.excluding(new Span(0, 29)));
            assertEquals(List.of("5 aanvragen"), found.stream().map(f -> f.quote().text()).toList());
        }
    }
}
