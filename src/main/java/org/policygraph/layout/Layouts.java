package org.policygraph.layout;

import java.nio.file.Path;

import org.policygraph.diagnostic.DiagnosticListener;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.model.SourceDocument;
import org.policygraph.text.DecodedText;
import org.policygraph.text.DocumentReader;
import org.policygraph.text.PdfText;
import org.policygraph.text.SourceFiles;
import org.policygraph.text.TextDecoder;
import org.policygraph.text.UnreadableInputException;

/**
 * Entry point of the layout stage: reads a file with the reader for its format and returns its
 * source record and layout.
 * <pre>{@code
 * LaidOutDocument doc = Layouts.read(Path.of("vraag.pdf"), "vraag.pdf", collector);
 * }</pre>
 */
public final class Layouts {

    private Layouts() {
    }

    /**
     * Reads and lays out {@code file} under document key {@code key}.
     *
     * @throws UnreadableInputException naming the file and the reason
     */
    public static LaidOutDocument read(Path file, String key, DiagnosticListener listener) {
        return read(DocumentReader.load(file), key, listener);
    }

    /**
     * Lays out a loaded file.
     *
     * @throws UnreadableInputException naming the file and the reason
     */
    public static LaidOutDocument read(DocumentReader.RawFile raw, String key, DiagnosticListener listener) {
        Layout layout;
        String encoding;
        try {
            if (SourceFiles.PDF.equals(raw.mediaType())) {
                encoding = PdfText.ENCODING;
                layout = PdfLayoutReader.read(raw.bytes(), listener);
            } else if (SourceFiles.HTML.equals(raw.mediaType())) {
                HtmlLayoutReader.Read page = HtmlLayoutReader.read(raw.bytes(), listener);
                encoding = page.charset();
                layout = page.layout();
            } else if (SourceFiles.DOCX.equals(raw.mediaType())) {
                layout = DocxLayoutReader.read(raw.bytes(), listener);
                encoding = DocxLayoutReader.ENCODING;
            } else {
                DecodedText decoded = TextDecoder.decode(raw.bytes());
                encoding = decoded.encoding();
                layout = TextLayoutReader.read(decoded.text(), listener);
            }
        } catch (IllegalArgumentException e) {
            throw new UnreadableInputException(raw.path(), e.getMessage(), e);
        }
        if (layout.text().isEmpty())
            throw new UnreadableInputException(raw.path(), "no text left after normalisation");
        layout = marked(layout, listener);
        SourceDocument source = new SourceDocument(key, raw.path().getFileName().toString(), raw.sha256(),
                raw.bytes().length, raw.mediaType(), encoding, layout.text());
        return new LaidOutDocument(source, layout);
    }

    /** Lays out text already normalised (by an earlier run, or a test): a plain-text layout of it. */
    public static Layout ofText(String normalisedText) {
        return ofDecodedText(normalisedText, DiagnosticListener.NONE);
    }

    /**
     * The layout of a plain text file's decoded text, as {@link #read} lays it out: for a benchmark
     * that times decoding apart from laying out.
     */
    public static Layout ofDecodedText(String decodedText, DiagnosticListener listener) {
        return marked(TextLayoutReader.read(decodedText, listener), listener);
    }

    /** What every reader's layout goes through: the table of contents and the charts' labels marked. */
    private static Layout marked(Layout layout, DiagnosticListener listener) {
        Diagnostics report = new Diagnostics(layout.text(), listener);
        return ChartLabels.mark(TableOfContents.mark(layout, report), report);
    }
}
