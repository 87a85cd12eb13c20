package org.policygraph.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a harvest keeps what it fetched: {@code {id}/vraag.json} (the detail as received) beside
 * the question's PDFs {@code {id}/pfile-{n}.pdf}, and members under {@code vv/{id}.json}. Files
 * are written to a temporary name and moved into place, so that a killed harvest leaves no half file.
 */
public record HarvestFolder(Path root) {

    /** The name of a question's saved detail. */
    public static final String RECORD = "vraag.json";
    private static final Pattern PFILE_ID = Pattern.compile("[?&]id=(\\d+)");

    /** A question's detail, relative to the root. */
    public String record(String id) {
        return safe(id) + "/" + RECORD;
    }

    /** A PDF of a question, relative to the root: named by the pfile id in its URL, else by a hash of the URL. */
    public String pdf(String id, String url) {
        Matcher m = PFILE_ID.matcher(url);
        String name = m.find() ? "pfile-" + m.group(1) : "file-" + sha256(url.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12);
        return safe(id) + "/" + name + ".pdf";
    }

    /** A member's saved record, relative to the root. */
    public String member(String id) {
        return "vv/" + safe(id) + ".json";
    }

    /** Writes {@code bytes} to {@code relative} through a temporary file. */
    public void write(String relative, byte[] bytes) {
        Path target = root.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(target.getFileName() + ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An id as a folder name: only digits, letters, '-' and '_' (an id is the API's, never trusted as a path). */
    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Whether {@code uri} is a web address the harvest may fetch. */
    static boolean fetchable(String uri) {
        try {
            String scheme = URI.create(uri).getScheme();
            return "http".equals(scheme) || "https".equals(scheme);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
