package org.policygraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes mutated copies of real documents, deterministically from a seed: truncations at every
 * structural point, byte flips, NUL bytes, invalid UTF-8, UTF-16 with a byte-order mark, and a few
 * pathological files (a 1 MB line of digits and dots, 100,000 numbered items, an empty file, a
 * "PDF" that is text). The originals are written too, unchanged.
 */
final class HostileInputs {

    /** Line starts where a document changes part: header fields, items, the answer heading. */
    private static final Pattern STRUCTURE = Pattern.compile(
            "(?m)^(?:\\s*(?:#+ )?\\**(?:SCHRIFTELIJKE VRAAG|nr\\.|van |datum|aan |ANTWOORD|op vraag)|\\s*(?:- )?(?:\\d{1,2}[.)]|[a-z]\\)|[ivx]{1,4}\\.) |\\d \\p{Lu})");
    private static final int FLIPS_PER_DOCUMENT = 30;

    private final Random random;
    private final Path out;
    private int count;

    HostileInputs(long seed, Path out) {
        this.random = new Random(seed);
        this.out = out;
    }

    /** Writes the originals and their mutations; returns the number of files written. */
    int write(List<Path> originals) throws IOException {
        for (Path original : originals) {
            byte[] bytes = Files.readAllBytes(original);
            String file = original.getFileName().toString();
            String name = file.replaceAll("\\.[a-z]+$", "");
            // The original keeps its extension: a real PDF among the samples is read as a PDF, not as text.
            write(name + "-original" + file.substring(name.length()), bytes);
            truncations(name, bytes);
            for (int i = 0; i < FLIPS_PER_DOCUMENT; i++)
                write(name + "-flip" + i + ".txt", flip(bytes, 1 + random.nextInt(8)));
            for (int i = 0; i < 3; i++) {
                write(name + "-nul" + i + ".txt", insert(bytes, new byte[] {0}));
                write(name + "-badutf8-" + i + ".txt", insert(bytes, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}));
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            write(name + "-utf16le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
            write(name + "-utf16be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));
            write(name + "-cr-only.txt", text.replace("\r\n", "\n").replace('\n', '\r').getBytes(StandardCharsets.UTF_8));
            write(name + "-doubled.md", (text + "\n" + text).getBytes(StandardCharsets.UTF_8));
        }
        pathological();
        return count;
    }

    /** Cut at every line where a new part of the document starts, and inside a multi-byte character. */
    private void truncations(String name, byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher m = STRUCTURE.matcher(text);
        int i = 0;
        while (m.find()) {
            int cut = text.substring(0, m.start()).getBytes(StandardCharsets.UTF_8).length;
            write(name + "-cut" + i++ + ".txt", Arrays.copyOf(bytes, cut));
            int mid = text.substring(0, m.end()).getBytes(StandardCharsets.UTF_8).length;
            write(name + "-cut" + i++ + ".txt", Arrays.copyOf(bytes, mid));
        }
        for (int b = 0; b < bytes.length; b++)
            if ((bytes[b] & 0xE0) == 0xC0 || (bytes[b] & 0xF0) == 0xE0) {
                write(name + "-cut-inside-character.txt", Arrays.copyOf(bytes, b + 1));
                break;
            }
    }

    private void pathological() throws IOException {
        StringBuilder digits = new StringBuilder("SCHRIFTELIJKE VRAAG\n\nnr. 1\nvan AN JANSSENS\ndatum: 2 januari 2024\n\nTitel\n\n");
        while (digits.length() < 1_000_000)
            digits.append(random.nextInt(1000)).append('.');
        write("line-of-digits-and-dots.txt", digits.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder items = new StringBuilder("SCHRIFTELIJKE VRAAG\n\nnr. 2\nvan AN JANSSENS\ndatum: 2 januari 2024\n\nTitel\n\n");
        for (int i = 1; i <= 100_000; i++)
            items.append(i).append(". Hoeveel kost punt ").append(i).append("? Ongeveer 12 euro.\n");
        write("hundred-thousand-items.txt", items.toString().getBytes(StandardCharsets.UTF_8));
        write("empty.txt", new byte[0]);
        write("not-a-pdf.pdf", "SCHRIFTELIJKE VRAAG\n\nnr. 3\n".getBytes(StandardCharsets.UTF_8));
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        write("noise.txt", noise);
        write("noise.pdf", concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), noise));
    }

    private byte[] flip(byte[] bytes, int flips) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < flips && copy.length > 0; i++)
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    private byte[] insert(byte[] bytes, byte[] what) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        byte[] out = new byte[bytes.length + what.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(bytes, at, out, at + what.length, bytes.length - at);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private void write(String name, byte[] bytes) throws IOException {
        Files.write(out.resolve(name), bytes);
        count++;
    }

    /** The real documents to mutate: our examples, plus the shared seeds and samples where present. */
    static List<Path> originals(Path examples, Path shared) {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(examples, shared.resolve("seeds"), shared.resolve("samples"))) {
            if (!Files.isDirectory(dir))
                continue;
            try (var s = Files.walk(dir)) {
                s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
