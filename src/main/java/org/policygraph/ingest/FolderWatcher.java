package org.policygraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.policygraph.store.PolicyGraphStore;
import org.policygraph.text.FileStamp;
import org.policygraph.text.SourceFiles;
import org.policygraph.text.SourceFiles.SourceFile;

/**
 * Watches folders and ingests new and changed files into a store that is being served. Each
 * document's graph is replaced in its own transaction, so readers keep seeing whole documents.
 * <p>
 * Folders are polled: a scan of names, sizes and file times ({@link FileStamp}), kept in memory per path,
 * decides what changed since the last run; only those files are handed to the ingester
 * ({@link Ingester#ingestChanges}), which looks up just their keys and reads and hashes just
 * them. A poll with nothing changed reads no file and touches no store. A file that disappears
 * while one with the same content appears is a rename, and its document moves; the document of a
 * file that is simply gone is kept unless the watcher was started to remove it, and the report
 * says which.
 * <p>
 * Polling rather than file-system events ({@code WatchService}): events are not delivered on
 * network shares and bind mounts, they overflow and are dropped under bursts, and pairing a
 * delete with an add into a rename needs the set of paths anyway. The scan costs one
 * {@code stat} per file and nothing else, so events would save little and need a periodic rescan
 * as a safety net all the same.
 * <pre>{@code
 * try (FolderWatcher w = FolderWatcher.start(store, List.of(dir), Duration.ofSeconds(2), r -> log(r))) { ... }
 * }</pre>
 */
public final class FolderWatcher implements AutoCloseable {

    /** A file as scanned: its key and what tells a change without reading it (size, modification and change times). */
    private record Stamp(SourceFile file, FileStamp stamp) {
    }

    private final Ingester ingester;
    private final List<Path> folders;
    private final Consumer<IngestReport> onIngest;
    private final ScheduledExecutorService timer;
    private Map<Path, Stamp> previous = Map.of();
    private Map<Path, Stamp> ingested = Map.of();
    /** Files left out as copies of stored content; looked at again when a removal may have taken their original. */
    private final Set<Path> duplicates = new HashSet<>();

    private FolderWatcher(Ingester ingester, List<Path> folders, Consumer<IngestReport> onIngest) {
        this.ingester = ingester;
        this.folders = List.copyOf(folders);
        this.onIngest = onIngest;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "policygraph-watch");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts watching {@code folders}, scanning every {@code interval}; each ingest run is reported
     * to {@code onIngest}. The documents of deleted files are kept.
     */
    public static FolderWatcher start(PolicyGraphStore store, List<Path> folders, Duration interval,
                                      Consumer<IngestReport> onIngest) {
        return start(store, folders, interval, false, onIngest);
    }

    /**
     * Starts watching {@code folders}, scanning every {@code interval}; with {@code removeDeleted}
     * the graph of a deleted file is removed, else it is kept (and the report says so either way).
     */
    public static FolderWatcher start(PolicyGraphStore store, List<Path> folders, Duration interval,
                                      boolean removeDeleted, Consumer<IngestReport> onIngest) {
        Objects.requireNonNull(onIngest);
        for (Path f : folders)
            notWatchable(f).ifPresent(reason -> {
                throw new IllegalArgumentException("Cannot watch " + f + ": " + reason);
            });
        // Never the bulk path: it swaps the store folder, while a server goes on reading the dataset.
        FolderWatcher w = new FolderWatcher(Ingester.builder(store).noBulkLoad().removeDeleted(removeDeleted).build(),
                folders, onIngest);
        w.timer.scheduleWithFixedDelay(w::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return w;
    }

    /**
     * One scan, and an ingest run of what changed when it has stayed as it is since the last scan:
     * a file still being copied in is not read half-way. Never throws: a failed scan or run waits
     * for the next, which tries the same changes again.
     */
    private void tick() {
        try {
            Map<Path, Stamp> now = scan();
            boolean settled = now.equals(previous);
            previous = now;
            if (!settled || now.equals(ingested))
                return;
            List<SourceFile> changed = new ArrayList<>();
            now.forEach((path, stamp) -> {
                if (!stamp.equals(ingested.get(path)))
                    changed.add(stamp.file());
            });
            List<SourceFile> gone = new ArrayList<>();
            ingested.forEach((path, stamp) -> {
                if (!now.containsKey(path))
                    gone.add(stamp.file());
            });
            changed.sort(Comparator.comparing(SourceFile::key));
            gone.sort(Comparator.comparing(SourceFile::key));
            IngestReport report = ingester.ingestChanges(changed, gone);
            onIngest.accept(report);
            ingested = forgetDuplicatesAfterRemovals(report, now);
        } catch (RuntimeException e) {
            onIngest.accept(IngestReport.failedRun(folders.toString(), "watch: " + e.getMessage()));
        }
    }

    /**
     * What counts as ingested after {@code report}: everything scanned, except that after a run
     * that removed documents the files once left out as duplicates are looked at again at the next
     * poll, since the copy they duplicated may have been the one removed.
     */
    private Map<Path, Stamp> forgetDuplicatesAfterRemovals(IngestReport report, Map<Path, Stamp> now) {
        report.duplicates().forEach(d -> duplicates.add(Path.of(d.file())));
        duplicates.retainAll(now.keySet());
        if (report.deletions().stream().noneMatch(IngestReport.Deletion::removed) || duplicates.isEmpty())
            return now;
        Map<Path, Stamp> out = new HashMap<>(now);
        duplicates.forEach(out::remove);
        duplicates.clear();
        return out;
    }

    /** Why {@code folder} cannot be watched, or empty when it can. */
    public static Optional<String> notWatchable(Path folder) {
        if (!Files.exists(folder))
            return Optional.of("no such file or folder");
        if (!Files.isDirectory(folder))
            return Optional.of("not a folder");
        return Optional.empty();
    }

    /**
     * The supported files under the folders, with their keys as ingest gives them, and their stamps.
     * A watched folder that is gone (an unmounted share) fails the scan rather than making every
     * file in it look deleted.
     */
    private Map<Path, Stamp> scan() {
        for (Path f : folders)
            notWatchable(f).ifPresent(reason -> {
                throw new IllegalStateException("Cannot scan " + f + ": " + reason);
            });
        Map<Path, Stamp> out = new HashMap<>();
        for (SourceFile f : SourceFiles.discover(folders))
            // none when gone between listing and reading: the next scan sees it as removed
            FileStamp.of(f.path()).ifPresent(stamp -> out.put(f.path(), new Stamp(f, stamp)));
        return out;
    }

    /** Stops watching; an ingest run under way finishes first. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
