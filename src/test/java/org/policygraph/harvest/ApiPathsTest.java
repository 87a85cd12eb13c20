package org.policygraph.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The request paths of FIELDS.md, below any base URL. */
class ApiPathsTest {

    @Test
    void searchDetailAndMember() {
        ApiPaths p = new ApiPaths("http://127.0.0.1:9/");
        assertEquals("http://127.0.0.1:9/api/search/query/inmeta:publicatiedatum:daterange:2024-01-01..2024-01-31"
                        + "+inmeta:legislatuur=2024-2029?collection=vp_collection&requiredfields=aggregaattype:Schriftelijke%20vraag"
                        + "&page=2&max=100&sort=date",
                p.search(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), Optional.of("2024-2029"), 2).toString());
        assertEquals("http://127.0.0.1:9/e/opendata/schv/1234", p.question("1234").toString());
        assertEquals("http://127.0.0.1:9/e/opendata/vv/41", p.member("41").toString());
        assertEquals("https://ws.vlpar.be/e/opendata/schv/1234", ApiPaths.canonicalQuestion("1234"), "identity whatever the base");
    }

    @Test
    void savedFilesAreNamedByTheirPfileIdAndNeverByAPathFromTheApi() {
        HarvestFolder f = new HarvestFolder(java.nio.file.Path.of("out"));
        assertEquals("1234/pfile-1859377.pdf", f.pdf("1234", "https://docs.vlaamsparlement.be/pfile?id=1859377"));
        assertEquals("___etc/vraag.json", f.record("../etc"));
    }
}
