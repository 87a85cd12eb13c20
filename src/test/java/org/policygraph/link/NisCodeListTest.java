package org.policygraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.testing.Corpora;

class NisCodeListTest {

    static final Path SAMPLE = Path.of("src/test/resources/link/refnis-sample.txt");
    static final Path MERGERS = Path.of("src/test/resources/link/fusies-2025-sample.csv");

    private static Optional<String> code(NisCodeList list, PlaceLevel level, String name, String date) {
        return list.lookup(level, name, Optional.ofNullable(date).map(LocalDate::parse)).single().map(NisEntry::code);
    }

    @Test
    void namesAreFoundOnTheirDateWithTheListsAdditionsIgnored() {
        NisCodeList list = NisCodeList.read(List.of(SAMPLE));
        assertEquals(Optional.of("44045"), code(list, PlaceLevel.MUNICIPALITY, "Moerbeke", "2023-03-03"));
        assertEquals(2, list.lookup(PlaceLevel.MUNICIPALITY, "Moerbeke", Optional.of(LocalDate.of(1975, 1, 1))).candidates().size(),
                "two Moerbekes before 1977: ambiguous");
        assertEquals(Optional.of("41002"), code(list, PlaceLevel.MUNICIPALITY, "Aalst", "2023-03-03"));
        assertEquals(Optional.of("46021"), code(list, PlaceLevel.MUNICIPALITY, "SINT-NIKLAAS", "2023-03-03"));
        assertEquals(Optional.of("24062"), code(list, PlaceLevel.MUNICIPALITY, "Leuven", null));
        assertEquals(Optional.of("70000"), code(list, PlaceLevel.PROVINCE, "Limburg", "2024-02-14"));
        assertEquals(Optional.of("20001"), code(list, PlaceLevel.PROVINCE, "Vlaams-Brabant", "2024-02-14"));
        assertEquals(Optional.empty(), code(list, PlaceLevel.PROVINCE, "Vlaams-Brabant", "1990-01-01"));
        assertEquals(Optional.empty(), code(list, PlaceLevel.MUNICIPALITY, "Limburg", "2024-02-14"));
    }

    @Test
    void theMergerOf2019IsReadFromValidityDates() {
        NisCodeList list = NisCodeList.read(List.of(SAMPLE));
        assertEquals(Optional.of("12030"), code(list, PlaceLevel.MUNICIPALITY, "Puurs", "2018-12-31"));
        assertEquals(Optional.empty(), code(list, PlaceLevel.MUNICIPALITY, "Puurs", "2019-01-01"));
        assertEquals(Optional.of("12041"), code(list, PlaceLevel.MUNICIPALITY, "Puurs-Sint-Amands", "2019-01-01"));
    }

    @Test
    void aMergerListEndsOldCodesAndStartsNewOnes() {
        NisCodeList list = NisCodeList.read(List.of(MERGERS, SAMPLE));
        assertEquals(Optional.of("46014"), code(list, PlaceLevel.MUNICIPALITY, "Lokeren", "2024-12-31"));
        assertEquals(Optional.of("46029"), code(list, PlaceLevel.MUNICIPALITY, "Lokeren", "2025-01-01"));
        assertEquals(Optional.empty(), code(list, PlaceLevel.MUNICIPALITY, "Moerbeke", "2025-01-01"));
        assertEquals(Optional.of("11002"), code(list, PlaceLevel.MUNICIPALITY, "Antwerpen", "2025-06-01"), "a surviving code stays");
        NisEntry lokeren = list.lookup(PlaceLevel.MUNICIPALITY, "Lokeren", Optional.of(LocalDate.of(2025, 1, 1))).single().orElseThrow();
        assertTrue(list.isFlemish(lokeren, Optional.of(LocalDate.of(2025, 1, 1))), "new code sits in arrondissement 46000");
    }

    @Test
    void flemishOnlyThroughTheHierarchy() {
        NisCodeList list = NisCodeList.read(List.of(SAMPLE));
        NisEntry genk = list.lookup(PlaceLevel.MUNICIPALITY, "Genk", Optional.empty()).single().orElseThrow();
        NisEntry elsene = list.lookup(PlaceLevel.MUNICIPALITY, "Elsene", Optional.empty()).single().orElseThrow();
        assertTrue(list.isFlemish(genk, Optional.empty()));
        assertFalse(list.isFlemish(elsene, Optional.empty()));
        NisEntry leuven = list.lookup(PlaceLevel.MUNICIPALITY, "Leuven", Optional.empty()).single().orElseThrow();
        assertTrue(list.isFlemish(leuven, Optional.of(LocalDate.of(2020, 1, 1))));
        assertFalse(list.isFlemish(leuven, Optional.of(LocalDate.of(1990, 1, 1))), "in Brabant, before the split");
    }

    @Test
    void otherFilesAreRefusedWithTheirName(@TempDir Path tmp) throws Exception {
        Path bad = Files.writeString(tmp.resolve("codes.txt"), "code;name\n11002;Antwerpen\n");
        assertFalse(NisCodeList.recognises(bad));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NisCodeList.read(List.of(bad)));
        assertTrue(e.getMessage().contains("codes.txt"), e.getMessage());
        Path broken = Files.writeString(tmp.resolve("refnis.txt"), "LVL_REFNIS|CD_REFNIS\n4|11002|x\n");
        e = assertThrows(IllegalArgumentException.class, () -> NisCodeList.read(List.of(broken)));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void statbelsListWithThe2025Mergers() {
        Path dir = Corpora.shared().resolve("reference/refnis");
        assumeTrue(Files.isRegularFile(dir.resolve("TU_COM_REFNIS.txt")), "no shared REFNIS list");
        NisCodeList list = NisCodeList.read(List.of(dir.resolve("TU_COM_REFNIS.txt"), dir.resolve("fusies-2025.csv")));
        assertEquals(300, flemishMunicipalities(list, LocalDate.of(2019, 1, 1)));
        assertEquals(308, flemishMunicipalities(list, LocalDate.of(2018, 12, 31)));
        assertEquals(285, flemishMunicipalities(list, LocalDate.of(2025, 1, 1)));
        assertEquals(Optional.of("44045"), code(list, PlaceLevel.MUNICIPALITY, "Moerbeke", "2023-03-03"));
        assertEquals(Optional.of("46029"), code(list, PlaceLevel.MUNICIPALITY, "Lokeren", "2025-03-03"));
        assertEquals(Optional.of("23106"), code(list, PlaceLevel.MUNICIPALITY, "Pajottegem", "2025-03-03"));
        assertEquals(Optional.of("46030"), code(list, PlaceLevel.MUNICIPALITY, "Beveren-Kruibeke-Zwijndrecht", "2025-03-03"));
    }

    private static long flemishMunicipalities(NisCodeList list, LocalDate date) {
        return list.entries().stream().filter(e -> e.level() == PlaceLevel.MUNICIPALITY && e.validOn(date))
                .filter(e -> list.isFlemish(e, Optional.of(date))).count();
    }
}
