package org.policygraph.maintenance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.Snapshot;
import org.policygraph.store.StoreException;
import org.policygraph.store.StoreHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of a store that a running server holds. TDB2 lets one process open a store; the server is
 * that process, so {@code policygraph backup} asks it to write the backup, through files beside the
 * store folder: the command writes {@code .NAME.backup-request-PID} naming the backup file, the
 * server renames it to {@code .NAME.backup-taken-PID}, writes the backup ({@link Snapshot}: one read
 * transaction, to a part file moved into place when complete) and answers in
 * {@code .NAME.backup-done-PID}. Who may ask is who may write beside the store, the same who may
 * delete it; a request whose file another user owns than the store folder's owner is refused. No
 * port, password or server option is needed, and backups by cron work the same whether a server
 * runs or not. Request files of a command that died are cleared when the store is next opened (their
 * names end in the process id, like every side folder's).
 */
public final class BackupRequests {

    private static final Logger LOG = LoggerFactory.getLogger("policygraph");
    /** How long a request may wait to be taken before the holder is judged not to take any. */
    private static final Duration PICK_UP = Duration.ofSeconds(15);

    private BackupRequests() {
    }

    /** Serves the requests waiting for {@code store}: called by the server every second or so. Never throws. */
    public static void serve(PolicyGraphStore store) {
        Path dir = store.location().toAbsolutePath();
        String prefix = "." + dir.getFileName() + ".backup-request-";
        try (DirectoryStream<Path> requests = Files.newDirectoryStream(dir.getParent(), glob(prefix) + "*")) {
            for (Path request : requests)
                serveOne(store, request, request.getFileName().toString().substring(prefix.length()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read backup requests beside {}: {}", dir, e.getMessage());
        }
    }

    private static void serveOne(PolicyGraphStore store, Path request, String pid) throws IOException {
        if (!pid.matches("\\d{1,10}"))
            return;
        Path dir = store.location().toAbsolutePath();
        Path taken = sibling(dir, "backup-taken-" + pid);
        Path done = sibling(dir, "backup-done-" + pid);
        Files.move(request, taken, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        String answer;
        try {
            if (!Files.getOwner(taken).equals(Files.getOwner(dir)))
                throw new StoreException("Backup request " + request + " refused: its owner " + Files.getOwner(taken)
                        + " does not own the store " + dir);
            Path target = Path.of(Files.readString(taken, StandardCharsets.UTF_8).strip());
            LOG.info("Backup of {} to {} asked by process {}", dir, target, pid);
            Snapshot.Written w = Snapshot.write(store, target);
            LOG.info("{}", w.summary());
            answer = "ok\n" + w.summary() + "\n";
        } catch (RuntimeException e) {
            LOG.warn("Backup failed: {}", e.getMessage());
            answer = "failed\n" + e.getMessage() + "\n";
        }
        Path writing = sibling(dir, "backup-answer-" + pid);
        Files.writeString(writing, answer, StandardCharsets.UTF_8);
        Files.move(writing, done, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(taken);
    }

    /**
     * Asks the server holding the store in {@code storeDir} to back it up to {@code target}, and
     * waits for its answer; returns the backup's summary line.
     *
     * @throws StoreException when the holder takes no requests, stops, or the backup failed
     */
    public static String ask(Path storeDir, ProcessHandle holder, Path target) {
        Path dir = storeDir.toAbsolutePath();
        String pid = Long.toString(ProcessHandle.current().pid());
        Path request = sibling(dir, "backup-request-" + pid);
        Path taken = sibling(dir, "backup-taken-" + pid);
        Path done = sibling(dir, "backup-done-" + pid);
        Path writing = sibling(dir, "backup-asking-" + pid);
        try {
            Files.deleteIfExists(done);
            Files.writeString(writing, target.toAbsolutePath() + "\n", StandardCharsets.UTF_8);
            Files.move(writing, request, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            long askedAt = System.nanoTime();
            while (true) {
                if (Files.exists(done)) {
                    String[] answer = Files.readString(done, StandardCharsets.UTF_8).split("\n", 2);
                    Files.deleteIfExists(done);
                    String text = answer.length > 1 ? answer[1].strip() : "";
                    if (answer[0].equals("ok"))
                        return text;
                    throw new StoreException(text);
                }
                if (!holder.isAlive())
                    throw new StoreException("Process " + holder.pid() + ", which held store " + storeDir
                            + ", stopped before answering the backup request; run the backup again");
                if (Files.exists(request) && Duration.ofNanos(System.nanoTime() - askedAt).compareTo(PICK_UP) > 0) {
                    Files.deleteIfExists(request);
                    if (!Files.exists(taken) && !Files.exists(done))
                        throw new StoreException("Store " + storeDir + " is in use by " + StoreHolder.describe(holder)
                                + ", which does not take backup requests (only 'policygraph serve' does); wait for it to finish,"
                                + " or stop it");
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot ask the server holding " + storeDir + " for a backup: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for the backup of " + storeDir, e);
        } finally {
            try {
                Files.deleteIfExists(request);
                Files.deleteIfExists(writing);
            } catch (IOException ignored) {
                // Cleared by the next open of the store.
            }
        }
    }

    private static Path sibling(Path storeDir, String suffix) {
        return storeDir.getParent().resolve("." + storeDir.getFileName() + "." + suffix);
    }

    private static String glob(String literal) {
        return literal.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }
}
