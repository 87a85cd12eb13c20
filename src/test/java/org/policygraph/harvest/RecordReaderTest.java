package org.policygraph.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonString;
import org.junit.jupiter.api.Test;

class RecordReaderTest {

    @Test
    void datesInEveryPlausibleFormat() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        for (String s : List.of("2024-03-01", "2024-03-01T00:00:00", "2024-03-01T09:30:00+01:00", "2024-03-01 09:30:00",
                "2024-03-01T08:30:00.000Z", "01-03-2024", "1/3/2024", "01.03.2024", "20240301", "1709280000000"))
            assertEquals(Optional.of(d), JsonValues.date(s), s);
        // Just after midnight in Brussels is still the day before in UTC.
        assertEquals(Optional.of(d), JsonValues.date("2024-02-29T23:30:00Z"));
        assertEquals(Optional.of(d), JsonValues.date(JsonNumber.value(1709280000000L)));
        assertEquals(Optional.empty(), JsonValues.date("volgende week"));
        assertEquals(Optional.empty(), JsonValues.date("2024-02-30"));
    }

    @Test
    void booleansAsWordsAndDigits() {
        assertEquals(Optional.of(true), JsonValues.bool(new JsonString("Ja")));
        assertEquals(Optional.of(false), JsonValues.bool(new JsonString("nee")));
        assertEquals(Optional.of(true), JsonValues.bool(new JsonString("true")));
        assertEquals(Optional.of(false), JsonValues.bool(JsonNumber.value(0)));
        assertEquals(Optional.empty(), JsonValues.bool(new JsonString("misschien")));
    }

    @Test
    void aRecordInTheStructureOfFields() {
        QuestionRecord r = RecordReader.question(Fixtures.question("1001", "101", "2024-02-05", "2024-02-27", "https://x/pfile?id=1"), "1001");
        assertEquals("1001", r.id());
        assertEquals(Optional.of("101"), r.number());
        assertEquals(Optional.of(LocalDate.of(2024, 2, 5)), r.date(), "from the submission step");
        assertEquals(Optional.of(LocalDate.of(2024, 2, 27)), r.answerDate());
        assertEquals(List.of("Jeugd", "Vrije tijd"), r.themes());
        assertEquals("Lotte Vermeulen", r.asker().orElseThrow().name());
        assertEquals(Optional.of("41"), r.asker().orElseThrow().id());
        assertEquals("Pieter Daems", r.minister().orElseThrow().name());
        assertEquals(Optional.of(AnswerKind.OWN), r.answerKind());
        assertEquals(Optional.of(true), r.onTime());
        assertEquals(List.of("https://x/pfile?id=1"), r.files());
    }

    @Test
    void aRecordInOtherFormats() {
        QuestionRecord r = RecordReader.question(Fixtures.questionOtherFormats("1002", "https://x/a", "https://x/b"), "1002");
        assertEquals(Optional.of("88"), r.number(), "a number for a string");
        assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), r.date());
        assertEquals(Optional.of(LocalDate.of(2024, 4, 15)), r.answerDate());
        assertEquals(3, r.steps().size(), "epoch milliseconds read too");
        assertEquals(StepKind.SUBMITTED, r.steps().get(1).kind(), "sent to the minister; the earliest submission step dates the question");
        assertEquals(List.of("Jeugd", "Cultuur"), r.themes(), "XML's themas/thema nesting");
        assertEquals(Optional.of("Groen"), r.asker().orElseThrow().party());
        assertEquals(Optional.of(AnswerKind.REFERRING), r.answerKind());
        assertEquals(Optional.of(false), r.onTime());
        assertEquals(2, r.files().size());
    }

    @Test
    void badResponsesFailWithAReason() {
        assertTrue(assertThrows(HarvestException.class, () -> RecordReader.question("{\"id\": 5, \"titel\": \"Spe", "5"))
                .getMessage().contains("not readable JSON"));
        assertTrue(assertThrows(HarvestException.class, () -> RecordReader.question("[1, 2]", "5")).getMessage().contains("not an object"));
        assertTrue(assertThrows(HarvestException.class, () -> RecordReader.question("{\"id\": 6}", "5")).getMessage().contains("not the id"));
        assertTrue(assertThrows(HarvestException.class, () -> RecordReader.question("<schv><id>5</id></schv>", "5"))
                .getMessage().contains("not readable JSON"));
        // A record with nothing but its id is read, with everything else absent.
        QuestionRecord bare = RecordReader.question("{\"id\": \"7\", \"tijdig\": \"soms\", \"procedureverloop\": {\"datum\": \"gisteren\"}}", "7");
        assertEquals(Optional.empty(), bare.onTime());
        assertTrue(bare.steps().isEmpty());
    }

    @Test
    void membersPartyOnADate() {
        MemberRecord m = RecordReader.member(Fixtures.member("41"), "41");
        assertEquals("Lotte Vermeulen", m.name());
        assertEquals(Optional.of("Open Vld"), m.partyOn(LocalDate.of(2023, 5, 1)));
        assertEquals(Optional.of("Vooruit"), m.partyOn(LocalDate.of(2024, 5, 1)));
        assertEquals(Optional.empty(), m.partyOn(LocalDate.of(2018, 5, 1)), "the current group is not taken for the past");
        assertEquals(Optional.of("Vooruit"), m.currentParty());
    }

    @Test
    void retryAfterInSecondsOrAsADate() {
        assertEquals(Optional.of(java.time.Duration.ofSeconds(7)), ApiClient.retryAfter("7"));
        assertTrue(ApiClient.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT").orElseThrow().isZero(), "a past date: no wait");
        assertEquals(Optional.empty(), ApiClient.retryAfter("soon"));
    }
}
