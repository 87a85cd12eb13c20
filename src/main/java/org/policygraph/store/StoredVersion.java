package org.policygraph.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.policygraph.text.FileStamp;

/**
 * What the store holds for one document key: the hash and size of the file it was read from (-1
 * when the size is not recorded), by which parser, and the file's modification time when it was
 * read, where that was recorded (a {@linkplain FileStamp#settledBefore settled} stamp; none in stores
 * written before it was kept).
 */
public record StoredVersion(String sha256, String parserVersion, long byteSize, Optional<Instant> modified) {

    /** A version without a recorded modification time. */
    public StoredVersion(String sha256, String parserVersion) {
        this(sha256, parserVersion, -1, Optional.empty());
    }

    /**
     * The version from the lexical forms the store holds: {@code byteSize} an xsd:long or
     * xsd:integer, {@code modified} an xsd:dateTime; an empty or unreadable one counts as not recorded,
     * so that the file is read and hashed.
     */
    static StoredVersion fromLexical(String sha256, String parserVersion, String byteSize, String modified) {
        long size = -1;
        Optional<Instant> time = Optional.empty();
        try {
            if (!byteSize.isEmpty())
                size = Long.parseLong(byteSize.strip());
            if (!modified.isEmpty())
                time = Optional.of(OffsetDateTime.parse(modified.strip()).toInstant());
        } catch (NumberFormatException | DateTimeParseException unreadable) {
            // left as not recorded: a size of -1 or no time is never the file's
        }
        return new StoredVersion(sha256, parserVersion, size, time);
    }

    /**
     * Whether the file, stamped as it is now, is still the one this version was read from: its
     * recorded modification time and size are the file's. Decides without reading the file.
     */
    public boolean sameFile(FileStamp now) {
        return modified.isPresent() && modified.get().equals(now.modified()) && byteSize == now.size();
    }
}
