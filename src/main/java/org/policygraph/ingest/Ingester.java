package org.policygraph.ingest;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.policygraph.deadline.DeadlinePassedException;
import org.policygraph.deadline.WorkDeadline;
import org.policygraph.parse.DocumentParser;
import org.policygraph.parse.MalformedDocumentException;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.store.BulkLoad;
import org.policygraph.store.DocumentWriter;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.StoreException;
import org.policygraph.store.StoredDocuments;
import org.policygraph.store.StoredVersion;
import org.policygraph.store.Summaries;
import org.policygraph.store.SummaryUpdate;
import org.policygraph.rdf.Iris;
import org.apache.jena.sparql.core.Quad;
import org.policygraph.text.DocumentReader;
import org.policygraph.text.SourceFiles;
import org.policygraph.text.SourceFiles.SourceFile;
import org.policygraph.text.UnreadableInputException;

/**
 * Ingests files and folders into the store: reads, parses and maps them through the pipeline and
 * hands the results to the store, which is only the sink.
 * <p>
 * Files are read, parsed and mapped on all cores; a single writer commits the results in batches,
 * so that a large build does not pay one durable commit per document, while each document's graph
 * is still replaced whole within one transaction. At most a bounded number of documents is in
 * memory at any time. Unchanged files (same SHA-256 and parser version) are skipped before they are
 * decoded. A document that fails is reported with its file and reason and costs nothing else: if a
 * batch cannot be committed, its documents are retried one transaction each. A document whose work
 * passes the per-document limit, counted from when a worker starts it, is stopped by its own
 * deadline checks ({@link WorkDeadline}) and reported; its worker goes on with the next file.
 * <p>
 * A build of an empty store from many files takes the bulk path instead: the same quads are
 * streamed into the store's {@link BulkLoad} (Jena's phased TDB2 bulk loader), which builds
 * the indexes phase by phase rather than through transactional B+tree updates, in a new store beside
 * the target that takes the target's place once complete. Later runs on that store take the normal
 * path, so a changed document still replaces its graph atomically.
 * <pre>{@code
 * IngestReport report = Ingester.builder(store).build().ingest(List.of(Path.of("corpus")));
 * }</pre>
 */
public final class Ingester {

    /** Documents per commit during a build. */
    public static final int DEFAULT_BATCH = 256;

    /** Documents per worker parsed ahead of the bulk loader (each a few hundred triples in memory). */
    private static final int BULK_WINDOW_PER_THREAD = 64;

    /** Files in a run from which a build of an empty store goes through the bulk loader. */
    public static final int DEFAULT_BULK_MIN_FILES = 1000;
    /** Time one document may take to read, parse and map (a 1 MB line of digits takes a few seconds). */
    public static final Duration DEFAULT_PER_DOCUMENT_LIMIT = Duration.ofSeconds(120);
    /**
     * Time past its deadline after which a worker that has still not stopped (it is in code without
     * deadline checks) is given up: its document is reported and a new worker takes its place.
     */
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final PolicyGraphStore store;
    private final DocumentPipeline pipeline = new DocumentPipeline();
    private final int threads;
    private final int batchSize;
    private final Clock clock;
    private final int bulkMinFiles;
    private final Duration perDocumentLimit;

    private Ingester(Builder b) {
        this.store = b.store;
        this.threads = b.threads;
        this.batchSize = b.batchSize;
        this.clock = b.clock;
        this.bulkMinFiles = b.bulkMinFiles;
        this.perDocumentLimit = b.perDocumentLimit;
    }

    /** A builder for an ingester into {@code store}, with one worker per core and the defaults above. */
    public static Builder builder(PolicyGraphStore store) {
        return new Builder(store);
    }

    /**
     * Settings of an ingester; each is checked when set, so a wrong value fails where it is given.
     * <pre>{@code
     * Ingester ingester = Ingester.builder(store).threads(2).batchSize(16).noBulkLoad().build();
     * }</pre>
     */
    public static final class Builder {
        private final PolicyGraphStore store;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int batchSize = DEFAULT_BATCH;
        private Clock clock = Clock.systemUTC();
        private int bulkMinFiles = DEFAULT_BULK_MIN_FILES;
        private Duration perDocumentLimit = DEFAULT_PER_DOCUMENT_LIMIT;

