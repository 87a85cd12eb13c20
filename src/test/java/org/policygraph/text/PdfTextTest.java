package org.policygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.model.SourceDocument;
import org.policygraph.testing.Corpora;

class PdfTextTest {

    /** A line as wide as a text column, so the normaliser takes it for a wrapped one. */
    private static final String WIDE = "Het initiatief werd door deze Vlaamse Regering in het leven geroepen om de";

    /** An opening sentence, so that short test documents have the text a real page would have. */
    private static final String INTRO = "Het Agentschap Wegen en Verkeer antwoordt op de vragen van het parlementslid.";

    @TempDir
    Path tmp;

    private static String fromPdf(byte[] pdf) {
        return Normaliser.normalise(PdfText.decode(pdf).text());
    }

    private static String reason(byte[] pdf) {
        return assertThrows(IllegalArgumentException.class, () -> PdfText.decode(pdf)).getMessage();
    }

    @Test
    void runningHeaderFooterAndPageNumbersAreRemoved() {
        List<List<String>> pages = List.of(
                List.of("SCHRIFTELIJKE VRAAG", "", "nr. 312", "van JANA PEETERS", "", INTRO),
                List.of("1. Hoeveel kilometer fietspad werd heraangelegd?"),
                List.of("2. Welk budget is voorzien voor 2024?"));
        String text = fromPdf(PdfFixtures.pdf(pages, PdfFixtures.standard(3)));
        assertEquals("SCHRIFTELIJKE VRAAG\n\nnr. 312\nvan JANA PEETERS\n\n" + INTRO + "\n\n1. Hoeveel kilometer fietspad werd heraangelegd?"
                + "\n\n2. Welk budget is voorzien voor 2024?", text);
    }

    @Test
    void headerMissingOnTheFirstPageIsStillRecognisedOnMostPages() {
        List<List<String>> pages = List.of(List.of("Eerste pagina zonder hoofding.", INTRO), List.of("Tweede pagina."),
                List.of("Derde pagina."), List.of("Vierde pagina."));
        PdfFixtures.Furniture furniture = new PdfFixtures.Furniture(
                n -> n == 1 ? List.of("Vlaams Parlement") : List.of(PdfFixtures.HEADER + " nr. 312", String.valueOf(n)),
                n -> "- " + n + " -");
        assertEquals("Vlaams Parlement\n\nEerste pagina zonder hoofding.\n" + INTRO + "\n\nTweede pagina.\n\nDerde pagina.\n\nVierde pagina.",
                fromPdf(PdfFixtures.pdf(pages, furniture)));
    }

    @Test
    void textThatRecursInTheBodyIsKept() {
        List<List<String>> pages = List.of(
                List.of(INTRO, "Inleiding", "Zie de tabel.", "Zie de tabel."),
                List.of("Antwoord", "Zie de tabel."));
        String text = fromPdf(PdfFixtures.pdf(pages, null));
        assertEquals(INTRO + "\nInleiding\nZie de tabel.\nZie de tabel.\n\nAntwoord\nZie de tabel.", text);
    }

    @Test
    void aLoneNumberNextToTheTextIsNotAPageNumber() {
        List<List<String>> pages = List.of(List.of(INTRO, "Aantal trajecten in 2023:", "12"), List.of("Einde."));
        assertEquals(INTRO + "\nAantal trajecten in 2023:\n12\n\nEinde.", fromPdf(PdfFixtures.pdf(pages, null)));
    }

    @Test
    void hyphenationAtLineEndsIsRepaired() {
        List<List<String>> pages = List.of(List.of(WIDE + " Gemeenschaps-", "onderwijs te steunen in de zorg-",
                "en welzijnssector."), List.of("Einde."));
        assertEquals(WIDE + " Gemeenschapsonderwijs te steunen in de zorg- en welzijnssector.\n\nEinde.",
                fromPdf(PdfFixtures.pdf(pages, PdfFixtures.standard(2))));
    }

    @Test
    void aSentenceRunningOnToTheNextPageIsJoinedAndAHyphenatedWordRepaired() {
        List<List<String>> pages = List.of(
                List.of("Inleiding.", "", WIDE + " verde-"),
                List.of("ling per provincie te maken. " + WIDE, "aantal pijnpunten op te lossen."));
        assertEquals("Inleiding.\n\n" + WIDE + " verdeling per provincie te maken. " + WIDE + " aantal pijnpunten op te lossen.",
                fromPdf(PdfFixtures.pdf(pages, PdfFixtures.standard(2))));
    }

    @Test
    void charactersOutsideWinAnsiSurvive() {
        List<List<String>> pages = List.of(List.of(INTRO, "Careēr – “één” stage: 14.700 € voor Genk…"), List.of("• Wat is ‘het’ plan?"));
        assertEquals(INTRO + "\nCareēr – “één” stage: 14.700 € voor Genk…\n\n• Wat is ‘het’ plan?",
                fromPdf(PdfFixtures.pdf(pages, PdfFixtures.standard(2))));
    }

