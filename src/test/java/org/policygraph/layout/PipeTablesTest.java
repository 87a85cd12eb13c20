package org.policygraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Tables written with pipes: rows, the header above the delimiter row, and what ends a table. */
class PipeTablesTest {

    @Test
    void theRowsAboveTheDelimiterAreTheHeader() {
        List<String> lines = List.of("| Provincie | Aantal | Bedrag (euro) |", "|:---|---:|:-:|", "| Antwerpen | 162 | 14.700 |",
                "| Limburg | 41 | 9.250,50 |", "", "Dat is alles.");
        PipeTables.Found f = PipeTables.at(lines, 0).orElseThrow();
        assertEquals(1, f.headerRows());
        assertEquals(4, f.end());
        assertEquals(List.of(List.of("Provincie", "Aantal", "Bedrag (euro)"), List.of("Antwerpen", "162", "14.700"),
                List.of("Limburg", "41", "9.250,50")), f.rows());
    }

    @Test
    void withoutADelimiterAFirstRowOfLabelsIsTheHeader() {
        assertEquals(1, PipeTables.at(List.of("| Provincie | Aantal |", "| Antwerpen | 162 |"), 0).orElseThrow().headerRows());
        assertEquals(0, PipeTables.at(List.of("| Antwerpen | 162 |", "| Limburg | 41 |"), 0).orElseThrow().headerRows());
    }

    @Test
    void aShortRowEndsInEmptyCellsAndALongerRowEndsTheTable() {
        List<String> lines = List.of("| Gemeente | 2023 | 2024 |", "|---|---|---|", "| Gent | 12 |", "| Genk | 3 | 4 |", "| Bree | 1 | 2 | 3 |");
        PipeTables.Found f = PipeTables.at(lines, 0).orElseThrow();
        assertEquals(List.of("Gent", "12", ""), f.rows().get(1));
        assertEquals(4, f.end(), "the row of four cells is not part of a table of three");
    }

    @Test
    void anEscapedPipeStaysInItsCell() {
        assertEquals(List.of("a | b", "12"), PipeTables.cells("| a \\| b | 12 |").orElseThrow());
        assertTrue(PipeTables.cells("| a | b \\|").isEmpty(), "the closing pipe is escaped");
    }

    @Test
    void whatIsNoTable() {
        assertTrue(PipeTables.at(List.of("| Alleen een rij | 12 |", "Tekst eronder."), 0).isEmpty(), "one row");
        assertTrue(PipeTables.at(List.of("| Eén cel |", "| Nog één |"), 0).isEmpty(), "one column");
        assertTrue(PipeTables.at(List.of("De keuze a | b is vrij.", "| x | y |"), 0).isEmpty(), "a pipe inside a sentence");
    }
}