        private Builder(PolicyGraphStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** Workers that read, parse and map files at the same time (default: one per core). */
        public Builder threads(int threads) {
            this.threads = atLeastOne(threads, "threads");
            return this;
        }

        /** Documents per commit (default {@value Ingester#DEFAULT_BATCH}). */
        public Builder batchSize(int batchSize) {
            this.batchSize = atLeastOne(batchSize, "batch size");
            return this;
        }

        /** The clock for ingest times and the run's duration (default: the system clock, UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Files in a run from which an empty store is built through the bulk loader (default
         * {@value Ingester#DEFAULT_BULK_MIN_FILES}).
         */
        public Builder bulkMinFiles(int files) {
            this.bulkMinFiles = atLeastOne(files, "bulk minimum");
            return this;
        }

        /** Never take the bulk path: for a store that is being served, whose folder must not be swapped. */
        public Builder noBulkLoad() {
            this.bulkMinFiles = Integer.MAX_VALUE;
            return this;
        }

        /**
         * Time one document may take to read, parse and map, counted from when a worker starts it,
         * before it is stopped and reported.
         */
        public Builder perDocumentLimit(Duration limit) {
            Objects.requireNonNull(limit, "per-document limit");
            if (limit.isNegative() || limit.isZero())
                throw new IllegalArgumentException("per-document limit must be positive, not " + limit);
            this.perDocumentLimit = limit;
            return this;
        }

        /** The ingester with these settings. */
        public Ingester build() {
            return new Ingester(this);
        }

        private static int atLeastOne(int n, String what) {
            if (n < 1)
                throw new IllegalArgumentException(what + " must be at least 1, not " + n);
            return n;
        }
    }

