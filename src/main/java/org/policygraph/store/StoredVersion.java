package org.policygraph.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.policygraph.text.FileStamp;

/**
 * What the store holds for one document key: the hash and size of the file it was read from (-1
 * when the size is not recorded), by which parser, and the file's modification and change times when
 * it was read, where those were recorded (a {@linkplain FileStamp#settledBefore settled} stamp; none
 * in stores written before they were kept, no change time where the file system reports none).
 */
public record StoredVersion(String sha256, String parserVersion, long byteSize, Optional<Instant> modified,
                            Optional<Instant> changed) {

    /** A version without recorded times. */
    public StoredVersion(String sha256, String parserVersion) {
        this(sha256, parserVersion, -1, Optional.empty(), Optional.empty());
    }

    /**
     * The version from the lexical forms the store holds: {@code byteSize} an xsd:long or
     * xsd:integer, {@code modified} and {@code changed} xsd:dateTimes; an empty or unreadable one
     * counts as not recorded, so that the file is read and hashed.
     */
    static StoredVersion fromLexical(String sha256, String parserVersion, String byteSize, String modified, String changed) {
        long size = -1;
        try {
            if (!byteSize.isEmpty())
                size = Long.parseLong(byteSize.strip());
        } catch (NumberFormatException unreadable) {
            // left as not recorded: a size of -1 is never the file's
        }
        return new StoredVersion(sha256, parserVersion, size, time(modified), time(changed));
    }

    private static Optional<Instant> time(String lexical) {
        try {
            return lexical.isEmpty() ? Optional.empty() : Optional.of(OffsetDateTime.parse(lexical.strip()).toInstant());
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Whether the file, stamped as it is now, is still the one this version was read from: its
     * recorded size, modification time and change time are the file's (a change time recorded and
     * now alike, or absent from both: a file system that reports none). Decides without reading the
     * file.
     */
    public boolean sameFile(FileStamp now) {
        return byteSize == now.size() && hasTimesOf(now);
    }

    /** Whether the recorded modification and change times are those of {@code now}: nothing to record again. */
    public boolean hasTimesOf(FileStamp now) {
        return modified.isPresent() && modified.get().equals(now.modified()) && changed.equals(now.changed());
    }
}
