package org.policygraph.harvest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the Parliament's open-data API on 127.0.0.1, answering in the structure of
 * FIELDS.md: the search API ({@code /api/search/query/...}, paged by {@code page} and {@code max}),
 * questions ({@code /e/opendata/schv/{id}}), members ({@code /e/opendata/vv/{id}}) and PDFs
 * ({@code /pfile?id=N}). Faults are queued per request path and served before the normal answer.
 */
final class MockParliament implements AutoCloseable {

    /** A way for one request to go wrong. */
    enum Fault {
        /** 429 with Retry-After: 1. */
        TOO_MANY,
        /** 500. */
        SERVER_ERROR,
        /** Answers only after 10 seconds (longer than the tests' time limit). */
        SLOW,
        /** 200 with the first half of the body. */
        TRUNCATED,
        /** 404. */
        NOT_FOUND
    }

    private static final Pattern PAGE = Pattern.compile("[?&]page=(\\d+)");
    private static final Pattern MAX = Pattern.compile("[?&]max=(\\d+)");

    private final HttpServer server;
    private final Map<String, String> hits = new LinkedHashMap<>();
    private final Map<String, String> questions = new ConcurrentHashMap<>();
    private final Map<String, byte[]> pdfs = new ConcurrentHashMap<>();
    private final Map<String, String> members = new ConcurrentHashMap<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final List<String> accepts = new CopyOnWriteArrayList<>();
    private volatile Consumer<String> onRequest = p -> { };

    MockParliament() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL to give the harvest. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A PDF's URL on this server. */
    String pdfUrl(String pfileId) {
        return base() + "/pfile?id=" + pfileId;
    }

    /** Lists a question in the search results, with a status metatag (its change changes the hit). */
    synchronized MockParliament hit(String id, String status) {
        hits.put(id, status);
        return this;
    }

    MockParliament question(String id, String json) {
        questions.put(id, json);
        return this;
    }

    MockParliament pdf(String pfileId, byte[] bytes) {
        pdfs.put(pfileId, bytes);
        return this;
    }

    MockParliament member(String id, String json) {
        members.put(id, json);
        return this;
    }

    /** Queues faults for the next requests to {@code pathAndQuery} ("/e/opendata/schv/1", "/pfile?id=7"). */
    MockParliament fault(String pathAndQuery, Fault... f) {
        faults.computeIfAbsent(pathAndQuery, k -> new ArrayDeque<>()).addAll(List.of(f));
        return this;
    }

    /** Called with each request's path and query before it is answered (on the server's thread). */
    void onRequest(Consumer<String> hook) {
        this.onRequest = hook;
    }

    /** Requests received for {@code pathAndQuery}. */
    int count(String pathAndQuery) {
        AtomicInteger n = counts.get(pathAndQuery);
        return n == null ? 0 : n.get();
    }

    /** Requests received whose path starts with {@code prefix}. */
    int countStartingWith(String prefix) {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToInt(e -> e.getValue().get()).sum();
    }

    List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    List<String> accepts() {
        return List.copyOf(accepts);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            URI uri = ex.getRequestURI();
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            String key = path.startsWith("/api/search/") ? path : uri.getRawPath() + (path.startsWith("/pfile") ? "?" + uri.getRawQuery() : "");
            counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            userAgents.add(String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
            accepts.add(String.valueOf(ex.getRequestHeaders().getFirst("Accept")));
            onRequest.accept(key);
            Deque<Fault> queued = faults.get(key);
            Fault fault = queued == null ? null : queued.poll();
            byte[] body;
            String type;
            if (uri.getRawPath().startsWith("/api/search/query/")) {
                body = search(path).getBytes(StandardCharsets.UTF_8);
                type = "application/json;charset=UTF-8";
            } else if (uri.getRawPath().startsWith("/e/opendata/schv/")) {
                String json = questions.get(uri.getRawPath().substring("/e/opendata/schv/".length()));
                body = json == null ? null : json.getBytes(StandardCharsets.UTF_8);
                type = "application/json;charset=UTF-8";
            } else if (uri.getRawPath().startsWith("/e/opendata/vv/")) {
                String json = members.get(uri.getRawPath().substring("/e/opendata/vv/".length()));
                body = json == null ? null : json.getBytes(StandardCharsets.UTF_8);
                type = "application/json;charset=UTF-8";
            } else if (uri.getRawPath().equals("/pfile") && uri.getRawQuery() != null) {
                body = pdfs.get(uri.getRawQuery().replace("id=", ""));
                type = "application/pdf";
            } else {
                body = null;
                type = "text/plain";
            }
            if (fault == Fault.SLOW) {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (fault == Fault.TOO_MANY) {
                ex.getResponseHeaders().add("Retry-After", "1");
                send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
            } else if (fault == Fault.SERVER_ERROR) {
                send(ex, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8));
            } else if (fault == Fault.NOT_FOUND || body == null) {
                send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            } else if (fault == Fault.TRUNCATED) {
                send(ex, 200, type, java.util.Arrays.copyOf(body, body.length / 2));
            } else {
                send(ex, 200, type, body);
            }
        }
    }

    private synchronized String search(String path) {
        int page = intParam(PAGE, path, 1);
        int max = intParam(MAX, path, 100);
        List<String> ids = new ArrayList<>(hits.keySet());
        StringBuilder sb = new StringBuilder("{\"count\": \"" + ids.size() + "\", \"lastindex\": "
                + Math.min(ids.size(), page * max) + ", \"result\": [");
        int from = (page - 1) * max;
        for (int i = from; i < Math.min(ids.size(), from + max); i++) {
            String id = ids.get(i);
            if (i > from)
                sb.append(',');
            sb.append("{\"id\": \"http://be.vlp.feed/").append(id).append("/pfls/9").append(id)
                    .append("\", \"index\": ").append(i + 1).append(", \"rank\": 1, \"snippet\": \"...\", \"metatags\": {\"metatag\": [")
                    .append(tag("opendata", "http://ws.vlpar.be/e/opendata/schv/" + id)).append(',')
                    .append(tag("aggregaattype", "Schriftelijke vraag")).append(',')
                    .append(tag("publicatiedatum", "2024-02-20")).append(',')
                    .append(tag("status", hits.get(id))).append("]}}");
        }
        // A hit of another kind, which the harvest must leave out.
        if (page == 1)
            sb.append(ids.isEmpty() ? "" : ",").append("{\"id\": \"http://be.vlp.feed/999999\", \"metatags\": {\"metatag\": [")
                    .append(tag("aggregaattype", "Vraag om uitleg")).append(',')
                    .append(tag("opendata", "http://ws.vlpar.be/e/opendata/vi/999999")).append("]}}");
        return sb.append("]}").toString();
    }

    private static String tag(String name, String value) {
        return "{\"name\": \"" + name + "\", \"value\": \"" + value + "\"}";
    }

    private static int intParam(Pattern p, String path, int otherwise) {
        Matcher m = p.matcher(path);
        return m.find() ? Integer.parseInt(m.group(1)) : otherwise;
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the client gave up (a time-out): nothing to do
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
