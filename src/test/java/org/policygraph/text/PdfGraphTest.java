package org.policygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.model.SourceDocument;
import org.policygraph.parse.MalformedDocumentException;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.PG;
import org.policygraph.testing.Corpora;

/**
 * A PDF made from a text document gives the same graph as the text, apart from the description of
 * the file itself (name, hash, size, media type, encoding).
 */
class PdfGraphTest {

    /** The properties of the source description that differ between a PDF and its text. */
    private static final Set<Node> FILE_PROPERTIES = Set.of(PG.fileName, PG.sha256, PG.byteSize, PG.mediaType,
            PG.characterEncoding);

    @TempDir
    Path tmp;

    private final DocumentPipeline pipeline = new DocumentPipeline();

    @Test
    void everyExampleGivesTheSameGraphAsPdf() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Corpora.examples())) {
            files = s.filter(p -> SourceFiles.mediaType(p).filter(t -> t.startsWith("text/") && !t.equals(SourceFiles.HTML)).isPresent()).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files)
            assertSameGraph(file);
    }

    @Test
    void everySeedGivesTheSameGraphAsPdf() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Corpora.seeds())) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files)
            assertSameGraph(file);
    }

    @Test
    void onlyTheFileDescriptionDiffers() throws IOException {
        Path txt = Corpora.example("vragen/sv-0312-fietspaden.txt");
        Path pdf = tmp.resolve("sv-0312-fietspaden.pdf");
        Files.write(pdf, PdfFixtures.pdfOf(txt));
        Graph fromText = pipeline.process(DocumentReader.read(txt, "k")).graph();
        Graph fromPdf = pipeline.process(DocumentReader.read(pdf, "k")).graph();
        Set<Triple> onlyPdf = difference(fromPdf, fromText);
        assertEquals(FILE_PROPERTIES, onlyPdf.stream().map(Triple::getPredicate).collect(Collectors.toSet()));
        Node source = Iris.source("k");
        assertTrue(onlyPdf.contains(Triple.create(source, PG.mediaType, NodeFactory.createLiteralString("application/pdf"))),
                onlyPdf.toString());
        assertTrue(onlyPdf.contains(Triple.create(source, PG.characterEncoding, NodeFactory.createLiteralString("PDF text layer"))),
                onlyPdf.toString());
    }

    private void assertSameGraph(Path txt) throws IOException {
        Path pdf = tmp.resolve(txt.getFileName() + ".pdf");
        Files.write(pdf, PdfFixtures.pdfOf(txt));
        String key = "docs/" + txt.getFileName();
        SourceDocument fromText = DocumentReader.read(txt, key);
        SourceDocument fromPdf = DocumentReader.read(pdf, key);
        assertEquals(fromText.text(), fromPdf.text(), txt.toString());
        Graph textGraph;
        try {
            textGraph = pipeline.process(fromText).graph();
        } catch (MalformedDocumentException e) {
            assertEquals(e.getMessage(), assertThrows(MalformedDocumentException.class, () -> pipeline.process(fromPdf))
                    .getMessage(), txt.toString());
            return;
        }
        Graph pdfGraph = pipeline.process(fromPdf).graph();
        Graph a = withoutFileProperties(textGraph, key);
        Graph b = withoutFileProperties(pdfGraph, key);
        assertTrue(a.isIsomorphicWith(b), () -> txt + ": only from text " + difference(a, b) + "; only from PDF " + difference(b, a));
        assertEquals(textGraph.size(), pdfGraph.size(), txt.toString());
    }

    private static Graph withoutFileProperties(Graph g, String key) {
        Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        Node source = Iris.source(key);
        g.find().forEachRemaining(t -> {
            if (!(t.getSubject().equals(source) && FILE_PROPERTIES.contains(t.getPredicate())))
                copy.add(t);
        });
        assertEquals(g.size() - FILE_PROPERTIES.size(), copy.size(), "each file property once");
        return copy;
    }

    private static Set<Triple> difference(Graph a, Graph b) {
        return a.find().toSet().stream().filter(t -> !b.contains(t)).collect(Collectors.toSet());
    }
}
