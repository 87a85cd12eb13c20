package org.policygraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.DiagnosticCollector;
import org.policygraph.diagnostic.DiagnosticListener;
import org.policygraph.diagnostic.Diagnostics;

/** A table of contents is told apart from text and tables, in every form it takes, and nothing else is. */
class TableOfContentsTest {

    private static final String BODY = """

            1. Situering

            De Vlaamse Regering legde op 3 maart 2025 een voorontwerp van decreet voor.

            2. Advies

            2.1 Financiering

            De raad vraagt een structurele financiering van de scholen.

            2.2 Personeel

            Het zou goed zijn om het personeel vroeger te betrekken.
            """;

    private static Layout mark(String raw, DiagnosticCollector collector) {
        Layout layout = TextLayoutReader.read(raw, DiagnosticListener.NONE);
        return TableOfContents.mark(layout, new Diagnostics(layout.text(), collector));
    }

    private static List<String> contents(Layout layout) {
        return layout.blocks(BlockKind.CONTENTS).stream().map(Block::text).toList();
    }

    @Test
    void entriesUnderAContentsHeadingAreTheTableOfContents() {
        String raw = """
                Advies over de schoolfinanciering

                Inhoudstafel

                1. Situering 3
                2. Advies 4
                2.1 Financiering 4
                2.2 Personeel 6
                """ + BODY;
        DiagnosticCollector collector = new DiagnosticCollector();
        Layout layout = mark(raw, collector);
        assertEquals("Inhoudstafel", contents(layout).get(0));
        assertTrue(String.join("\n", contents(layout)).contains("2.2 Personeel 6"), contents(layout).toString());
        assertTrue(layout.blocks().stream().filter(b -> b.kind() != BlockKind.CONTENTS)
                .noneMatch(b -> b.text().matches("(?s).*\\d$")), "no entry is left out of the contents");
        assertTrue(layout.blocks().stream().anyMatch(b -> b.kind() != BlockKind.CONTENTS && b.text().equals("2.1 Financiering")),
                "the section heading itself is not contents");
        assertEquals(1, collector.of(DiagnosticCode.CONTENTS_SKIPPED).size());
        assertEquals("a table of contents of 4 entries (pages 3-6) is not read as text or as a table",
                collector.of(DiagnosticCode.CONTENTS_SKIPPED).get(0).message());
    }

    @Test
    void entriesLedToTheirPagesByDotsAreATableOfContentsWithoutAHeading() {
        String raw = """
                Jaarverslag 2024

                1 INLEIDING ............................ 2
                2 DE MIDDELEN .......................... 5
                3 DE UITGAVEN .......................... 9

                De middelen stegen in 2024.
                """;
        Layout layout = mark(raw, new DiagnosticCollector());
        assertEquals(3, String.join("\n", contents(layout)).lines().count(), contents(layout).toString());
    }

    @Test
    void entriesThatComeBackAsHeadingsAreATableOfContentsWithoutHeadingOrDots() {
        String raw = """
                Advies over de schoolfinanciering

                1. Situering 3
                2. Advies 4
                2.1 Financiering 4
                2.2 Personeel 6
                """ + BODY;
        Layout layout = mark(raw, new DiagnosticCollector());
        assertEquals(4, String.join("\n", contents(layout)).lines().count(), contents(layout).toString());
    }

    @Test
    void labelsWithSmallNumbersThatDoNotComeBackAreNoTableOfContents() {
        String raw = """
                Het aantal scholen per stad:

                Antwerpen 12
                Gent 15
                Brugge 20
                Leuven 22

                Dat zijn er meer dan vorig jaar.
                """;
        DiagnosticCollector collector = new DiagnosticCollector();
        Layout layout = mark(raw, collector);
        assertEquals(List.of(), contents(layout));
        assertEquals(List.of(), collector.of(DiagnosticCode.CONTENTS_SKIPPED));
    }

    @Test
    void pageNumbersThatGoDownAreNoTableOfContentsEvenUnderItsHeading() {
        String raw = """
                Inhoud

                Antwerpen 12
                Gent 9
                Brugge 20
                """;
        assertEquals(List.of(), contents(mark(raw, new DiagnosticCollector())));
    }

    @Test
    void foldKeepsLettersAndDigits() {
        assertEquals("3 serv actualisatie vlaamse begrotingen 2026 2030", TableOfContents.fold("3. SERV-actualisatie Vlaamse begrotingen 2026- 2030"));
        assertEquals("", TableOfContents.fold(" ... "));
    }
}
