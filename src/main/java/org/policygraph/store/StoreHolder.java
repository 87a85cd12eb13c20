package org.policygraph.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The other process that has a store open, read from TDB2's lock file ({@code tdb.lock}, holding the
 * process id) without opening the store: for commands that can ask a running server to do their
 * work instead of failing on the lock.
 */
public final class StoreHolder {

    private StoreHolder() {
    }

    /** The live process, other than this one, that holds the store in {@code storeDir}. */
    public static Optional<ProcessHandle> of(Path storeDir) {
        Path lock = storeDir.resolve("tdb.lock");
        try {
            if (!Files.isRegularFile(lock))
                return Optional.empty();
            String text = Files.readString(lock).strip();
            if (!text.matches("\\d{1,10}"))
                return Optional.empty();
            long pid = Long.parseLong(text);
            if (pid == ProcessHandle.current().pid())
                return Optional.empty();
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> locked(lock));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the lock file is locked: TDB2 leaves its process id in the file when it lets go of the
     * store, so a live process named there may have closed the store long ago (a test JVM does).
     */
    private static boolean locked(Path lock) {
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null)
                return true;
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** The holder as the store-lock message names it: "process 123 (java -jar policygraph.jar serve ...)". */
    public static String describe(ProcessHandle p) {
        return StoreLock.describe(p.pid());
    }
}
