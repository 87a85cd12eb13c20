package org.policygraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.diagnostic.DiagnosticListener;
import org.policygraph.text.PdfFixtures;
import org.policygraph.text.SourceFiles;
import org.policygraph.testing.Corpora;

/**
 * A PDF made from a text document, one text line per PDF line with the same type throughout, reads
 * into the same layout as the text: same normalised text, same blocks; only the furniture (the
 * running header and footer the PDF adds) and the boxes are extra.
 */
class PdfLayoutEquivalenceTest {

    @TempDir
    Path tmp;

    @Test
    void everyExampleLaysOutAsItsText() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Corpora.examples())) {
            files = s.filter(p -> SourceFiles.mediaType(p).filter(t -> t.startsWith("text/") && !t.equals(SourceFiles.HTML)).isPresent())
                    .sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files)
            assertSameLayout(file);
    }

    @Test
    void everySeedLaysOutAsItsText() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Corpora.seeds())) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files)
            assertSameLayout(file);
    }

    private void assertSameLayout(Path txt) throws IOException {
        Path pdf = tmp.resolve(txt.getFileName() + ".pdf");
        Files.write(pdf, PdfFixtures.pdfOf(txt));
        Layout fromText = Layouts.read(txt, "k", DiagnosticListener.NONE).layout();
        Layout fromPdf = Layouts.read(pdf, "k", DiagnosticListener.NONE).layout();
        assertEquals(fromText.text(), fromPdf.text(), txt.toString());
        assertEquals(PdfLayoutReader.NAME, fromPdf.reader());
        assertEquals(fromText.content().stream().map(b -> b.kind() + " " + b.span()).toList(),
                fromPdf.content().stream().map(b -> b.kind() + " " + b.span()).toList(), txt.toString());
        assertEquals(List.of(), fromPdf.content().stream().filter(b -> b.box().isEmpty()).map(Block::text).toList(),
                txt + ": a box on every block");
        assertFalse(fromPdf.blocks(BlockKind.FURNITURE).isEmpty(), txt + ": the running header is furniture");
    }
}
