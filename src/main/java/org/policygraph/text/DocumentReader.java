package org.policygraph.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.model.SourceDocument;

/**
 * Reads one input file into a {@link SourceDocument}: bytes, hash, detected encoding (or, for a PDF,
 * its text layer) and normalised text.
 */
public final class DocumentReader {

    /** Files larger than this are refused rather than read into memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private DocumentReader() {
    }

    /** A file's bytes with their hash and media type, read but not yet decoded. */
    public record RawFile(Path path, byte[] bytes, String sha256, String mediaType) {
    }

    /**
     * Reads {@code file} under document key {@code key}.
     *
     * @throws UnreadableInputException naming the file and the reason
     */
    public static SourceDocument read(Path file, String key) {
        return decode(load(file), key);
    }

    /**
     * Reads a supported file's bytes and hashes them, without decoding: enough to tell whether
     * the file changed since it was last ingested.
     *
     * @throws UnreadableInputException naming the file and the reason
     */
    public static RawFile load(Path file) {
        if (!Files.exists(file))
            throw new UnreadableInputException(file, "no such file or folder");
        String mediaType = SourceFiles.mediaType(file).orElseThrow(() -> new UnreadableInputException(file,
                "unsupported file type (expected " + SourceFiles.EXTENSIONS + ")"));
        byte[] bytes = readBytes(file);
        // Each whole-file pass over tens of megabytes takes seconds on a loaded machine: a document's
        // deadline is checked between them, as between the normaliser's passes.
        WorkDeadline.check();
        String sha256 = sha256(bytes);
        WorkDeadline.check();
        return new RawFile(file, bytes, sha256, mediaType);
    }

    /**
     * Decodes and normalises a loaded file.
     *
     * @throws UnreadableInputException naming the file and the reason
     */
    public static SourceDocument decode(RawFile raw, String key) {
        // Markup and word-processor files have no text to decode: their layout readers write it from
        // their structure. Decoding their bytes as text would pass the markup off as the document.
        if (SourceFiles.HTML.equals(raw.mediaType()) || SourceFiles.DOCX.equals(raw.mediaType()))
            throw new UnreadableInputException(raw.path(), "HTML and DOCX are read into a layout (org.policygraph.layout.Layouts), not decoded as text");
        DecodedText decoded;
        try {
            // A PDF's text comes out of its text layer; from there on it is treated like any text.
            decoded = SourceFiles.PDF.equals(raw.mediaType())
                    ? PdfText.decode(raw.bytes())
                    : TextDecoder.decode(raw.bytes());
        } catch (IllegalArgumentException e) {
            throw new UnreadableInputException(raw.path(), e.getMessage(), e);
        }
        String text = Normaliser.normalise(decoded.text());
        if (text.isEmpty())
            throw new UnreadableInputException(raw.path(), "no text left after normalisation");
        return new SourceDocument(key, raw.path().getFileName().toString(), raw.sha256(), raw.bytes().length,
                raw.mediaType(), decoded.encoding(), text);
    }

    private static byte[] readBytes(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES)
                throw new UnreadableInputException(file, "too large (" + size + " bytes; limit " + MAX_BYTES + ")");
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(file, "no such file", e);
        } catch (IOException e) {
            throw new UnreadableInputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
