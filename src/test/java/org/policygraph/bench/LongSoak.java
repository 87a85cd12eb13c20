package org.policygraph.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.policygraph.ingest.FolderWatcher;
import org.policygraph.maintenance.StoreMaintenance;
import org.policygraph.rdf.Iris;
import org.policygraph.server.PolicyGraphServer;
import org.policygraph.server.QueryCatalogue;
import org.policygraph.server.ServerSettings;
import org.policygraph.store.CompactedSize;
import org.policygraph.store.Compaction;
import org.policygraph.store.DerivedData;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.StoreSize;
import org.policygraph.store.StoredDocuments;

/**
 * The soak of issue 16 (loopback only), what {@code serve --watch} does for months, in one process:
 * the server on a store with automatic compaction on, {@code CLIENTS} clients sending the catalogue
 * queries in turn, while a feeder writes new documents and changed versions of earlier ones into
 * the watched folder. Every {@code SAMPLE} seconds one line: requests and errors, documents behind
 * (new files fed at least one sample ago that have no graph yet: the watcher's backlog; a document
 * is lost only if it is still missing once the watcher has had up to 15 minutes with no feed and no
 * queries; how many were behind 180 s after the feed stopped is printed as well), the store's size against its compacted size
 * (what the documents it holds would take compacted, as auto-compaction estimates it: the last
 * compaction's size and the documents added since at the size per document learnt; then the last
 * compaction's bare size, "rec") both ways (the live generation, what the waste is judged on, and the whole folder, which during a
 * compaction holds the copy as well; in file lengths, and the folder's blocks on disk as du counts
 * them, TDB2's files being sparse), heap after a full collection, latency percentiles of the
 * interval, and the longest wait of a probe that asks a trivial query every 250 ms (what a
 * compaction's switch costs a query). At the end the watcher's last batch is waited for, every fed
 * file must have its graph, latency per query is printed, and the store is compacted once more to
 * give its true compacted size, against which the last estimate is checked. With COMPACT_ABOVE 0 and CHANGED_PER_FEED 0 it is the soak of issue
 * 10 (new documents only, no compaction).
 * <pre>
 * LongSoak STORE WATCH_DIR MINUTES CLIENTS SAMPLE_SECONDS FEED_EVERY_SECONDS NEW_PER_FEED CHANGED_PER_FEED COMPACT_ABOVE QUERY_LIMIT_SECONDS
 * </pre>
 */
public final class LongSoak {

    private LongSoak() {
    }