    @Test
    void everyExampleReadsAsItsText() throws IOException {
        for (Path file : examples())
            assertEquals(DocumentReader.read(file, "k").text(), fromPdf(PdfFixtures.pdfOf(file)), file.toString());
    }

    @Test
    void everySeedReadsAsItsText() throws IOException {
        for (Path file : seeds())
            assertEquals(DocumentReader.read(file, "k").text(), fromPdf(PdfFixtures.pdfOf(file)), file.toString());
    }

    @Test
    void readerDescribesThePdfItself() throws IOException {
        Path txt = Corpora.example("vragen/sv-0312-fietspaden.txt");
        byte[] pdf = PdfFixtures.pdfOf(txt);
        Path file = tmp.resolve("sv-0312.PDF");
        Files.write(file, pdf);
        assertEquals(Optional.of("application/pdf"), SourceFiles.mediaType(file));
        SourceDocument d = DocumentReader.read(file, "vragen/sv-0312.pdf");
        assertEquals("application/pdf", d.mediaType());
        assertEquals(PdfText.ENCODING, d.encoding());
        assertEquals(pdf.length, d.byteSize());
        assertEquals(DocumentReader.load(file).sha256(), d.sha256());
        assertEquals("sv-0312.PDF", d.fileName());
        assertEquals(DocumentReader.read(txt, "x").text(), d.text());
    }

    @Test
    void foldersYieldPdfFiles() throws IOException {
        Files.write(tmp.resolve("a.pdf"), PdfFixtures.pdfOf(Corpora.example("vragen/sv-0312-fietspaden.txt")));
        Files.writeString(tmp.resolve("b.odt"), "x");
        assertEquals(List.of("a.pdf"), SourceFiles.discover(List.of(tmp)).stream().map(SourceFiles.SourceFile::key).toList());
    }

    @Test
    void pdfOpenableWithoutPasswordIsReadEvenWithCopyingForbidden() {
        byte[] pdf = PdfFixtures.encrypted(PdfFixtures.pdfOf(Corpora.example("vragen/sv-0312-fietspaden.txt")), "");
        assertTrue(fromPdf(pdf).startsWith("SCHRIFTELIJKE VRAAG"));
    }

    @Test
    void encryptedPdfIsRefused() {
        byte[] pdf = PdfFixtures.encrypted(PdfFixtures.pdfOf(Corpora.example("vragen/sv-0312-fietspaden.txt")), "geheim");
        assertEquals("encrypted PDF: it cannot be opened without a password", reason(pdf));
    }

    @Test
    void scannedPdfWithoutTextLayerIsRefused() {
        assertEquals("no text layer (3 pages with 0 letters or digits of text): a scan without OCR?",
                reason(PdfFixtures.imageOnly(3)));
    }

    @Test
    void scannedPagesUnderATypedRunningHeaderAreStillRefused() {
        List<List<String>> pages = List.of(List.of(), List.of(), List.of());
        String r = reason(PdfFixtures.pdf(pages, PdfFixtures.standard(3)));
        assertTrue(r.startsWith("no text layer (3 pages"), r);
    }

    @Test
    void truncatedPdfIsRefused() {
        byte[] pdf = PdfFixtures.pdfOf(Corpora.example("vragen/sv-0312-fietspaden.txt"));
        assertEquals("truncated PDF (no %%EOF marker at the end)", reason(Arrays.copyOf(pdf, pdf.length * 2 / 3)));
    }

    @Test
    void corruptPdfIsRefused() {
        byte[] garbage = new byte[4096];
        new Random(3).nextBytes(garbage);
        byte[] pdf = ("%PDF-1.7\n" + new String(garbage, StandardCharsets.ISO_8859_1) + "\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        String r = reason(pdf);
        assertTrue(r.startsWith("corrupt PDF: "), r);
        assertFalse(r.contains("\n"), r);
    }

    @Test
    void textNamedPdfIsRefused() {
        assertEquals("not a PDF: the file holds plain text (no %PDF- header)",
                reason("SCHRIFTELIJKE VRAAG\n\nnr. 312\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void binaryNamedPdfAndEmptyPdfAreRefused() {
        byte[] binary = new byte[2048];
        new Random(5).nextBytes(binary);
        binary[0] = 0;
        assertEquals("not a PDF (no %PDF- header)", reason(binary));
        assertEquals("empty file", reason(new byte[0]));
    }

    @Test
    void readerNamesTheFileAndTheReason() throws IOException {
        Path file = tmp.resolve("scan.pdf");
        Files.write(file, PdfFixtures.imageOnly(2));
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> DocumentReader.read(file, "scan.pdf"));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ": no text layer"), e.getMessage());
    }

    private static List<Path> examples() throws IOException {
        try (var s = Files.walk(Corpora.examples())) {
            List<Path> files = s.filter(p -> SourceFiles.mediaType(p).filter(t -> t.startsWith("text/") && !t.equals(SourceFiles.HTML)).isPresent())
                    .sorted().toList();
            assertFalse(files.isEmpty());
            return files;
        }
    }

    private static List<Path> seeds() throws IOException {
        try (var s = Files.list(Corpora.seeds())) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
