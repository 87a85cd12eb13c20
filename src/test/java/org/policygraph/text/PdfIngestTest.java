package org.policygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.model.DocumentKind;
import org.policygraph.rdf.Iris;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;

/** A folder of good PDFs, good text files and broken PDFs: the good ones land, the broken ones are reported. */
@Tag("store")
class PdfIngestTest {

    @TempDir
    Path tmp;
    private PolicyGraphStore store;

    @BeforeEach
    void setUp() {
        store = PolicyGraphStore.open(tmp.resolve("store"));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private IngestReport ingest(Path folder) {
        return Ingester.builder(store).threads(2).batchSize(2).build().ingest(List.of(folder));
    }

    @Test
    void goodFilesLandAndBrokenPdfsAreReported() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("pdf"));
        Files.createDirectories(in.resolve("txt"));
        Path fietspaden = Corpora.example("vragen/sv-0312-fietspaden.txt");
        Files.write(in.resolve("pdf/sv-0312-fietspaden.pdf"), PdfFixtures.pdfOf(fietspaden));
        Files.write(in.resolve("pdf/advies.pdf"), PdfFixtures.pdfOf(Corpora.example("adviezen/advies-zij-instroom-kinderopvang.txt")));
        Files.copy(Corpora.example("vragen/sv-0045-bibliotheken.txt"), in.resolve("txt/sv-0045-bibliotheken.txt"));
        Files.copy(Corpora.example("vragen/sv-0604-kusttram.txt"), in.resolve("txt/sv-0604-kusttram.txt"));
        byte[] good = PdfFixtures.pdfOf(Corpora.example("vragen/sv-0150-buurtsportvelden.txt"));
        Files.write(in.resolve("pdf/versleuteld.pdf"), PdfFixtures.encrypted(good, "geheim"));
        Files.write(in.resolve("pdf/scan.pdf"), PdfFixtures.imageOnly(3));
        Files.write(in.resolve("pdf/afgebroken.pdf"), Arrays.copyOf(good, good.length / 2));
        Files.writeString(in.resolve("pdf/eigenlijk-tekst.pdf"), Files.readString(fietspaden));

        IngestReport r = ingest(in);

        assertEquals(Set.of("pdf/sv-0312-fietspaden.pdf", "pdf/advies.pdf", "txt/sv-0045-bibliotheken.txt",
                "txt/sv-0604-kusttram.txt"), new HashSet<>(r.added()), r.failures().toString());
        assertEquals(3, r.kinds().get(DocumentKind.WRITTEN_QUESTION));
        assertEquals(1, r.kinds().get(DocumentKind.ADVICE));
        Map<String, String> reasons = new TreeMap<>();
        r.failures().forEach(f -> reasons.put(Path.of(f.file()).getFileName().toString(), f.reason()));
        assertEquals(Map.of(
                "versleuteld.pdf", "encrypted PDF: it cannot be opened without a password",
                "scan.pdf", "no text layer (3 pages with 0 letters or digits of text): a scan without OCR?",
                "afgebroken.pdf", "truncated PDF (no %%EOF marker at the end)",
                "eigenlijk-tekst.pdf", "not a PDF: the file holds plain text (no %PDF- header)"), reasons);
        r.failures().forEach(f -> assertTrue(f.file().startsWith(in.toString()), "failure names the file: " + f));
        r.failures().forEach(f -> assertFalse(f.reason().contains("\n"), "one-line reason: " + f));

        Set<Node> graphs = Txn.calculateRead(store.dataset(), () -> {
            Set<Node> g = new HashSet<>();
            store.dataset().listGraphNodes().forEachRemaining(g::add);
            return g;
        });
        assertTrue(graphs.contains(Iris.documentGraph("pdf/sv-0312-fietspaden.pdf")));
        assertTrue(graphs.contains(Iris.documentGraph("pdf/advies.pdf")));
        assertFalse(graphs.contains(Iris.documentGraph("pdf/scan.pdf")));
        assertEquals(6, graphs.size(), "four documents, the registry and the summaries");

        IngestReport again = ingest(in);
        assertEquals(4, again.unchanged().size(), "an unchanged PDF is skipped by its hash");
        assertEquals(4, again.failures().size());
    }
}
