package org.policygraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.policygraph.rdf.PG;
import org.policygraph.rdf.QueryPrefixes;
import org.policygraph.server.PolicyGraphServer;
import org.policygraph.server.ServerSettings;
import org.policygraph.store.PolicyGraphStore;

/**
 * Render times of the analyst's pages over HTTP on a built store: question, document (text with
 * highlights), person (named by many), figure and vocabulary pages, and search. Each kind over a
 * spread sample, once to warm up, then timed; prints median, 95th percentile and maximum.
 * <pre>
 * PageBench STORE [SAMPLE]
 * </pre>
 */
public final class PageBench {

    private PageBench() {
    }

    public static void main(String[] args) throws Exception {
        Path storeDir = Path.of(args[0]);
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        try (PolicyGraphStore store = PolicyGraphStore.open(storeDir)) {
            FusekiServer server = PolicyGraphServer.start(store.dataset(), ServerSettings.DEFAULTS.withPort(0));
            try {
                String root = "http://127.0.0.1:" + server.getHttpPort();
                Map<String, List<String>> paths = new LinkedHashMap<>();
                paths.put("question page", pages(store, "SELECT ?x { ?x a pg:WrittenQuestion ; prov:wasDerivedFrom [] }", sample));
                paths.put("document page (text, highlights, alignment)", pages(store, "SELECT ?x { [] a pg:WrittenQuestion ; prov:wasDerivedFrom ?x }", sample));
                paths.put("advice document page", pages(store, "SELECT ?x { [] a pg:Advice ; prov:wasDerivedFrom ?x }", sample));
                paths.put("person page (most questions asked or received)", pages(store,
                        "SELECT ?x { { SELECT ?x (COUNT(*) AS ?n) { [] pg:askedBy|pg:addressedTo ?x } GROUP BY ?x } } ORDER BY DESC(?n)", sample));
                paths.put("figure page", pages(store, "SELECT ?x { ?x a pg:Figure }", sample));
                paths.put("vocabulary page", List.of("/def"));
                List<String> searches = new ArrayList<>();
                for (String q : List.of("onderwijs", "fietspaden", "kinderopvang", "leerlingen", "budget", "euro", "provincie", "subsidie",
                        "school", "zorg", "verkeer", "energie", "woningen", "water", "jeugd", "sport", "gemeenten", "natuur",
                        "budget onderwijs", "miljoen euro"))
                    searches.add("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                paths.put(store.textIndex() == null ? "search (FILTER scan, no text index)" : "search (text index)", searches);
                HttpClient http = HttpClient.newHttpClient();
                System.out.println("documents: " + count(store, "SELECT (COUNT(*) AS ?n) { ?x a pg:SourceDocument }"));
                for (Map.Entry<String, List<String>> e : paths.entrySet()) {
                    for (String p : e.getValue())
                        fetch(http, root + p);
                    long[] ms = new long[e.getValue().size()];
                    long bytes = 0;
                    for (int i = 0; i < ms.length; i++) {
                        long t0 = System.nanoTime();
                        bytes += fetch(http, root + e.getValue().get(i));
                        ms[i] = (System.nanoTime() - t0) / 1_000_000;
                    }
                    Arrays.sort(ms);
                    System.out.printf("%s: n=%d median=%d ms p95=%d ms max=%d ms mean size=%d bytes%n", e.getKey(), ms.length,
                            ms[ms.length / 2], ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.95) - 1)], ms[ms.length - 1],
                            bytes / Math.max(1, ms.length));
                }
            } finally {
                server.stop();
            }
        }
    }

    private static long fetch(HttpClient http, String url) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200)
            throw new IllegalStateException(url + " answered " + r.statusCode());
        return r.body().length;
    }

    /** Up to {@code n} local paths of the query's ?x, spread over its results. */
    private static List<String> pages(PolicyGraphStore store, String query, int n) {
        List<String> all = Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new LinkedHashSet<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(QueryPrefixes.parse(query)).build()) {
                qe.execSelect().forEachRemaining(s -> out.add(s.getResource("x").getURI()));
            }
            return new ArrayList<>(out);
        });
        List<String> picked = new ArrayList<>();
        boolean top = query.contains("ORDER BY");
        for (int i = 0; i < Math.min(n, all.size()); i++) {
            String iri = top ? all.get(i) : all.get((int) ((long) i * all.size() / Math.min(n, all.size())));
            picked.add("/id/" + iri.substring(PG.ID.length()));
        }
        return picked;
    }

    private static long count(PolicyGraphStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(QueryPrefixes.parse(query)).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
