package org.policygraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.Waypoint;

/**
 * For child processes that compact a store: writes while the compaction goes on, so that both of
 * its catch-ups have graphs to bring up to date. At the copy's first waypoint it ingests a corpus;
 * once the copy is made, at the first catch-up's first graph (writers still going on), it edits
 * the corpus's first document (a sentence appended to its file) and ingests the corpus again: an
 * edit, since a document written again as it is leaves its graph untouched and the catch-up
 * nothing to do. Each write runs in a thread of its own, waited for.
 * Call {@link #reached} from the waypoint listener.
 */
public final class IngestDuringCopy {

    private final Ingester ingester;
    private final Path corpus;
    private boolean ingested;
    private boolean copied;
    private boolean rewritten;

    public IngestDuringCopy(PolicyGraphStore store, Path corpus) {
        this.ingester = Ingester.builder(store).noBulkLoad().build();
        this.corpus = corpus;
    }

    /** Writes as above at the waypoints named. */
    public void reached(String waypoint) {
        if (waypoint.equals(Waypoint.COMPACTION_COPIED))
            copied = true;
        if (!waypoint.equals(Waypoint.COMPACTION_COPYING))
            return;
        if (!ingested) {
            ingested = true;
            inThread(() -> System.out.println(ingester.ingest(List.of(corpus)).summary()));
        } else if (copied && !rewritten) {
            rewritten = true;
            inThread(this::rewriteFirst);
        }
    }

    private void rewriteFirst() {
        try (Stream<Path> s = Files.walk(corpus)) {
            Path file = s.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
            Files.writeString(file, "\nDit document werd tijdens de compactie aangevuld.\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(ingester.ingest(List.of(corpus)).summary());
    }

    private static void inThread(Runnable r) {
        Thread w = new Thread(r);
        w.start();
        try {
            w.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
