package org.policygraph.ingest;

import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.policygraph.deadline.DeadlinePassedException;
import org.policygraph.deadline.WorkDeadline;
import org.policygraph.parse.DocumentParser;
import org.policygraph.parse.MalformedDocumentException;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.rdf.Iris;
import org.policygraph.store.BulkLoad;
import org.policygraph.store.DocumentWriter;
import org.policygraph.store.NoSpace;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.StoreException;
import org.policygraph.store.StoredDocuments;
import org.policygraph.store.StoredVersion;
import org.policygraph.store.Summaries;
import org.policygraph.store.SummaryUpdate;
import org.policygraph.store.WriteGate;
import org.policygraph.text.DocumentReader;
import org.policygraph.text.FileStamp;
import org.policygraph.text.SourceFiles;
import org.policygraph.text.SourceFiles.SourceFile;
import org.policygraph.text.UnreadableInputException;
import org.policygraph.textindex.TextIndex;

/**
 * Ingests files and folders into the store: reads, parses and maps them through the pipeline and
 * hands the results to the store, which is only the sink.
 * <p>
 * Files are read, parsed and mapped on all cores; a single writer commits the results in batches,
 * so that a large build does not pay one durable commit per document, while each document's graph
 * is still replaced whole within one transaction. At most a bounded number of documents is in
 * memory at any time. Unchanged files are skipped before they are decoded: without being read when
 * their size and times are those recorded for their stored version ({@link FileStamp}),
 * else when their SHA-256 and the parser version are the stored ones. A document that fails is
 * reported with its file and reason and costs nothing else: if a batch cannot be committed, its
 * documents are retried one transaction each. A document whose work
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
    private final boolean removeDeleted;

    private Ingester(Builder b) {
        this.store = b.store;
        this.threads = b.threads;
        this.batchSize = b.batchSize;
        this.clock = b.clock;
        this.bulkMinFiles = b.bulkMinFiles;
        this.perDocumentLimit = b.perDocumentLimit;
        this.removeDeleted = b.removeDeleted;
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
        private boolean removeDeleted;

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

        /**
         * Remove the documents of deleted files ({@link #ingestChanges}); by default their graphs
         * are kept, and the report says so.
         */
        public Builder removeDeleted(boolean remove) {
            this.removeDeleted = remove;
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
        long discoverStart = System.nanoTime();
        IngestReport report = new IngestReport();
        List<SourceFile> files = new ArrayList<>();
        for (Path p : paths) {
            try {
                files.addAll(SourceFiles.discover(List.of(p)));
            } catch (UncheckedIOException e) {
                report.failed(p.toString(), e.getMessage());
            }
        }
        report.phase("discover files", Duration.ofNanos(System.nanoTime() - discoverStart));
        run(uniqueKeys(files, report), List.of(), report);
        report.duration(Duration.between(begin, clock.instant()));
        return report;
    }

    /**
     * Ingests just these files, each under its own key, and settles the documents of the files that
     * are {@code gone}: the run of a watcher, which knows what changed since it last looked. A gone
     * file whose content comes back under another key is a move; any other gone file's document is
     * kept, or removed when the ingester was built with {@link Builder#removeDeleted}, and the
     * report says which. Never throws for a bad document.
     */
    public IngestReport ingestChanges(List<SourceFile> changed, List<SourceFile> gone) {
        Instant begin = clock.instant();
        IngestReport report = new IngestReport();
        run(uniqueKeys(changed, report), gone, report);
        report.duration(Duration.between(begin, clock.instant()));
        return report;
    }

    /** What the workers of one run need to know: the stored versions of its keys, and which files come and go. */
    private record RunContext(Map<String, StoredVersion> stored, Map<String, SourceFile> files,
                              Map<String, SourceFile> gone, boolean emptyStore) {
    }

    private void run(List<SourceFile> files, List<SourceFile> gone, IngestReport report) {
        Map<String, SourceFile> byKey = new HashMap<>();
        files.forEach(f -> byKey.put(f.key(), f));
        Map<String, SourceFile> goneByKey = new HashMap<>();
        gone.forEach(f -> goneByKey.put(f.key(), f));
        // Only the keys at hand: the cost of a run follows its files, not the size of the store.
        long lookupStart = System.nanoTime();
        Map<String, StoredVersion> stored = StoredDocuments.lookup(store.dataset(), byKey.keySet());
        boolean empty = stored.isEmpty() && isEmpty(store.dataset());
        report.phase("look up stored versions", Duration.ofNanos(System.nanoTime() - lookupStart));
        BulkLoad bulk = files.size() >= bulkMinFiles && empty ? BulkLoad.begin(store) : null;
        report.bulk(bulk != null);
        RunContext context = new RunContext(stored, byKey, goneByKey, empty);
        RunClaims claims = new RunClaims();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "policygraph-parse");
                    t.setDaemon(true);
                    return t;
                });
        try {
            Deque<Pending> window = new ArrayDeque<>();
            List<Outcome.Write> batch = new ArrayList<>();
            boolean forBulk = bulk != null;
            // The bulk loader takes documents one by one, with no commit to wait for, and a deep
            // window keeps the workers parsing while it loads: the loader never waits for a parse.
            int ahead = forBulk ? BULK_WINDOW_PER_THREAD * threads : 2 * threads;
            int perWrite = forBulk ? 1 : batchSize;
            for (SourceFile file : files) {
                AtomicLong started = new AtomicLong(NOT_STARTED);
                Future<Outcome> outcome = unchangedOnDisk(file, context)
                        .<Future<Outcome>>map(CompletableFuture::completedFuture)
                        .orElseGet(() -> pool.submit(() -> process(file, context, started, forBulk)));
                window.add(new Pending(file, started, outcome));
                if (window.size() >= ahead)
                    take(window.poll(), batch, report, pool, claims);
                if (batch.size() >= perWrite)
                    write(batch, report, bulk);
            }
            while (!window.isEmpty())
                take(window.poll(), batch, report, pool, claims);
            write(batch, report, bulk);
            if (bulk != null) {
                bulk.finish();
                bulk.phases().forEach(report::phase);
            }
        } catch (RuntimeException | InternalError e) {
            // InternalError: TDB2 writing through a memory-mapped file on a full file system.
            if (bulk != null)
                bulk.abort(e instanceof RuntimeException r ? r : new StoreException(e.toString(), e));
            throw NoSpace.explain(e, store.location(), "write to");
        } finally {
            pool.shutdownNow();
        }
        // Writes wait at the store's gate while a compaction copies it, one commit at a time.
        WriteGate.of(store.dataset()).writing(() -> settleGone(gone, claims, report));
    }

    /** The files of a run with one file per key: a second file with a key already taken is refused. */
    private static List<SourceFile> uniqueKeys(List<SourceFile> candidates, IngestReport report) {
        List<SourceFile> files = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (SourceFile f : candidates) {
            Path other = seen.putIfAbsent(f.key(), f.path());
            if (other == null)
                files.add(f);
            else
                report.failed(f.path().toString(), "same document key '" + f.key() + "' as " + other
                        + " in this run; ingest them separately or rename one");
        }
        return files;
    }

    /**
     * Keeps or removes the documents of files that are gone and were not moved in this run, and
     * says which. Documents the store does not hold (a file that had failed) need nothing.
     */
    private void settleGone(List<SourceFile> gone, RunClaims claims, IngestReport report) {
        List<SourceFile> left = gone.stream().filter(f -> !claims.movedFrom(f.key())).toList();
        if (left.isEmpty())
            return;
        DatasetGraph dsg = store.dataset();
        Map<String, StoredVersion> stored = StoredDocuments.lookup(dsg, left.stream().map(SourceFile::key).toList());
        List<SourceFile> held = left.stream().filter(f -> stored.containsKey(f.key())).toList();
        if (removeDeleted && !held.isEmpty()) {
            TextIndex text = store.textIndex();
            List<Node> graphs = held.stream().map(f -> Iris.documentGraph(f.key())).toList();
            text.willChange(graphs);
            Txn.executeWrite(dsg, () -> {
                SummaryUpdate summaries = SummaryUpdate.begin(dsg);
                held.forEach(f -> DocumentWriter.remove(dsg, f.key(), summaries));
                summaries.finish();
            });
            text.refresh(dsg, graphs);
        }
        for (SourceFile f : held)
            report.deleted(new IngestReport.Deletion(f.key(), f.path().toString(), removeDeleted));
    }

    /**
     * The file as unchanged, known from its size and times without reading it: the ones
     * recorded when its stored version was read ({@link StoredVersion#sameFile}), by the same parser.
     * Empty when that cannot be told; then a worker reads and hashes the file.
     */
    private static Optional<Outcome> unchangedOnDisk(SourceFile file, RunContext context) {
        StoredVersion before = context.stored().get(file.key());
        if (before == null || before.modified().isEmpty() || !before.parserVersion().equals(DocumentParser.VERSION))
            return Optional.empty();
        return FileStamp.of(file.path()).filter(before::sameFile).map(stamp -> new Outcome.Unchanged(file.key(), false));
    }

    /**
     * Runs on a worker: everything that can be done without the store, within the per-document limit;
     * for a bulk build also the document's summary rows, so that the loader's thread only loads.
     */
    private Outcome process(SourceFile file, RunContext context, AtomicLong startedNanos, boolean forBulk) {
        startedNanos.set(System.nanoTime());
        Instant started = clock.instant();
        try {
            return WorkDeadline.run(perDocumentLimit, () -> {
                // The system clock, not the run's: it is compared with the file system's times.
                Instant readStart = Instant.now();
                Optional<FileStamp> settled = FileStamp.of(file.path()).filter(stamp -> stamp.settledBefore(readStart));
                DocumentReader.RawFile raw = DocumentReader.load(file.path());
                StoredVersion before = context.stored().get(file.key());
                if (before != null && before.sha256().equals(raw.sha256())
                        && before.parserVersion().equals(DocumentParser.VERSION)) {
                    // Same content: record the file's time, so that the next run need not read it.
                    boolean known = settled.isEmpty() || before.hasTimesOf(settled.get());
                    return known ? new Outcome.Unchanged(file.key(), true) : new Outcome.Restamp(file.key(), settled.get());
                }
                if (before == null && !context.emptyStore()) {
                    Optional<Outcome> known = knownContent(file, raw.sha256(), settled, context);
                    if (known.isPresent())
                        return known.get();
                }
                MappedDocument doc = pipeline.process(raw, file.key());
                List<Quad> summaryRows = forBulk ? Summaries.documentRows(Iris.documentGraph(file.key()), doc.graph()) : List.of();
                return new Outcome.Mapped(doc, file.path(), settled, summaryRows, before != null, started);
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

    /**
     * A new key whose content the store already holds under another key: a move when that key's
     * file is gone (renamed), a duplicate when that file still holds the same content. Empty when
     * the content is new, or when the other file has changed since (then this file is simply new).
     * One lookup by hash, only for files new to the store.
     */
    private Optional<Outcome> knownContent(SourceFile file, String sha256, Optional<FileStamp> settled, RunContext context) {
        DatasetGraph dsg = store.dataset();
        // The same bytes under another extension are read another way (.txt against .md): not the same document.
        Optional<String> mediaType = SourceFiles.mediaType(Path.of(file.key()));
        List<StoredDocuments.StoredSource> copies = Txn.calculateRead(dsg, () -> StoredDocuments.withContent(dsg, sha256))
                .stream().filter(c -> SourceFiles.mediaType(Path.of(c.key())).equals(mediaType)).toList();
        for (StoredDocuments.StoredSource copy : copies) {
            boolean gone = context.gone().containsKey(copy.key())
                    || (!context.files().containsKey(copy.key()) && copy.path().map(p -> !Files.exists(p)).orElse(false));
            if (gone)
                return Optional.of(new Outcome.Moved(file, copy.key(), sha256, settled));
        }
        for (StoredDocuments.StoredSource copy : copies) {
            SourceFile inRun = context.files().get(copy.key());
            Optional<Path> current = inRun != null ? Optional.of(inRun.path()) : copy.path();
            // A store that never recorded the path cannot tell: keep the one copy rather than add another.
            if (current.isEmpty() || holds(current.get(), sha256))
                return Optional.of(new Outcome.Duplicate(new IngestReport.Duplicate(file.path().toString(), file.key(),
                        copy.key(), current.map(Path::toString).orElse(""))));
        }
        return Optional.empty();
    }

    /** True when {@code file} exists and its bytes hash to {@code sha256}. */
    private static boolean holds(Path file, String sha256) {
        try {
            return DocumentReader.load(file).sha256().equals(sha256);
        } catch (UnreadableInputException e) {
            return false;
        }
    }

    private Outcome.Failed tooLong(SourceFile file, String what) {
        return new Outcome.Failed(file.path().toString(),
                "took longer than " + perDocumentLimit.toSeconds() + " s; " + what);
    }

    private static final long NOT_STARTED = Long.MIN_VALUE;

    /** The writer's time blocked on documents not yet read, parsed and mapped: what parsing costs the load. */
    private static final String WAITING_FOR_WORKERS = "writer waiting for parse workers (part of streaming)";

    /** A document handed to a worker, and when the worker started it ({@link #NOT_STARTED} while queued). */
    private record Pending(SourceFile file, AtomicLong startedNanos, Future<Outcome> future) {
    }

    /**
     * Waits for a document's outcome. A document stops itself at its deadline; only one stuck in code
     * without deadline checks is still running {@link #STOP_GRACE} later, and is then given up with
     * an interrupt, its worker replaced so that the documents queued behind it still run.
     */
    private void take(Pending pending, List<Outcome.Write> batch, IngestReport report, ThreadPoolExecutor pool,
                      RunClaims claims) {
        Outcome outcome = null;
        long patience = perDocumentLimit.plus(STOP_GRACE).toNanos();
        long waitStart = System.nanoTime();
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
        report.phase(WAITING_FOR_WORKERS, Duration.ofNanos(System.nanoTime() - waitStart));
        outcome = claims.settle(pending.file(), outcome);
        if (outcome instanceof Outcome.Write w)
            batch.add(w);
        else if (outcome instanceof Outcome.Duplicate d)
            report.duplicate(d.duplicate());
        else if (outcome instanceof Outcome.Unchanged u && u.read())
            report.unchanged(u.key());
        else if (outcome instanceof Outcome.Unchanged u)
            report.unchangedUnread(u.key());
        else if (outcome instanceof Outcome.Failed f)
            report.failed(f.file(), f.reason());
    }

    private static boolean isEmpty(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, dsg::isEmpty);
    }

    private void write(List<Outcome.Write> batch, IngestReport report, BulkLoad bulk) {
        if (bulk == null) {
            WriteGate.of(store.dataset()).writing(() -> commit(batch, report));
            return;
        }
        long start = System.nanoTime();
        Instant now = clock.instant();
        for (Outcome.Write w : batch) {
            // An empty store has nothing to move: only new documents come this way.
            Outcome.Mapped m = (Outcome.Mapped) w;
            long count = DocumentWriter.write(m.doc(), m.started(), now, bulk);
            bulk.addSummaryRows(m.summaryRows());
            DocumentWriter.recordSource(m.doc().source().key(), m.path(), m.stamp(), bulk);
            recordWritten(m, count, report);
            bulk.indexText(Iris.documentGraph(m.key()), m.doc().graph());
        }
        batch.clear();
        report.phase("writer handing quads to the loader (part of streaming)", Duration.ofNanos(System.nanoTime() - start));
    }

    /** Applies one write to the store, inside a write transaction; returns the triples written or moved. */
    private static long apply(DatasetGraph dsg, Outcome.Write w, Instant now, SummaryUpdate summaries) {
        return switch (w) {
            case Outcome.Mapped m -> {
                long count = DocumentWriter.replace(dsg, m.doc(), m.started(), now, summaries);
                DocumentWriter.recordSource(m.doc().source().key(), m.path(), m.stamp(), dsg::add);
                yield count;
            }
            case Outcome.Moved m -> DocumentWriter.move(dsg, m.from(), m.file().key(), m.file().path(), m.stamp(), summaries);
            case Outcome.Restamp r -> {
                DocumentWriter.restamp(dsg, r.key(), r.stamp());
                yield 0;
            }
        };
    }

    private void commit(List<Outcome.Write> batch, IngestReport report) {
        if (batch.isEmpty())
            return;
        DatasetGraph dsg = store.dataset();
        TextIndex text = store.textIndex();
        List<Node> graphs = batch.stream().flatMap(w -> graphsOf(w).stream()).toList();
        // A batch of recorded file times only (the first run after an upgrade) leaves the index as it is.
        if (!graphs.isEmpty())
            text.willChange(graphs);
        try {
            long begin = System.nanoTime();
            long[] applied = new long[2];
            List<Long> counts = Txn.calculateWrite(dsg, () -> {
                Instant now = clock.instant();
                SummaryUpdate summaries = SummaryUpdate.begin(dsg);
                List<Long> written = new ArrayList<>();
                for (Outcome.Write w : batch)
                    written.add(apply(dsg, w, now, summaries));
                applied[0] = System.nanoTime();
                summaries.finish();
                applied[1] = System.nanoTime();
                return written;
            });
            report.phase("write: documents replaced, with their own summary rows", Duration.ofNanos(applied[0] - begin));
            report.phase("write: summary totals and per-key rows recomputed", Duration.ofNanos(applied[1] - applied[0]));
            report.phase("write: store commit", Duration.ofNanos(System.nanoTime() - applied[1]));
            for (int i = 0; i < batch.size(); i++)
                recordWritten(batch.get(i), counts.get(i), report);
        } catch (RuntimeException | InternalError batchFailure) {
            // A full file system fails every document alike: stop with one clear message instead.
            if (NoSpace.causedIn(batchFailure, store.location()) || batchFailure instanceof InternalError) {
                refreshAfterFailure(text, dsg, graphs, batchFailure);
                throw NoSpace.explain(batchFailure, store.location(), "write to");
            }
            for (Outcome.Write w : batch)
                commitAlone(w, report);
            // Whatever landed: the index follows the store, read back from it.
            text.refresh(dsg, graphs);
            batch.clear();
            return;
        }
        // Committed: the index takes new and replaced graphs from memory, moved ones from the store.
        if (graphs.isEmpty()) {
            batch.clear();
            return;
        }
        long indexing = System.nanoTime();
        List<Node> moved = new ArrayList<>();
        for (Outcome.Write w : batch) {
            if (w instanceof Outcome.Mapped m)
                text.put(Iris.documentGraph(m.key()), m.doc().graph());
            else
                moved.addAll(graphsOf(w));
        }
        if (moved.isEmpty())
            text.commit();
        else
            text.refresh(dsg, moved);
        report.phase("write: text index", Duration.ofNanos(System.nanoTime() - indexing));
        batch.clear();
    }

    /** The graphs a write changes: a move empties one graph and fills another. */
    private static List<Node> graphsOf(Outcome.Write w) {
        return switch (w) {
            case Outcome.Mapped m -> List.of(Iris.documentGraph(m.key()));
            case Outcome.Moved m -> List.of(Iris.documentGraph(m.from()), Iris.documentGraph(m.key()));
            case Outcome.Restamp r -> List.of();
        };
    }

    /** Brings the index in step after a failed commit; a failure to do so is kept beside the cause (the journal replays it on the next open). */
    private static void refreshAfterFailure(TextIndex text, DatasetGraph dsg, List<Node> graphs, Throwable cause) {
        try {
            text.refresh(dsg, graphs);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private void commitAlone(Outcome.Write w, IngestReport report) {
        DatasetGraph dsg = store.dataset();
        try {
            long count = Txn.calculateWrite(dsg, () -> {
                SummaryUpdate summaries = SummaryUpdate.begin(dsg);
                long written = apply(dsg, w, clock.instant(), summaries);
                summaries.finish();
                return written;
            });
            recordWritten(w, count, report);
        } catch (RuntimeException e) {
            report.failed(w.key(), "cannot be written to the store: " + e.getMessage());
        }
    }

    private static void recordWritten(Outcome.Write w, long count, IngestReport report) {
        switch (w) {
            case Outcome.Mapped m -> {
                String key = m.doc().source().key();
                if (m.replacing())
                    report.replaced(key, m.doc().kind(), count);
                else
                    report.added(key, m.doc().kind(), count);
                report.diagnostics(m.doc().diagnostics());
            }
            case Outcome.Moved m -> report.moved(new IngestReport.Move(m.from(), m.file().key(), m.file().path().toString()));
            case Outcome.Restamp r -> report.unchanged(r.key());
        }
    }

    /** What a worker hands to the writer for one file. */
    sealed interface Outcome {
        /** An outcome that changes the store. */
        sealed interface Write extends Outcome {
            /** The key written. */
            String key();
        }

        /**
         * A document read and mapped, with its file's stamp when read if it was settled;
         * {@code summaryRows} only for a bulk build, empty otherwise.
         */
        record Mapped(MappedDocument doc, Path path, Optional<FileStamp> stamp, List<Quad> summaryRows, boolean replacing,
                      Instant started) implements Write {
            @Override
            public String key() {
                return doc.source().key();
            }
        }

        /**
         * A renamed file: the document stored under {@code from} moves to the file's key, with the
         * file's stamp when read if it was settled.
         */
        record Moved(SourceFile file, String from, String sha256, Optional<FileStamp> stamp) implements Write {
            @Override
            public String key() {
                return file.key();
            }
        }

        /** An unchanged file whose stamp is now recorded: nothing of its document changes. */
        record Restamp(String key, FileStamp stamp) implements Write {
        }

        record Duplicate(IngestReport.Duplicate duplicate) implements Outcome {
        }

        /** An unchanged file: read and found with its stored hash, or known by its size and time ({@code read} false). */
        record Unchanged(String key, boolean read) implements Outcome {
        }

        record Failed(String file, String reason) implements Outcome {
        }
    }
}
