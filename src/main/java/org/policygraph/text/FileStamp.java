package org.policygraph.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A file's size and last modification time as the file system reports them: what lets a later run
 * take a file as unchanged without reading it, as make, rsync and git do.
 * <p>
 * A stamp tells a file's content only when the content read after it was taken cannot be modified
 * again with the stamp staying the same. A modification sets the time to the file system's clock,
 * rounded to its resolution (a nanosecond on ext4, two seconds on FAT): one within the same tick as
 * the last would leave the time as it was. So a stamp counts only when it is
 * {@linkplain #settledBefore settled}, its time at least {@link #SETTLE} before the read began
 * (git's "racily clean" entries, the same problem); a file modified just before it was read is read
 * and hashed again on the next run, and its stamp recorded then.
 * <pre>{@code
 * Instant readStart = Instant.now();
 * Optional<FileStamp> stamp = FileStamp.of(path).filter(s -> s.settledBefore(readStart));
 * byte[] bytes = Files.readAllBytes(path);   // the content this stamp stands for
 * }</pre>
 * A stamp's time is kept to the millisecond: a modification after a settled read gives the file a
 * time seconds later, so finer digits tell nothing more, and a time in milliseconds is one TDB2
 * stores within the id of its node (a store's recorded times are then read without a look-up each).
 * A file rewritten with other bytes of the same size and its old modification time put back (a
 * restore that keeps times, {@code touch -d}) keeps its stamp; {@code touch} it to have it read.
 */
public record FileStamp(long size, Instant modified) {

    /** The coarsest file system clock resolution allowed for: FAT's two seconds. */
    public static final Duration SETTLE = Duration.ofSeconds(2);

    /** The file's stamp now; empty when it cannot be read (the file is gone, or not a regular file). */
    public static Optional<FileStamp> of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile())
                return Optional.empty();
            return Optional.of(new FileStamp(a.size(), a.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MILLIS)));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the file was last modified at least {@link #SETTLE} before {@code readStart} (by the
     * system clock, which the file system's is taken to follow): then any later modification gives
     * it another time, and this stamp stands for the content read from {@code readStart} on.
     */
    public boolean settledBefore(Instant readStart) {
        return modified.plus(SETTLE).isBefore(readStart);
    }
}
