package org.policygraph.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * A file's size, last modification time and, where the file system keeps one, the time its inode
 * last changed (POSIX {@code ctime}) as they are reported: what lets a later run take a file as
 * unchanged without reading it, as make, rsync and git do.
 * <p>
 * A stamp tells a file's content only when the content read after it was taken cannot be modified
 * again with the stamp staying the same. A modification sets the times to the file system's clock,
 * rounded to its resolution (a nanosecond on ext4, two seconds on FAT): one within the same tick as
 * the last would leave them as they were. So a stamp counts only when it is
 * {@linkplain #settledBefore settled}, its times at least {@link #SETTLE} before the read began
 * (git's "racily clean" entries, the same problem); a file modified just before it was read is read
 * and hashed again on the next run, and its stamp recorded then.
 * <pre>{@code
 * Instant readStart = Instant.now();
 * Optional<FileStamp> stamp = FileStamp.of(path).filter(s -> s.settledBefore(readStart));
 * byte[] bytes = Files.readAllBytes(path);   // the content this stamp stands for
 * }</pre>
 * A stamp's times are kept to the millisecond: a modification after a settled read gives the file
 * times seconds later, so finer digits tell nothing more, and a time in milliseconds is one TDB2
 * stores within the id of its node (a store's recorded times are then read without a look-up each).
 * <p>
 * The modification time can be set back (a restore that keeps times, {@code cp -p}, {@code rsync
 * -t}, {@code touch -d}); the change time cannot: any of those sets it to the clock, as does every
 * write. With it a file given other bytes of the same size and its old modification time is still
 * read, as git reads it. It also moves on a rename or a change of permissions, after which the file
 * is read once more and found the same. Where the file system reports no change time (the JDK gives
 * one on Linux and macOS), the size and modification time decide alone.
 */
public record FileStamp(long size, Instant modified, Optional<Instant> changed) {

    /** The coarsest file system clock resolution allowed for: FAT's two seconds. */
    public static final Duration SETTLE = Duration.ofSeconds(2);
    /** What the JDK's "unix" view reads in one {@code stat}: the basic attributes and the change time. */
    private static final String UNIX_ATTRIBUTES = "unix:size,lastModifiedTime,isRegularFile,ctime";

    /** A stamp without a change time: a file system that reports none. */
    public FileStamp(long size, Instant modified) {
        this(size, modified, Optional.empty());
    }

    /** The file's stamp now; empty when it cannot be read (the file is gone, or not a regular file). */
    public static Optional<FileStamp> of(Path file) {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("unix")) {
                try {
                    return withChangeTime(file);
                } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException | NullPointerException unlike) {
                    // a provider that answers other than the JDK's own: the basic attributes decide,
                    // rather than the file being taken for gone
                }
            }
            BasicFileAttributes b = Files.readAttributes(file, BasicFileAttributes.class);
            if (!b.isRegularFile())
                return Optional.empty();
            return Optional.of(new FileStamp(b.size(), millis(b.lastModifiedTime())));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** The stamp with the change time, read through the "unix" view in one {@code stat}. */
    private static Optional<FileStamp> withChangeTime(Path file) throws IOException {
        Map<String, Object> a = Files.readAttributes(file, UNIX_ATTRIBUTES);
        if (!Boolean.TRUE.equals(a.get("isRegularFile")))
            return Optional.empty();
        return Optional.of(new FileStamp((Long) a.get("size"), millis((FileTime) a.get("lastModifiedTime")),
                Optional.of(millis((FileTime) a.get("ctime")))));
    }

    private static Instant millis(FileTime time) {
        return time.toInstant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Whether the file was last modified, and its inode last changed, at least {@link #SETTLE}
     * before {@code readStart} (by the system clock, which the file system's is taken to follow):
     * then any later modification gives it other times, and this stamp stands for the content read
     * from {@code readStart} on.
     */
    public boolean settledBefore(Instant readStart) {
        Instant latest = changed.filter(c -> c.isAfter(modified)).orElse(modified);
        return latest.plus(SETTLE).isBefore(readStart);
    }
}
