package org.policygraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.policygraph.store.PolicyGraphStore;
import org.policygraph.text.SourceFiles;

/**
 * Watches folders and ingests new and changed files into a store that is being served. Each
 * document's graph is replaced in its own transaction, so readers keep seeing whole documents.
 * <p>
 * Folders are polled: a cheap scan of names, sizes and modification times decides whether anything
 * changed; only then does an ingest run, which skips unchanged files by their hash as always.
 * Polling works the same on every file system (network shares and bind mounts included), where
 * file-system events do not.
 * <pre>{@code
 * try (FolderWatcher w = FolderWatcher.start(store, List.of(dir), Duration.ofSeconds(2), r -> log(r))) { ... }
 * }</pre>
 */
public final class FolderWatcher implements AutoCloseable {

    private record Stamp(long size, long modified) {
    }

    private final Ingester ingester;
    private final List<Path> folders;
    private final Consumer<IngestReport> onIngest;
    private final ScheduledExecutorService timer;
    private Map<Path, Stamp> previous = Map.of();
    private Map<Path, Stamp> ingested = Map.of();

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

    /** Starts watching {@code folders}, scanning every {@code interval}; each ingest run is reported to {@code onIngest}. */
    public static FolderWatcher start(PolicyGraphStore store, List<Path> folders, Duration interval,
                                      Consumer<IngestReport> onIngest) {
        Objects.requireNonNull(onIngest);
        for (Path f : folders)
            if (!Files.isDirectory(f))
                throw new IllegalArgumentException("Cannot watch " + f + ": not a folder");
        // Never the bulk path: it swaps the store folder, while a server goes on reading the dataset.
        FolderWatcher w = new FolderWatcher(Ingester.builder(store).noBulkLoad().build(), folders, onIngest);
        w.timer.scheduleWithFixedDelay(w::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return w;
    }

    /**
     * One scan, and an ingest run when something changed and has stayed as it is since the last
     * scan: a file still being copied in is not read half-way. Never throws: a failed scan waits for
     * the next.
     */
    private void tick() {
        try {
            Map<Path, Stamp> now = scan();
            boolean settled = now.equals(previous);
            previous = now;
            if (!settled || now.equals(ingested))
                return;
            onIngest.accept(ingester.ingest(folders));
            ingested = now;
        } catch (RuntimeException e) {
            onIngest.accept(IngestReport.failedRun(folders.toString(), "watch: " + e.getMessage()));
        }
    }

    private Map<Path, Stamp> scan() {
        Map<Path, Stamp> out = new HashMap<>();
        for (Path folder : folders)
            try (Stream<Path> s = Files.walk(folder)) {
                s.filter(Files::isRegularFile).filter(p -> SourceFiles.mediaType(p).isPresent()).forEach(p -> {
                    try {
                        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                        out.put(p, new Stamp(a.size(), a.lastModifiedTime().toMillis()));
                    } catch (IOException vanished) {
                        // Gone between listing and reading: the next scan sees it as removed.
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot scan " + folder + ": " + e.getMessage(), e);
            }
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
