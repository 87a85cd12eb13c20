package org.policygraph.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.system.Txn;
import org.policygraph.ingest.FolderWatcher;
import org.policygraph.server.PolicyGraphServer;
import org.policygraph.server.QueryCatalogue;
import org.policygraph.server.ServerSettings;
import org.policygraph.store.PolicyGraphStore;

/**
 * The soak of issue 10, on loopback only: the server on an existing store, {@code CLIENTS}
 * concurrent clients sending the catalogue queries in turn for {@code MINUTES}, while a feeder drops
 * new generated documents into a watched folder that {@code serve --watch}'s watcher ingests. Prints
 * errors (must be 0), latency percentiles overall and per query, the heap after a full collection at
 * start and at end, and how many fed documents landed.
 * <pre>
 * SoakBench STORE WATCH_DIR MINUTES CLIENTS TIMEOUT_SECONDS FEED_EVERY_SECONDS FEED_BATCH
 * </pre>
 * Queries that call out with SERVICE are left out: the server refuses SERVICE by design.
 */
public final class SoakBench {

    private SoakBench() {
    }

    public static void main(String[] args) throws Exception {
        Path storeDir = Path.of(args[0]);
        Path watchDir = Files.createDirectories(Path.of(args[1]));
        Duration length = Duration.ofSeconds((long) (Double.parseDouble(args[2]) * 60));
        int clients = Integer.parseInt(args[3]);
        Duration timeout = Duration.ofSeconds(Long.parseLong(args[4]));
        long feedEvery = Long.parseLong(args[5]);
        int feedBatch = Integer.parseInt(args[6]);

        List<QueryCatalogue.Entry> catalogue = QueryCatalogue.load().stream()
                .filter(e -> !e.query().contains("SERVICE")).toList();
        try (PolicyGraphStore store = PolicyGraphStore.openExisting(storeDir)) {
            int before = graphs(store);
            FusekiServer server = PolicyGraphServer.start(store.dataset(), ServerSettings.DEFAULTS.withPort(0)
                    .withTimeout(timeout));
            org.apache.jena.atlas.logging.LogCtl.setLevel("policygraph.request", "WARN");
            AtomicInteger ingested = new AtomicInteger();
            AtomicInteger ingestFailures = new AtomicInteger();
            AtomicLong ingestNanos = new AtomicLong();
            FolderWatcher watcher = FolderWatcher.start(store, List.of(watchDir), Duration.ofSeconds(2), r -> {
                ingested.addAndGet(r.added().size() + r.replaced().size());
                ingestFailures.addAndGet(r.failures().size());
                ingestNanos.addAndGet(r.duration().toNanos());
                r.failures().forEach(f -> System.out.println("ingest failure: " + f));
            });
            // One pass over the catalogue first, so that the start figure has TDB2's caches as full
            // as the soak will keep them: what must stay flat is the heap, not the caches' warm-up.
            HttpClient warm = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            long w0 = System.nanoTime();
            int warmErrors = 0;
            String url = PolicyGraphServer.queryUrl(server, "127.0.0.1");
            for (QueryCatalogue.Entry q : catalogue) {
                HttpResponse<byte[]> r = warm.send(request(url, q, timeout), HttpResponse.BodyHandlers.ofByteArray());
                warmErrors += r.statusCode() == 200 ? 0 : 1;
            }
            System.out.printf("warm-up: one pass over the catalogue, one client: %.0f s, %d errors%n",
                    (System.nanoTime() - w0) / 1e9, warmErrors);
            double heapStart = liveHeapMiB();
            System.out.printf("soak: %d named graphs in the store (documents and the registry), %d clients, %d catalogue queries, %s, query limit %d s%n",
                    before, clients, catalogue.size(), length, timeout.toSeconds());
            System.out.printf("heap after a full collection at start: %.1f MiB (limit %.0f MiB)%n", heapStart,
                    HeapWatch.maxMiB());
            try (HeapWatch heap = new HeapWatch()) {
                long deadline = System.nanoTime() + length.toNanos();
                Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
                Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
                List<Future<?>> running = new ArrayList<>();
                AtomicInteger fed = new AtomicInteger();
                running.add(pool.submit(() -> feed(watchDir, deadline, feedEvery, feedBatch, fed)));
                long start = System.nanoTime();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    running.add(pool.submit(() -> {
                        for (int i = 0; System.nanoTime() < deadline; i++) {
                            QueryCatalogue.Entry q = catalogue.get((client * 5 + i) % catalogue.size());
                            HttpRequest req = request(url, q, timeout);
                            long t0 = System.nanoTime();
                            String error = null;
                            try {
                                HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                                if (r.statusCode() != 200)
                                    error = "HTTP " + r.statusCode();
                            } catch (Exception e) {
                                error = e.getClass().getSimpleName();
                            }
                            long took = System.nanoTime() - t0;
                            if (error != null) {
                                errors.computeIfAbsent(q.file() + ": " + error, k -> new AtomicInteger()).incrementAndGet();
                            } else {
                                latencies.computeIfAbsent(q.file(), k -> Collections.synchronizedList(new ArrayList<>())).add(took);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : running)
                    f.get();
                pool.shutdown();
                double wall = (System.nanoTime() - start) / 1e9;
                // Let the watcher take the last batch before the end figures.
                long settle = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (ingested.get() + ingestFailures.get() < fed.get() && System.nanoTime() < settle)
                    Thread.sleep(500);
                watcher.close();

                List<Long> all = new ArrayList<>();
                latencies.values().forEach(all::addAll);
                Collections.sort(all);
                int errorCount = errors.values().stream().mapToInt(AtomicInteger::get).sum();
                System.out.printf("requests: %d answered, %d errors, in %.0f s (%.2f req/s)%n", all.size(), errorCount,
                        wall, all.size() / wall);
                new TreeMap<>(errors).forEach((k, v) -> System.out.println("error: " + k + " x" + v));
                if (!all.isEmpty())
                    System.out.printf("latency, all queries: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                            pct(all, 50), pct(all, 95), pct(all, 99), all.get(all.size() - 1) / 1e6);
                System.out.printf("%-40s %6s %10s %10s %10s%n", "query", "runs", "p50 ms", "p95 ms", "max ms");
                for (var e : new TreeMap<>(latencies).entrySet()) {
                    List<Long> xs = new ArrayList<>(e.getValue());
                    Collections.sort(xs);
                    System.out.printf("%-40s %6d %10.0f %10.0f %10.0f%n", e.getKey().replace(".rq", ""), xs.size(),
                            pct(xs, 50), pct(xs, 95), xs.get(xs.size() - 1) / 1e6);
                }
                System.out.printf("documents fed to the watched folder: %d; ingested by the watcher: %d; failed: %d; "
                        + "watcher ingest time %.1f s%n", fed.get(), ingested.get(), ingestFailures.get(),
                        ingestNanos.get() / 1e9);
                System.out.printf("heap in use, peak during the soak: %.1f MiB; live after collections, peak: %.1f MiB%n",
                        heap.peakUsedMiB(), heap.peakAfterGcMiB());
            }
            System.out.printf("heap after a full collection at end: %.1f MiB (start %.1f MiB)%n", liveHeapMiB(), heapStart);
            int after = graphs(store);
            System.out.printf("named graphs in the store: %d before, %d after%n", before, after);
            server.stop();
        }
        System.exit(0);
    }

    /** Writes {@code batch} new generated documents every {@code everySeconds} until the deadline. */
    private static Void feed(Path dir, long deadline, long everySeconds, int batch, AtomicInteger fed) throws Exception {
        // Indexes far beyond any benchmark corpus, so every document is new to the store.
        CorpusGenerator gen = new CorpusGenerator(4242);
        // A new range on every run: documents fed by an earlier soak are already in the store.
        int next = 10_000_000 + (int) (System.currentTimeMillis() / 1000 % 100_000) * 1000;
        while (System.nanoTime() < deadline) {
            Thread.sleep(everySeconds * 1000);
            for (int i = 0; i < batch; i++, next++) {
                CorpusGenerator.Generated g = gen.generate(next);
                Path file = dir.resolve(g.path());
                Files.createDirectories(file.getParent());
                // Written beside and moved in, as a copy tool would finish a file.
                Path part = file.resolveSibling(file.getFileName() + ".part");
                Files.write(part, g.bytes());
                Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                fed.incrementAndGet();
            }
        }
        return null;
    }

    /** A catalogue query as a client sends it, waiting a little longer than the server's limit. */
    private static HttpRequest request(String url, QueryCatalogue.Entry q, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout.plusSeconds(30))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(q.query())).build();
    }

    private static int graphs(PolicyGraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            int[] n = {0};
            store.dataset().listGraphNodes().forEachRemaining(g -> n[0]++);
            return n[0];
        });
    }

    private static double liveHeapMiB() {
        for (int i = 0; i < 3; i++)
            System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}
