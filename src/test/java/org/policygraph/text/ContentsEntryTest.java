package org.policygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The lines of a table of contents, and the lines that only look like one. */
class ContentsEntryTest {

    @Test
    void aHeadingThenItsPage() {
        assertEquals(Optional.of(new ContentsEntry("2.1 Begrotingsopmaak 2026", 14, false)), ContentsEntry.of("2.1 Begrotingsopmaak 2026 14"));
        assertEquals(Optional.of(new ContentsEntry("3 DE MIDDELENBEGROTING", 6, true)), ContentsEntry.of("3 DE MIDDELENBEGROTING ........ 6"));
        assertEquals(Optional.of(new ContentsEntry("Inleiding", 3, true)), ContentsEntry.of("Inleiding…… 3"));
        assertEquals(Optional.of(new ContentsEntry("", 4, true)), ContentsEntry.of("............................ 4"),
                "the leaders alone, under a heading that wrapped");
    }

    @Test
    void linesThatOnlyLookLikeOne() {
        assertEquals(Optional.empty(), ContentsEntry.of("Het budget bedraagt 1.250"), "an amount is no page");
        assertEquals(Optional.empty(), ContentsEntry.of("Begrotingsjaren 2027-2030"), "a year is no page");
        assertEquals(Optional.empty(), ContentsEntry.of("12 14"), "a heading has a letter");
        assertEquals(Optional.empty(), ContentsEntry.of("De uitgaven stijgen met 3%"));
        assertEquals(Optional.empty(), ContentsEntry.of(""));
    }

    @Test
    void onlyDotsLeadToAPage() {
        assertTrue(ContentsEntry.ledToPage("1 INLEIDING ........ 2"));
        assertFalse(ContentsEntry.ledToPage("1 Inleiding 2"));
        assertFalse(ContentsEntry.ledToPage("Zie ook punt 3... en verder 4 keer"));
    }

    /** The rule as first written, as a pattern over the stripped line. */
    private static final Pattern AS_WRITTEN = Pattern.compile(
            "(?<title>.*?)(?<leader>[ \\t]*(?:\\.[ \\t]?){4,}[ \\t]*|[ \\t]*…+[ \\t]*|[ \\t]+)(?<page>\\d{1,3})");

    private static Optional<ContentsEntry> asWritten(String line) {
        Matcher m = AS_WRITTEN.matcher(line.strip());
        if (!m.matches())
            return Optional.empty();
        boolean leader = !m.group("leader").isBlank();
        String title = m.group("title").strip();
        if (title.isEmpty() ? !leader : title.chars().noneMatch(Character::isLetter))
            return Optional.empty();
        return Optional.of(new ContentsEntry(title, Integer.parseInt(m.group("page")), leader));
    }

    @Test
    void readsAsThePatternReads() {
        String[] pieces = {"Inleiding", "2.1", "a", " ", "  ", "\t", ".", ". ", "..", "....", "…", "1", "12", "123", "2026", "-", "x."};
        Random random = new Random(15);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder line = new StringBuilder();
            int parts = 1 + random.nextInt(8);
            for (int p = 0; p < parts; p++)
                line.append(pieces[random.nextInt(pieces.length)]);
            String l = line.toString();
            assertEquals(asWritten(l), ContentsEntry.of(l), () -> "'" + l + "'");
        }
    }
}
