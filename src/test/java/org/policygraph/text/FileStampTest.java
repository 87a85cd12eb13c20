package org.policygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampTest {

    private static final Instant LONG_AGO = Instant.parse("2026-03-01T08:15:30.123456789Z");

    @TempDir
    Path tmp;

    @Test
    void readsTheSizeAndTimesToTheMillisecond() throws IOException {
        Path file = Files.writeString(tmp.resolve("a.txt"), "twaalf tekens");
        Files.setLastModifiedTime(file, FileTime.from(LONG_AGO));
        FileStamp stamp = FileStamp.of(file).orElseThrow();
        assertEquals(13, stamp.size());
        assertEquals(Instant.parse("2026-03-01T08:15:30.123Z"), stamp.modified());
        // the change time cannot be set back: setting the modification time set it to the clock
        stamp.changed().ifPresent(changed -> assertTrue(changed.isAfter(LONG_AGO.plus(Duration.ofDays(1))), changed.toString()));
    }

    @Test
    void aFolderOrAMissingFileHasNoStamp() {
        assertEquals(Optional.empty(), FileStamp.of(tmp));
        assertEquals(Optional.empty(), FileStamp.of(tmp.resolve("missing.txt")));
    }

    @Test
    void aFileSystemWithoutChangeTimesGivesTheSizeAndModificationTime() throws IOException {
        // a zip file system has no "unix" view, as Windows has none
        try (FileSystem zip = FileSystems.newFileSystem(tmp.resolve("a.zip"), Map.of("create", "true"))) {
            Path file = Files.writeString(zip.getPath("a.txt"), "twaalf tekens");
            Files.setLastModifiedTime(file, FileTime.from(LONG_AGO));
            FileStamp stamp = FileStamp.of(file).orElseThrow();
            assertEquals(13, stamp.size());
            assertEquals(Optional.empty(), stamp.changed());
            assertEquals(Optional.empty(), FileStamp.of(zip.getPath("missing.txt")));
        }
    }

    @Test
    void isSettledWhenTheLaterOfItsTimesLiesTwoSecondsBeforeTheRead() {
        Instant read = Instant.parse("2026-06-01T10:00:00Z");
        Instant settled = read.minus(FileStamp.SETTLE).minusMillis(1);
        Instant recent = read.minus(FileStamp.SETTLE).plusMillis(1);
        assertTrue(new FileStamp(1, settled).settledBefore(read));
        assertFalse(new FileStamp(1, recent).settledBefore(read));
        assertTrue(new FileStamp(1, LONG_AGO, Optional.of(settled)).settledBefore(read));
        assertFalse(new FileStamp(1, LONG_AGO, Optional.of(recent)).settledBefore(read), "a restore that set the time back just now");
        assertFalse(new FileStamp(1, recent, Optional.of(LONG_AGO)).settledBefore(read));
    }
}
