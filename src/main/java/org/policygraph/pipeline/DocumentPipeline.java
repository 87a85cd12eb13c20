package org.policygraph.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.policygraph.diagnostic.DiagnosticCollector;
import org.policygraph.diagnostic.DiagnosticListener;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.extract.Extractor;
import org.policygraph.layout.LaidOutDocument;
import org.policygraph.layout.Layout;
import org.policygraph.layout.Layouts;
import org.policygraph.model.DocumentRecord;
import org.policygraph.model.Extraction;
import org.policygraph.model.ParsedDocument;
import org.policygraph.model.SourceDocument;
import org.policygraph.parse.DocumentParser;
import org.policygraph.parse.KindScore;
import org.policygraph.parse.MalformedDocumentException;
import org.policygraph.rdf.DocumentMapper;
import org.policygraph.text.DocumentReader;

/**
 * The stages before the store, composed: read and lay out, parse, extract, map to RDF, with the
 * diagnostics of every stage collected per document. Used by ingest (one call per file, on several
 * threads) and by the {@code parse} command.
 * <pre>{@code
 * MappedDocument doc = new DocumentPipeline().process(Path.of("vraag.txt"), "vraag.txt");
 * doc.diagnostics().forEach(System.err::println);
 * }</pre>
 */
public final class DocumentPipeline {

    private final DocumentParser parser = new DocumentParser();
    private final Extractor extractor = new Extractor();

    /**
     * Reads, parses and maps one file.
     *
     * @throws org.policygraph.text.UnreadableInputException   when the file is not a usable input
     * @throws org.policygraph.parse.MalformedDocumentException when the text lacks what its kind needs
     */
    public MappedDocument process(Path file, String key) {
        return process(DocumentReader.load(file), key);
    }

    /** Lays out, parses and maps a loaded file. */
    public MappedDocument process(DocumentReader.RawFile raw, String key) {
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        return process(Layouts.read(raw, key, diagnostics), diagnostics);
    }

    /** Parses and maps a document already laid out, adding to the diagnostics its reading gave. */
    public MappedDocument process(LaidOutDocument document, DiagnosticCollector diagnostics) {
        ParsedDocument parsed = parser.parse(document.layout(), diagnostics);
        return map(document.source(), document.layout(), parsed, diagnostics);
    }

    /**
     * Reads, parses and maps one file, keeping the layout and every kind's score for people to see.
     *
     * @throws org.policygraph.text.UnreadableInputException when the file is not a usable input
     */
    public Explanation explain(Path file, String key) {
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        LaidOutDocument document = Layouts.read(DocumentReader.load(file), key, diagnostics);
        List<KindScore> scores = parser.scores(document.layout());
        try {
            MappedDocument mapped = process(document, diagnostics);
            return new Explanation(document, scores, mapped.diagnostics(), Optional.of(mapped), Optional.empty());
        } catch (MalformedDocumentException e) {
            return new Explanation(document, scores, diagnostics.diagnostics(), Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    /** Parses and maps a document known only by its normalised text (laid out again as plain text). */
    public MappedDocument process(SourceDocument source) {
        Layout layout = Layouts.ofText(source.text());
        ParsedDocument parsed = parser.parse(layout, DiagnosticListener.NONE);
        return map(source, layout, parsed, new DiagnosticCollector());
    }

    private MappedDocument map(SourceDocument source, Layout layout, ParsedDocument parsed, DiagnosticCollector diagnostics) {
        Extraction extraction = extractor.extract(layout, parsed, new Diagnostics(layout.text(), diagnostics));
        DocumentRecord record = new DocumentRecord(source, parsed, extraction);
        return new MappedDocument(source, parsed.kind(), DocumentMapper.map(record), diagnostics.diagnostics());
    }
}
