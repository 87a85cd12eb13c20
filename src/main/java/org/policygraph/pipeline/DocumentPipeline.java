package org.policygraph.pipeline;

import java.nio.file.Path;

import org.policygraph.extract.Extractor;
import org.policygraph.model.DocumentRecord;
import org.policygraph.model.ParsedDocument;
import org.policygraph.model.SourceDocument;
import org.policygraph.parse.DocumentParser;
import org.policygraph.rdf.DocumentMapper;
import org.policygraph.text.DocumentReader;

/**
 * The stages before the store, composed: read and normalise, parse, extract, map to RDF. Used by ingest
 * (one call per file, on several threads) and by the {@code parse} command.
 * <pre>{@code
 * MappedDocument doc = new DocumentPipeline().process(Path.of("vraag.txt"), "vraag.txt");
 * }</pre>
 */
public final class DocumentPipeline {

    private final DocumentParser parser = new DocumentParser();
    private final Extractor extractor = new Extractor();

    /**
     * Reads, parses and maps one file.
     *
     * @throws org.policygraph.text.UnreadableInputException   when the file is not a usable text
     * @throws org.policygraph.parse.MalformedDocumentException when the text lacks what its kind needs
     */
    public MappedDocument process(Path file, String key) {
        return process(DocumentReader.read(file, key));
    }

    /** Parses and maps a document already read. */
    public MappedDocument process(SourceDocument source) {
        ParsedDocument parsed = parser.parse(source);
        DocumentRecord record = new DocumentRecord(source, parsed, extractor.extract(source.text(), parsed));
        return new MappedDocument(source, parsed.kind(), DocumentMapper.map(record));
    }
}
