package org.policygraph.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How the endpoint is served.
 *
 * @param host     address to bind (default 127.0.0.1: nothing outside the machine reaches it)
 * @param port     port, 0 for any free port
 * @param timeout  query time limit, after which the query is stopped
 */
public record ServerSettings(String host, int port, Duration timeout) {

    /** The defaults of the CLI: 127.0.0.1:3030, 30 s. */
    public static final ServerSettings DEFAULTS = new ServerSettings("127.0.0.1", 3030, Duration.ofSeconds(30));

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("Port out of range: " + port);
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("Query time limit must be positive: " + timeout);
    }
}
