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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.fuseki.main.FusekiServer;
import org.policygraph.ingest.Ingester;
import org.policygraph.server.PolicyGraphServer;
import org.policygraph.server.QueryCatalogue;
import org.policygraph.server.ServerSettings;
import org.policygraph.store.PolicyGraphStore;

/**
 * Load run on loopback only: builds a store from examples/corpus in a temp dir, starts the server on a
 * free port of 127.0.0.1, and lets CLIENTS concurrent clients each send REQUESTS catalogue queries
 * (in turn) within a time bound; prints median and 95th-percentile latency and the error count.
 * Run by bench/load.sh: java -cp target/policygraph.jar bench/LoadBench.java [CLIENTS] [REQUESTS] [SECONDS]
 */
public class LoadBench {
    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int perClient = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        long seconds = args.length > 2 ? Long.parseLong(args[2]) : 120;
        Path dir = Files.createTempDirectory("policygraph-bench");
        try (PolicyGraphStore store = PolicyGraphStore.open(dir.resolve("store"))) {
            if (!Ingester.builder(store).build().ingest(List.of(Path.of("examples", "corpus"))).ok())
                throw new IllegalStateException("ingest of examples/corpus failed");
            FusekiServer server = PolicyGraphServer.start(store.dataset(), ServerSettings.DEFAULTS.withPort(0));
            try {
                String url = "http://127.0.0.1:" + server.getHttpPort() + PolicyGraphServer.DATASET + "/sparql";
                List<String> queries = QueryCatalogue.load().stream().map(QueryCatalogue.Entry::query).toList();
                long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
                List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
                AtomicInteger errors = new AtomicInteger();
                AtomicInteger sent = new AtomicInteger();
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                long start = System.nanoTime();
                List<Future<?>> done = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < perClient && System.nanoTime() < deadline; i++) {
                            String q = queries.get((client + i) % queries.size());
                            HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                                    .header("Content-Type", "application/sparql-query")
                                    .header("Accept", "application/sparql-results+json")
                                    .POST(HttpRequest.BodyPublishers.ofString(q)).build();
                            long t0 = System.nanoTime();
                            try {
                                HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                                if (r.statusCode() != 200)
                                    errors.incrementAndGet();
                            } catch (Exception e) {
                                errors.incrementAndGet();
                            }
                            latencies.add(System.nanoTime() - t0);
                            sent.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done)
                    f.get();
                pool.shutdown();
                double wall = (System.nanoTime() - start) / 1e9;
                List<Long> sorted = new ArrayList<>(latencies);
                Collections.sort(sorted);
                System.out.printf("clients=%d requests=%d (%d queries of the catalogue, loopback 127.0.0.1) wall=%.1f s throughput=%.0f req/s%n",
                        clients, sent.get(), queries.size(), wall, sent.get() / wall);
                System.out.printf("median=%.1f ms p95=%.1f ms max=%.1f ms errors=%d%n",
                        pct(sorted, 50), pct(sorted, 95), sorted.get(sorted.size() - 1) / 1e6, errors.get());
                if (errors.get() > 0)
                    System.exit(1);
            } finally {
                server.stop();
            }
        }
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
