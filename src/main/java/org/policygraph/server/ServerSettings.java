package org.policygraph.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the endpoint is served. Start from {@link #DEFAULTS} and change what differs:
 * <pre>{@code
 * ServerSettings s = ServerSettings.DEFAULTS.withPort(0).withMaxRows(500).withCors(List.of("https://example.org"));
 * }</pre>
 *
 * @param host            address to bind (default 127.0.0.1: nothing outside the machine reaches it)
 * @param port            port, 0 for any free port
 * @param timeout         query (and update) time limit, after which the query is stopped
 * @param maxRows         most result rows a query returns (its LIMIT is lowered to this); 0 for no cap
 * @param maxRequestBytes largest request body accepted; larger ones get 413
 * @param corsOrigins     origins allowed to call the endpoint from a browser page ("*" for any); empty: CORS off
 * @param passwordFile    Jetty password file; when set, an update endpoint that needs HTTP basic
 *                        authentication is added; null: read-only
 * @param allowedServices endpoints a query may call with SERVICE; empty: SERVICE refused
 * @param maxQueries      queries (and pages that query) answered at once; more wait their turn ({@link QueryAdmission}); 0: no limit
 */
public record ServerSettings(String host, int port, Duration timeout, int maxRows, long maxRequestBytes,
        List<String> corsOrigins, Path passwordFile, List<String> allowedServices, int maxQueries) {

    /**
     * Queries answered at once by default: four per processor, and at least 8. Queries past the
     * processors only share them; what they leave to the watcher's ingest and a compaction's copy is
     * what the store needs to keep up with its feed (bench/RESULTS.md).
     */
    public static final int DEFAULT_MAX_QUERIES = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

    /** The defaults of the CLI: 127.0.0.1:3030, 30 s, 10,000 rows, 1 MiB requests, no CORS, read-only, no SERVICE. */
    public static final ServerSettings DEFAULTS = new ServerSettings("127.0.0.1", 3030, Duration.ofSeconds(30),
            10_000, 1024 * 1024, List.of(), null, List.of(), DEFAULT_MAX_QUERIES);

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("Port out of range: " + port);
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("Query time limit must be positive: " + timeout);
        if (maxRows < 0)
            throw new IllegalArgumentException("Row cap must be 0 (none) or positive: " + maxRows);
        if (maxQueries < 0)
            throw new IllegalArgumentException("Concurrent query limit must be 0 (none) or positive: " + maxQueries);
        if (maxRequestBytes < 1024)
            throw new IllegalArgumentException("Request size limit below 1 KiB: " + maxRequestBytes);
        corsOrigins = List.copyOf(corsOrigins);
        allowedServices = List.copyOf(allowedServices);
    }

    /** Same settings on another address. */
    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, timeout, maxRows, maxRequestBytes, corsOrigins, passwordFile, allowedServices, maxQueries);
    }

    /** Same settings on another port (0: any free port). */
    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, timeout, maxRows, maxRequestBytes, corsOrigins, passwordFile, allowedServices, maxQueries);
    }

    /** Same settings with another time limit. */
    public ServerSettings withTimeout(Duration t) {
        return new ServerSettings(host, port, t, maxRows, maxRequestBytes, corsOrigins, passwordFile, allowedServices, maxQueries);
    }

    /** Same settings with another row cap (0: none). */
    public ServerSettings withMaxRows(int n) {
        return new ServerSettings(host, port, timeout, n, maxRequestBytes, corsOrigins, passwordFile, allowedServices, maxQueries);
    }

    /** Same settings with another request size limit. */
    public ServerSettings withMaxRequestBytes(long n) {
        return new ServerSettings(host, port, timeout, maxRows, n, corsOrigins, passwordFile, allowedServices, maxQueries);
    }

    /** Same settings with CORS allowed for these origins. */
    public ServerSettings withCors(List<String> origins) {
        return new ServerSettings(host, port, timeout, maxRows, maxRequestBytes, origins, passwordFile, allowedServices, maxQueries);
    }

    /** Same settings plus an update endpoint for the users in this Jetty password file. */
    public ServerSettings withUpdate(Path file) {
        return new ServerSettings(host, port, timeout, maxRows, maxRequestBytes, corsOrigins, file, allowedServices, maxQueries);
    }

    /** Same settings with SERVICE allowed to exactly these endpoints. */
    public ServerSettings withAllowedServices(List<String> urls) {
        return new ServerSettings(host, port, timeout, maxRows, maxRequestBytes, corsOrigins, passwordFile, urls, maxQueries);
    }

    /** Same settings with at most {@code n} queries answered at once (0: no limit). */
    public ServerSettings withMaxQueries(int n) {
        return new ServerSettings(host, port, timeout, maxRows, maxRequestBytes, corsOrigins, passwordFile, allowedServices, n);
    }

    /** Whether the update endpoint is on. */
    public boolean updatable() {
        return passwordFile != null;
    }
}