    public static void main(String[] args) throws Exception {
        Path storeDir = Path.of(args[0]);
        Path watchDir = Files.createDirectories(Path.of(args[1]));
        Duration length = Duration.ofSeconds((long) (Double.parseDouble(args[2]) * 60));
        int clients = Integer.parseInt(args[3]);
        Duration sample = Duration.ofSeconds(Long.parseLong(args[4]));
        long feedEvery = Long.parseLong(args[5]);
        int newPerFeed = Integer.parseInt(args[6]);
        int changedPerFeed = Integer.parseInt(args[7]);
        double compactAbove = Double.parseDouble(args[8]);
        Duration timeout = Duration.ofSeconds(args.length > 9 ? Long.parseLong(args[9]) : 60);

        List<QueryCatalogue.Entry> catalogue = QueryCatalogue.load().stream()
                .filter(e -> !e.query().contains("SERVICE")).toList();
        try (PolicyGraphStore store = PolicyGraphStore.openExisting(storeDir)) {
            FusekiServer server = PolicyGraphServer.start(store.dataset(), ServerSettings.DEFAULTS.withPort(0).withTimeout(timeout));
            org.apache.jena.atlas.logging.LogCtl.setLevel("policygraph.request", "WARN");
            String url = PolicyGraphServer.queryUrl(server, "127.0.0.1");
            AtomicInteger added = new AtomicInteger();
            AtomicInteger replaced = new AtomicInteger();
            AtomicInteger ingestFailures = new AtomicInteger();
            FolderWatcher watcher = FolderWatcher.start(store, List.of(watchDir), Duration.ofSeconds(2), r -> {
                added.addAndGet(r.added().size());
                replaced.addAndGet(r.replaced().size());
                ingestFailures.addAndGet(r.failures().size());
                r.failures().forEach(f -> System.out.println("ingest failure: " + f));
            });
            StoreMaintenance maintenance = StoreMaintenance.start(store, compactAbove, Duration.ofSeconds(30),
                    (s, cause) -> s.textIndex().reconcile(s.dataset()));
            System.out.printf("soak: %s, %d clients, %d catalogue queries, %d new and %d changed documents every %d s,"
                    + " compaction above %.2fx checked every 30 s, sample every %d s, at most %d queries answered at once%n", length,
                    clients, catalogue.size(), newPerFeed, changedPerFeed, feedEvery, compactAbove, sample.toSeconds(),
                    ServerSettings.DEFAULTS.maxQueries());
            System.out.printf("start: store %s (%s on disk), compacted size %s, heap after full GC %.1f MiB, query limit %d s%n",
                    StoreSize.human(StoreSize.of(storeDir)), StoreSize.human(onDisk(storeDir)),
                    CompactedSize.read(storeDir).map(c -> StoreSize.human(c.bytes())).orElse("not recorded"), liveHeapMiB(),
                    timeout.toSeconds());

            long deadline = System.nanoTime() + length.toNanos();
            List<Long> interval = Collections.synchronizedList(new ArrayList<>());
            List<Long> all = Collections.synchronizedList(new ArrayList<>());
            Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
            Map<String, List<Long>> perQuery = new ConcurrentHashMap<>();
            AtomicLong probeMax = new AtomicLong();
            AtomicLong requests = new AtomicLong();
            Map<String, Long> fedAt = new ConcurrentHashMap<>();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            ExecutorService pool = Executors.newFixedThreadPool(clients + 2);
            pool.submit(() -> feed(watchDir, deadline, feedEvery, newPerFeed, changedPerFeed, fedAt));
            pool.submit(() -> probe(http, url, deadline, timeout, probeMax));
            for (int c = 0; c < clients; c++) {
                int client = c;
                pool.submit(() -> {
                    for (int i = 0; System.nanoTime() < deadline; i++) {
                        QueryCatalogue.Entry q = catalogue.get((client * 5 + i) % catalogue.size());
                        long t0 = System.nanoTime();
                        String error = null;
                        try {
                            HttpResponse<byte[]> r = http.send(request(url, q, timeout), HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200)
                                error = "HTTP " + r.statusCode();
                        } catch (Exception e) {
                            error = e.getClass().getSimpleName();
                        }
                        requests.incrementAndGet();
                        if (error != null)
                            errors.computeIfAbsent(q.file() + ": " + error, k -> new AtomicInteger()).incrementAndGet();
                        else {
                            long took = System.nanoTime() - t0;
                            interval.add(took);
                            all.add(took);
                            perQuery.computeIfAbsent(q.file(), k -> Collections.synchronizedList(new ArrayList<>())).add(took);
                        }
                    }
                    return null;
                });
            }
            pool.shutdown();
            System.out.printf("%-5s %8s %6s %5s %6s %10s %10s %10s %5s %6s %10s %5s %10s %8s %7s %7s %7s %8s%n", "min", "requests", "errors",
                    "fed", "behind", "live", "folder", "compacted", "live", "folder", "recorded", "rec", "folder du", "heap MiB", "p50 ms",
                    "p95 ms", "p99 ms", "probe ms");
            long start = System.nanoTime();
            double maxRatio = 0;
            double maxFolderRatio = 0;
            int maxLost = 0;
            while (System.nanoTime() < deadline) {
                Thread.sleep(Math.min(sample.toMillis(), Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
                List<Long> xs;
                synchronized (interval) {
                    xs = new ArrayList<>(interval);
                    interval.clear();
                }
                Collections.sort(xs);
                long size = StoreSize.live(storeDir);
                long folder = StoreSize.of(storeDir);
                Optional<CompactedSize> record = CompactedSize.read(storeDir);
                long recorded = record.map(CompactedSize::bytes).orElse(size);
                long compacted = record.map(r -> r.expectedFor(StoredDocuments.count(store.dataset()))).orElse(size);
                double ratio = (double) size / compacted;
                double folderRatio = (double) folder / compacted;
                maxFolderRatio = Math.max(maxFolderRatio, folderRatio);
                int lost = behind(store, fedAt, System.nanoTime() - sample.toNanos());
                maxRatio = Math.max(maxRatio, ratio);
                maxLost = Math.max(maxLost, lost);
                System.out.printf("%-5.1f %8d %6d %5d %6d %10s %10s %10s %5.2f %6.2f %10s %5.2f %10s %8.1f %7.0f %7.0f %7.0f %8.0f%n",
                        (System.nanoTime() - start) / 60e9, requests.get(), errors.values().stream().mapToInt(AtomicInteger::get).sum(),
                        fedAt.size(), lost, StoreSize.human(size), StoreSize.human(folder), StoreSize.human(compacted), ratio,
                        folderRatio, StoreSize.human(recorded), (double) size / recorded, StoreSize.human(onDisk(storeDir)), liveHeapMiB(), pct(xs, 50), pct(xs, 95), pct(xs, 99),
                        probeMax.getAndSet(0) / 1e6);
            }
            pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
            // Behind at 180 s is how long the feed's last minutes wait (a compaction under way holds them); lost is what
            // never lands, judged once the watcher has had up to 15 minutes with no feed and no queries.
            long feedStopped = System.nanoTime();
            long at180 = feedStopped + Duration.ofSeconds(180).toNanos();
            long giveUp = feedStopped + Duration.ofMinutes(15).toNanos();
            int behindAt180 = -1;
            int missing;
            while ((missing = behind(store, fedAt, System.nanoTime())) > 0 && System.nanoTime() < giveUp) {
                if (behindAt180 < 0 && System.nanoTime() >= at180)
                    behindAt180 = missing;
                Thread.sleep(1000);
            }
            double landedAfter = (System.nanoTime() - feedStopped) / 1e9;
            if (behindAt180 < 0)
                behindAt180 = 0;
            watcher.close();
            maintenance.close();
            server.stop();

            Collections.sort(all);
            int errorCount = errors.values().stream().mapToInt(AtomicInteger::get).sum();
            System.out.printf("requests: %d, errors: %d%n", requests.get(), errorCount);
            errors.forEach((k, v) -> System.out.println("error: " + k + " x" + v));
            System.out.printf("latency, whole run: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n", pct(all, 50), pct(all, 95),
                    pct(all, 99), all.isEmpty() ? 0 : all.get(all.size() - 1) / 1e6);
            System.out.printf("%-45s %6s %8s %8s %8s%n", "query", "n", "p50 ms", "p95 ms", "max ms");
            new java.util.TreeMap<>(perQuery).forEach((q, l) -> {
                List<Long> xs = new ArrayList<>(l);
                Collections.sort(xs);
                System.out.printf("%-45s %6d %8.0f %8.0f %8.0f%n", q, xs.size(), pct(xs, 50), pct(xs, 95), pct(xs, 100));
            });
            System.out.printf("documents: %d distinct files fed; watcher added %d, replaced %d, failed %d; behind 180 s after the"
                    + " feed stopped: %d; lost (still missing %s): %d (most behind at a sample: %d)%n", fedAt.size(), added.get(),
                    replaced.get(), ingestFailures.get(), behindAt180, missing > 0 ? "15 minutes after the feed stopped"
                            : String.format(java.util.Locale.ROOT, "once all had landed, %.0f s after the feed stopped", landedAfter),
                    missing, maxLost);
            long end = StoreSize.of(storeDir);
            long endDisk = onDisk(storeDir);
            long documentsAtEnd = StoredDocuments.count(store.dataset());
            Optional<CompactedSize> recordAtEnd = CompactedSize.read(storeDir);
            Compaction.Result last = Compaction.run(store, DerivedData.NONE);
            recordAtEnd.ifPresent(r -> System.out.printf("estimate checked: %d documents; expected compacted %s (last compaction %s"
                    + " at %d documents, %s per document learnt); compacted now %s; expected/compacted %.2f%n", documentsAtEnd,
                    StoreSize.human(r.expectedFor(documentsAtEnd)), StoreSize.human(r.bytes()), r.documents(),
                    r.perDocument() < 0 ? "none" : StoreSize.human(r.perDocument()), StoreSize.human(last.after()),
                    (double) r.expectedFor(documentsAtEnd) / last.after()));
            long compactedDisk = onDisk(storeDir);
            System.out.printf("store at the end: %s (%s on disk); compacted now: %s (%s on disk); end/compacted %.2f (on disk %.2f);"
                    + " highest sampled ratio: live %.2f, folder %.2f%n", StoreSize.human(end), StoreSize.human(endDisk),
                    StoreSize.human(last.after()), StoreSize.human(compactedDisk), (double) end / last.after(),
                    (double) endDisk / compactedDisk, maxRatio, maxFolderRatio);
            System.out.printf("heap after a full collection at end: %.1f MiB%n", liveHeapMiB());
        }
        System.exit(0);
    }

    /** Asks a trivial query every 250 ms and keeps the longest wait: a query held by a compaction's switch shows here. */
    private static Void probe(HttpClient http, String url, long deadline, Duration timeout, AtomicLong longest) throws Exception {
        HttpRequest ask = HttpRequest.newBuilder(URI.create(url)).timeout(timeout.plusSeconds(30))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("ASK { GRAPH ?g { ?s ?p ?o } }")).build();
        while (System.nanoTime() < deadline) {
            long t0 = System.nanoTime();
            try {
                http.send(ask, HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException e) {
                // Counted by the clients; the probe only times.
            }
            longest.accumulateAndGet(System.nanoTime() - t0, Math::max);
            Thread.sleep(250);
        }
        return null;
    }

    /** Bytes the folder takes on disk (du's blocks: TDB2 files are sparse), or -1 where du is not there. */
    private static long onDisk(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return Long.parseLong(out.split("\\s+")[0]) * 1024;
        } catch (Exception e) {
            return -1;
        }
    }

    /**
     * Writes {@code fresh} new documents and {@code changed} new versions of documents fed earlier
     * every {@code everySeconds}, recording when each file was last written.
     */
    private static Void feed(Path dir, long deadline, long everySeconds, int fresh, int changed, Map<String, Long> fedAt)
            throws Exception {
        CorpusGenerator gen = new CorpusGenerator(1616);
        int base = 20_000_000 + (int) (System.currentTimeMillis() / 1000 % 100_000) * 1000;
        int next = 0;
        int round = 0;
        java.util.Random random = new java.util.Random(16);
        while (System.nanoTime() < deadline) {
            Thread.sleep(everySeconds * 1000);
            round++;
            for (int i = 0; i < fresh; i++, next++)
                write(dir, gen.generate(base + next), fedAt);
            for (int i = 0; i < changed && next > 0; i++) {
                int old = random.nextInt(next);
                // Each change flips between the original and the edited version, so it is always a change.
                CorpusGenerator.Generated g = (round + old) % 2 == 0 ? gen.edited(base + old) : gen.generate(base + old);
                write(dir, g, fedAt);
            }
        }
        return null;
    }

    private static void write(Path dir, CorpusGenerator.Generated g, Map<String, Long> fedAt) throws Exception {
        Path file = dir.resolve(g.path());
        Files.createDirectories(file.getParent());
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.write(part, g.bytes());
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        fedAt.put(g.path(), System.nanoTime());
    }

    /** Files fed before {@code before} whose document graph is not in the store. */
    private static int behind(PolicyGraphStore store, Map<String, Long> fedAt, long before) {
        return Txn.calculateRead(store.dataset(), () -> {
            int n = 0;
            for (Map.Entry<String, Long> e : fedAt.entrySet()) {
                if (e.getValue() > before)
                    continue;
                Node g = Iris.documentGraph(e.getKey());
                if (!store.dataset().containsGraph(g))
                    n++;
            }
            return n;
        });
    }

    private static HttpRequest request(String url, QueryCatalogue.Entry q, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout.plusSeconds(30))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(q.query())).build();
    }

    /** Heap in use after a full collection (what jcmd GC.run then GC.heap_info shows). */
    private static double liveHeapMiB() {
        for (int i = 0; i < 3; i++)
            System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty())
            return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}
