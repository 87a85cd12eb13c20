package org.policygraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policygraph.lang.DutchPeriods.Bound;
import org.policygraph.lang.DutchPeriods.Phrase;
import org.policygraph.model.Span;

class DutchPeriodsTest {

    /** An answer to a question of 3 March 2025, due twenty working days later. */
    private static final LocalDate ASKED = LocalDate.of(2025, 3, 3);
    private static final LocalDate DUE = WorkingDays.deadline(ASKED, WorkingDays.ANSWER_PERIOD);

    private static List<Phrase> find(String text) {
        return DutchPeriods.find(text, new Span(0, text.length()), ASKED, DUE);
    }

    private static Phrase only(String text) {
        List<Phrase> found = find(text);
        assertEquals(1, found.size(), text + ": " + found);
        return found.get(0);
    }

    private static String show(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse("-");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Ik zal dat tegen eind 2024 afronden.; tegen eind 2024; BY; -; 2024-12-31",
            "Dat volgt in het voorjaar van 2025.; in het voorjaar van 2025; WITHIN; 2025-03-21; 2025-06-20",
            "De regeling wordt in de loop van 2026 aangepast.; in de loop van 2026; WITHIN; 2026-01-01; 2026-12-31",
            "Het agentschap zal tegen de zomer een evaluatie voorleggen.; tegen de zomer; BY; -; 2025-06-21",
            "Dat gebeurt in het derde kwartaal van 2025.; in het derde kwartaal van 2025; WITHIN; 2025-07-01; 2025-09-30",
            "Ik verwacht de cijfers begin volgend jaar.; begin volgend jaar; WITHIN; 2026-01-01; 2026-03-31",
            "De oproep volgt dit najaar.; dit najaar; WITHIN; 2025-09-23; 2025-12-20",
            "Het rapport komt eind dit jaar.; eind dit jaar; WITHIN; 2025-10-01; 2025-12-31",
            "Tegen het einde van het jaar is het klaar.; Tegen het einde van het jaar; BY; -; 2025-12-31",
            "De evaluatie volgt uiterlijk op 1 juli 2025.; uiterlijk op 1 juli 2025; BY; -; 2025-07-01",
            "Eind september 2025 start de werf.; Eind september 2025; WITHIN; 2025-09-21; 2025-09-30",
            "We ronden dat tegen september af.; tegen september; BY; -; 2025-09-01",
            "Vanaf januari 2026 geldt de nieuwe regel.; Vanaf januari 2026; FROM; 2026-01-01; -",
            "Na de zomer volgt een tweede ronde.; Na de zomer; AFTER; 2025-09-23; -",
            "In de eerste helft van 2026 volgt een evaluatie.; In de eerste helft van 2026; WITHIN; 2026-01-01; 2026-06-30",
            "Tegen begin 2026 is dat rond.; Tegen begin 2026; BY; -; 2026-03-31",
            "Ik zal dat nog dit jaar doen.; nog dit jaar; WITHIN; 2025-01-01; 2025-12-31",
            "Dat volgt in het kalenderjaar 2026.; in het kalenderjaar 2026; WITHIN; 2026-01-01; 2026-12-31",
            "Vanaf het schooljaar 2025-2026 geldt dat.; Vanaf het schooljaar 2025-2026; FROM; 2025-09-01; -",
            "Dat gebeurt in het schooljaar 2025–2026.; in het schooljaar 2025–2026; WITHIN; 2025-09-01; 2026-08-31",
    })
    void resolvesAPeriod(String text, String quote, Bound bound, String from, String by) {
        Phrase p = only(text);
        assertEquals(quote, p.span().of(text));
        assertEquals(bound, p.bound());
        assertEquals(from, show(p.from()));
        assertEquals(by, show(p.by()));
        assertTrue(p.unresolved().isEmpty());
    }

    @Test
    void aStretchOfTimeCountsFromTheLatestDayTheAnswerCanHaveBeenWritten() {
        Phrase p = only("Ik leg binnen zes maanden een voorstel voor.");
        assertEquals("binnen zes maanden", p.span().of("Ik leg binnen zes maanden een voorstel voor."));
        assertEquals(Optional.of(DUE.plusMonths(6)), p.by());
        assertEquals(Optional.of(DUE.plusYears(1)), only("Dat gebeurt binnen het jaar.").by());
    }

    @Test
    void aSeasonWithoutAYearIsTheNextOneThatHasNotEnded() {
        assertEquals(Optional.of(LocalDate.of(2025, 9, 22)), only("Dat gebeurt in de zomer.").by());
        String text = "Dat gebeurt in de zomer.";
        Phrase autumn = DutchPeriods.find(text, new Span(0, text.length()), LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 10, 29)).get(0);
        assertEquals(Optional.of(LocalDate.of(2026, 6, 21)), autumn.from());
    }

    @Test
    void aPhraseThatDependsOnTheUnknownAnswerDateIsLeftUnresolved() {
        String text = "Dat gebeurt eind dit jaar.";
        List<Phrase> found = DutchPeriods.find(text, new Span(0, text.length()), LocalDate.of(2024, 12, 16),
                LocalDate.of(2025, 1, 20));
        assertEquals(1, found.size());
        assertTrue(found.get(0).by().isEmpty());
        assertTrue(found.get(0).unresolved().orElseThrow().contains("2024-12-16"), found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // a year needs a preposition: a bare number is no period
            "Het budget 2025 bedraagt 4 miljoen euro.",
            // "voor 2025" is as often "for 2025" as "before 2025"
            "Voor 2025 is 4 miljoen euro uitgetrokken.",
            // a bare month name without a part or preposition
            "September was een drukke maand.",
            // a date without a preposition (a letter's date) is no deadline phrase
            "Brief van de minister, 3 maart 2025.",
            // a vague stretch of time has no date
            "Dat gebeurt binnen de komende maanden.",
            // "Jan" is a first name, not january
            "Jan Peeters vroeg dat tegen jan.",
            // a budget names the year of the money, not when something is done
            "De middelen stijgen in de begroting 2026.",
            // a school year needs both its years, and they must follow each other
            "Dat gebeurt in het schooljaar 2025.",
            "Dat gebeurt in het schooljaar 2025-2027.",
            // "start" is a verb here
            "Het project start volgend jaar.",
    })
    void findsNoPeriodWhereThereIsNone(String text) {
        List<Phrase> found = find(text).stream().filter(p -> !p.span().of(text).equalsIgnoreCase("volgend jaar")).toList();
        assertEquals(List.of(), found, text);
    }

    @Test
    void theStartOfAProjectNextYearIsTheYearNotItsFirstQuarter() {
        String text = "Het project start volgend jaar.";
        Phrase p = only(text);
        assertEquals("volgend jaar", p.span().of(text));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), p.by());
    }

    /** Tried only at word starts, the phrase pattern finds what {@code find()} over the region finds. */
    @Test
    void matchesWhatFindGivesOnRandomText() {
        String[] words = {"tegen", "eind", "Eind", "2024", "2025-2026", "het", "de", "voorjaar", "najaar", "binnen", "zes",
                "maanden", "september", "1", "juli", "in", "de loop van", "volgend", "jaar", "kalenderjaar", "x", "é",
                "\uD835\uDC00", "\uD835", "\uDC00", "7", ",", ".", "-", "–", "/", "\n", "ﬁ", "İ",
                // openings in other cases, and a long s that a case-insensitive pattern reads as "s"
                "TEGEN", "Voorjaar", "JULI", "Binnen", "HET", "De", "ſeptember", "Volgend", "Najaar", "2030", "medio", "Medio",
                // a word glued to an opening, and an opening cut by a mark or a letter beyond the plane
                "hetzelfde", "julix", "mei\u0301", "de\uD835\uDC00", "juli\uD835\uDC00", "0", "05", "05 mei"};
        // and every spelling of the lists the phrase is made of, in its case and in capitals
        List<String> all = new ArrayList<>(List.of(words));
        for (String list : List.of("period-prepositions", "year-parts", "month-parts", "year-nouns", "period-determiners",
                "period-units", "months"))
            for (List<String> row : Gazetteer.of(list).rows())
                for (String field : row) {
                    all.add(field);
                    all.add(field.toUpperCase(java.util.Locale.ROOT));
                }
        words = all.toArray(String[]::new);
        Random random = new Random(11);
        int found = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--)
                s.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            String text = s.toString();
            int a = random.nextInt(text.length() + 1);
            Span region = new Span(a, a + random.nextInt(text.length() - a + 1));
            List<String> expected = new ArrayList<>();
            Matcher m = DutchPeriods.PHRASE.matcher(text).region(region.start(), region.end());
            while (m.find())
                expected.add(m.start() + "-" + m.end() + " " + m.group());
            List<String> actual = new ArrayList<>();
            for (MatchResult r : DutchPeriods.matches(text, region))
                actual.add(r.start() + "-" + r.end() + " " + r.group());
            assertEquals(expected, actual, "\"" + text + "\" " + region);
            found += expected.size();
        }
        assertTrue(found > 1_000, "too few phrases in the random texts: " + found);
    }
}
