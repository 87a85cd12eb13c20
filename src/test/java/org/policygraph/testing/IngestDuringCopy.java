package org.policygraph.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.policygraph.ingest.Ingester;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.store.DocumentWriter;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.SummaryUpdate;
import org.policygraph.store.Waypoint;
import org.policygraph.store.WriteGate;

/**
 * For child processes that compact a store: writes while the compaction goes on, so that both of
 * its catch-ups have graphs to bring up to date. At the copy's first waypoint it ingests a corpus;
 * once the copy is made, at the first catch-up's first graph (writers still going on), it writes
 * the corpus's first document again as it is. Each write runs in a thread of its own, waited for.
 * Call {@link #reached} from the waypoint listener.
 */
public final class IngestDuringCopy {

    private final PolicyGraphStore store;
    private final Ingester ingester;
    private final Path corpus;
    private boolean ingested;
    private boolean copied;
    private boolean rewritten;

    public IngestDuringCopy(PolicyGraphStore store, Path corpus) {
        this.store = store;
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
        Path file;
        try (Stream<Path> s = Files.walk(corpus)) {
            file = s.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MappedDocument doc = new DocumentPipeline().process(file, corpus.relativize(file).toString().replace(File.separatorChar, '/'));
        DatasetGraph dsg = store.dataset();
        Instant now = Instant.now();
        WriteGate.of(dsg).writing(() -> Txn.executeWrite(dsg, () -> {
            SummaryUpdate summaries = SummaryUpdate.begin(dsg);
            DocumentWriter.replace(dsg, doc, now, now, summaries);
            summaries.finish();
        }));
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
