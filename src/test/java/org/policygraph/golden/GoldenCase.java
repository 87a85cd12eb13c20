package org.policygraph.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.policygraph.testing.Corpora;

/**
 * One golden case: a folder under {@code src/test/resources/cases} holding the input (a file
 * {@code input.<ext>}, or {@code input.ref} naming a file below {@code ../shared}) and
 * {@code expected.trig}, the graph {@code policygraph parse --format trig} prints for that input.
 *
 * @param name   the folder's name
 * @param folder the folder
 */
record GoldenCase(String name, Path folder) {

    /** Where the cases are, from the project's base folder (the working folder of the tests). */
    static final Path ROOT = Path.of("src", "test", "resources", "cases");

    static final String EXPECTED = "expected.trig";
    /** Expected graphs longer than this are kept gzipped. */
    static final int PACK_ABOVE = 1 << 20;
    static final String REFERENCE = "input.ref";

    /** Every case folder, by name. */
    static List<GoldenCase> all() {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(Files::isDirectory).sorted()
                    .map(p -> new GoldenCase(p.getFileName().toString(), p)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file to parse: the folder's {@code input.*}, or the target of {@code input.ref} below {@link Corpora#shared()}. */
    Path input() {
        Path ref = folder.resolve(REFERENCE);
        if (Files.exists(ref))
            return Corpora.shared().resolve(reference(ref));
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> inputs = s.filter(p -> p.getFileName().toString().startsWith("input.")).toList();
            if (inputs.size() != 1)
                throw new IllegalStateException(folder + ": needs exactly one input.<ext> or an input.ref, found " + inputs);
            return inputs.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the input lives outside the repository (in {@code ../shared}). */
    boolean referenced() {
        return Files.exists(folder.resolve(REFERENCE));
    }

    /** The expected graph's file (it may not exist yet). */
    Path expected() {
        Path packed = folder.resolve(EXPECTED + ".gz");
        return Files.exists(packed) ? packed : folder.resolve(EXPECTED);
    }

    /** The expected graph as text, unpacked when it is kept gzipped (graphs over {@link #PACK_ABOVE} characters). */
    String readExpected() throws IOException {
        Path file = expected();
        if (!file.getFileName().toString().endsWith(".gz"))
            return Files.readString(file, StandardCharsets.UTF_8);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Writes the expected graph: as text, or gzipped when it is large (a 70-page PDF's tables), so
     * that rewriting a case does not add megabytes to the history each time.
     */
    void writeExpected(String trig) throws IOException {
        Path plain = folder.resolve(EXPECTED);
        Path packed = folder.resolve(EXPECTED + ".gz");
        if (trig.length() <= PACK_ABOVE) {
            Files.deleteIfExists(packed);
            Files.writeString(plain, trig, StandardCharsets.UTF_8);
            return;
        }
        Files.deleteIfExists(plain);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(packed))) {
            out.write(trig.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** What the case is about, from its {@code case.md}, if it has one. */
    Optional<String> description() {
        Path md = folder.resolve("case.md");
        try {
            return Files.exists(md) ? Optional.of(Files.readString(md, StandardCharsets.UTF_8).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The first line that is neither blank nor a # comment: a path relative to ../shared.
    private static String reference(Path ref) {
        try {
            return Files.readAllLines(ref, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(ref + " names no file"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
