package org.policygraph.harvest;

import java.time.Duration;

/**
 * How politely and patiently the client talks to the API.
 *
 * @param requestsPerSecond rate limit over all requests
 * @param timeout           time limit per request (connect and answer)
 * @param attempts          tries per request, the first included, on 429, 5xx and network errors
 * @param backoff           the wait before the second try; doubled for each next one
 * @param maxWait           the longest wait between tries, also when the server's Retry-After asks more
 * @param userAgent         the User-Agent header
 */
public record ClientSettings(double requestsPerSecond, Duration timeout, int attempts, Duration backoff, Duration maxWait,
                             String userAgent) {

    /** The project's version, as the User-Agent names it. */
    public static final String VERSION = "0.1.0";
    /** The User-Agent: the project, its version and where to read about it. */
    public static final String USER_AGENT = "policygraph-harvest/" + VERSION + " (+https://w3id.org/policygraph)";

    /** One request a second, 60 s per request, 5 tries from 2 s apart up to 2 minutes. */
    public static ClientSettings polite() {
        return new ClientSettings(1.0, Duration.ofSeconds(60), 5, Duration.ofSeconds(2), Duration.ofMinutes(2), USER_AGENT);
    }
}