    /** Ingests every supported file under {@code paths}; never throws for a bad document. */
    public IngestReport ingest(List<Path> paths) {
        Instant begin = clock.instant();
        IngestReport report = new IngestReport();
        List<SourceFile> files = discover(paths, report);
        Map<String, StoredVersion> stored = StoredDocuments.read(store.dataset());
        BulkLoad bulk = files.size() >= bulkMinFiles && stored.isEmpty() && isEmpty(store.dataset())
                ? BulkLoad.begin(store) : null;
        report.bulk(bulk != null);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "policygraph-parse");
                    t.setDaemon(true);
                    return t;
                });
        try {
            Deque<Pending> window = new ArrayDeque<>();
            List<Outcome.Mapped> batch = new ArrayList<>();
            boolean forBulk = bulk != null;
            // The bulk loader takes documents one by one, with no commit to wait for, and a deep
            // window keeps the workers parsing while it loads: the loader never waits for a parse.
            int ahead = forBulk ? BULK_WINDOW_PER_THREAD * threads : 2 * threads;
            int perWrite = forBulk ? 1 : batchSize;
            for (SourceFile file : files) {
                AtomicLong started = new AtomicLong(NOT_STARTED);
                window.add(new Pending(file, started, pool.submit(() -> process(file, stored, started, forBulk))));
                if (window.size() >= ahead)
                    take(window.poll(), batch, report, pool);
                if (batch.size() >= perWrite)
                    write(batch, report, bulk);
            }
            while (!window.isEmpty())
                take(window.poll(), batch, report, pool);
            write(batch, report, bulk);
            if (bulk != null)
                bulk.finish();
        } catch (RuntimeException e) {
            if (bulk != null)
                bulk.abort(e);
            throw e;
        } finally {
            pool.shutdownNow();
        }
        report.duration(Duration.between(begin, clock.instant()));
        return report;
    }

    private List<SourceFile> discover(List<Path> paths, IngestReport report) {
        List<SourceFile> files = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path p : paths) {
            try {
                for (SourceFile f : SourceFiles.discover(List.of(p))) {
                    Path other = seen.putIfAbsent(f.key(), f.path());
                    if (other == null)
                        files.add(f);
                    else
                        report.failed(f.path().toString(), "same document key '" + f.key() + "' as " + other
                                + " in this run; ingest them separately or rename one");
                }
            } catch (UncheckedIOException e) {
                report.failed(p.toString(), e.getMessage());
            }
        }
        return files;
    }

    /**
     * Runs on a worker: everything that can be done without the store, within the per-document limit;
     * for a bulk build also the document's summary rows, so that the loader's thread only loads.
     */
    private Outcome process(SourceFile file, Map<String, StoredVersion> stored, AtomicLong startedNanos, boolean forBulk) {
        startedNanos.set(System.nanoTime());
        Instant started = clock.instant();
        try {
            return WorkDeadline.run(perDocumentLimit, () -> {
                DocumentReader.RawFile raw = DocumentReader.load(file.path());
                StoredVersion before = stored.get(file.key());
                if (before != null && before.sha256().equals(raw.sha256())
                        && before.parserVersion().equals(DocumentParser.VERSION))
                    return new Outcome.Unchanged(file.key());
                MappedDocument doc = pipeline.process(raw, file.key());
                List<Quad> summaryRows = forBulk ? Summaries.documentRows(Iris.documentGraph(file.key()), doc.graph()) : List.of();
                return new Outcome.Mapped(doc, summaryRows, before != null, started);
            });
        } catch (DeadlinePassedException e) {
            // Also when interrupted: the ingest gave up on this document, and says why in take().
            Thread.interrupted();
            return tooLong(file, "stopped");
        } catch (UnreadableInputException e) {
            return new Outcome.Failed(file.path().toString(), e.reason());
        } catch (MalformedDocumentException e) {
            return new Outcome.Failed(file.path().toString(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome.Failed(file.path().toString(), "internal error while parsing: " + e);
        }
    }

    private Outcome.Failed tooLong(SourceFile file, String what) {
        return new Outcome.Failed(file.path().toString(),
                "took longer than " + perDocumentLimit.toSeconds() + " s; " + what);
    }

    private static final long NOT_STARTED = Long.MIN_VALUE;

    /** A document handed to a worker, and when the worker started it ({@link #NOT_STARTED} while queued). */
    private record Pending(SourceFile file, AtomicLong startedNanos, Future<Outcome> future) {
    }

    /**
     * Waits for a document's outcome. A document stops itself at its deadline; only one stuck in code
     * without deadline checks is still running {@link #STOP_GRACE} later, and is then given up with
     * an interrupt, its worker replaced so that the documents queued behind it still run.
     */
    private void take(Pending pending, List<Outcome.Mapped> batch, IngestReport report, ThreadPoolExecutor pool) {
        Outcome outcome = null;
        long patience = perDocumentLimit.plus(STOP_GRACE).toNanos();
        while (outcome == null) {
            long started = pending.startedNanos().get();
            long wait = started == NOT_STARTED ? patience : patience - (System.nanoTime() - started);
            try {
                outcome = pending.future().get(Math.max(0, wait), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (started != NOT_STARTED && System.nanoTime() - started >= patience) {
                    pending.future().cancel(true);
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    outcome = tooLong(pending.file(), "did not stop, abandoned");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("Ingest interrupted", e);
            } catch (ExecutionException e) {
                throw new StoreException("Unexpected failure in a parse worker", e.getCause());
            }
        }
        if (outcome instanceof Outcome.Mapped m)
            batch.add(m);
        else if (outcome instanceof Outcome.Unchanged u)
            report.unchanged(u.key());
        else if (outcome instanceof Outcome.Failed f)
            report.failed(f.file(), f.reason());
    }

    private static boolean isEmpty(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, dsg::isEmpty);
    }

    private void write(List<Outcome.Mapped> batch, IngestReport report, BulkLoad bulk) {
        if (bulk == null) {
            commit(batch, report);
            return;
        }
        Instant now = clock.instant();
        for (Outcome.Mapped m : batch)
            recordWritten(m, DocumentWriter.write(m.doc(), m.summaryRows(), m.started(), now, bulk), report);
        batch.clear();
    }

    private void commit(List<Outcome.Mapped> batch, IngestReport report) {
        if (batch.isEmpty())
            return;
        DatasetGraph dsg = store.dataset();
        try {
            List<Long> counts = Txn.calculateWrite(dsg, () -> {
                Instant now = clock.instant();
                SummaryUpdate summaries = SummaryUpdate.begin(dsg);
                List<Long> written = new ArrayList<>();
                for (Outcome.Mapped m : batch)
                    written.add(DocumentWriter.replace(dsg, m.doc(), m.started(), now, summaries));
                summaries.finish();
                return written;
            });
            for (int i = 0; i < batch.size(); i++)
                recordWritten(batch.get(i), counts.get(i), report);
        } catch (RuntimeException batchFailure) {
            for (Outcome.Mapped m : batch)
                commitAlone(m, report);
        }
        batch.clear();
    }

    private void commitAlone(Outcome.Mapped m, IngestReport report) {
        DatasetGraph dsg = store.dataset();
        try {
            long count = Txn.calculateWrite(dsg, () -> {
                SummaryUpdate summaries = SummaryUpdate.begin(dsg);
                long written = DocumentWriter.replace(dsg, m.doc(), m.started(), clock.instant(), summaries);
                summaries.finish();
                return written;
            });
            recordWritten(m, count, report);
        } catch (RuntimeException e) {
            report.failed(m.doc().source().key(), "cannot be written to the store: " + e.getMessage());
        }
    }

    private static void recordWritten(Outcome.Mapped m, long count, IngestReport report) {
        String key = m.doc().source().key();
        if (m.replacing())
            report.replaced(key, m.doc().kind(), count);
        else
            report.added(key, m.doc().kind(), count);
        report.diagnostics(m.doc().diagnostics());
    }

    /** What a worker hands to the writer for one file. */
    private sealed interface Outcome {
        record Mapped(MappedDocument doc, List<Quad> summaryRows, boolean replacing, Instant started) implements Outcome {
        }

        record Unchanged(String key) implements Outcome {
        }

        record Failed(String file, String reason) implements Outcome {
        }
    }
}
