package org.policygraph.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the input files under the paths a user gives, in a stable order, each with its document
 * key (its path relative to the folder it was found in, or its name when given directly).
 */
public final class SourceFiles {

    /** An input file and the key that identifies its document in the store. */
    public record SourceFile(Path path, String key) {
    }

    /** Media type of PDF input, which is read by {@link PdfText} rather than decoded as text. */
    public static final String PDF = "application/pdf";
    /** Media type of HTML input, which is read into a layout by its markup rather than decoded as text. */
    public static final String HTML = "text/html";
    /** Media type of DOCX (Office Open XML word processing) input, read into a layout by its structure. */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** The extensions of supported files, as named in messages and help texts. */
    public static final String EXTENSIONS = ".txt, .md, .pdf, .html, .htm or .docx";

    private SourceFiles() {
    }

    /** Media type of a supported file, from its extension; empty when the file is not supported. */
    public static Optional<String> mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt"))
            return Optional.of("text/plain");
        if (name.endsWith(".md") || name.endsWith(".markdown"))
            return Optional.of("text/markdown");
        if (name.endsWith(".pdf"))
            return Optional.of(PDF);
        if (name.endsWith(".html") || name.endsWith(".htm"))
            return Optional.of(HTML);
        if (name.endsWith(".docx"))
            return Optional.of(DOCX);
        return Optional.empty();
    }

    /**
     * Lists the files to ingest. Folders are walked recursively and only supported, non-hidden
     * files are taken from them; a file named directly is always taken (and fails later with a
     * clear reason if it is not supported). A path that does not exist is reported as such.
     */
    public static List<SourceFile> discover(List<Path> paths) {
        List<SourceFile> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p))
                files.addAll(walk(p));
            else
                files.add(new SourceFile(p, p.getFileName().toString()));
        }
        return files;
    }

    private static List<SourceFile> walk(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> !isHidden(root.relativize(f)))
                    .filter(f -> mediaType(f).isPresent())
                    .map(f -> new SourceFile(f, key(root.relativize(f))))
                    .sorted(Comparator.comparing(SourceFile::key))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative)
            if (part.toString().startsWith("."))
                return true;
        return false;
    }

    /** Relative path with forward slashes, the same on every platform. */
    private static String key(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }
}
