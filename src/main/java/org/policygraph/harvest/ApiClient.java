package org.policygraph.harvest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The harvest's only way to the network: GET with a rate limit, a User-Agent, a time limit per
 * request, and retries with exponential backoff on 429 and 5xx answers and on network errors, where
 * the server's {@code Retry-After} (seconds or an HTTP date) is honoured up to a maximum wait.
 * Other answers (404, 403) fail at once. Every failure is a {@link HarvestException} naming the URL.
 */
public final class ApiClient implements AutoCloseable {

    private final HttpClient http;
    private final ClientSettings settings;
    private final RateLimiter limiter;
    private long requests;

    public ApiClient(ClientSettings settings) {
        this.settings = settings;
        this.limiter = new RateLimiter(settings.requestsPerSecond());
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A response body with its content type. */
    public record Body(byte[] bytes, Optional<String> contentType) {
        /** The body as UTF-8 text. */
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** GETs {@code uri} asking for JSON. */
    public Body json(URI uri) {
        return get(uri, "application/json");
    }

    /** GETs {@code uri} asking for a PDF. */
    public Body pdf(URI uri) {
        return get(uri, "application/pdf, */*;q=0.5");
    }

    /** Requests sent so far, retries included. */
    public synchronized long requests() {
        return requests;
    }

    private Body get(URI uri, String accept) {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(settings.timeout())
                .header("User-Agent", settings.userAgent()).header("Accept", accept).build();
        String last = "";
        for (int attempt = 1; ; attempt++) {
            Duration wait = backoff(attempt);
            try {
                limiter.acquire();
                synchronized (this) {
                    requests++;
                }
                HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = r.statusCode();
                if (status >= 200 && status < 300)
                    return new Body(r.body(), r.headers().firstValue("Content-Type"));
                last = "HTTP " + status;
                if (status != 429 && status < 500)
                    throw new HarvestException(uri + ": " + last);
                wait = retryAfter(r).map(ra -> ra.compareTo(settings.maxWait()) > 0 ? settings.maxWait() : ra).orElse(wait);
            } catch (java.net.http.HttpTimeoutException e) {
                last = "no answer within " + settings.timeout().toSeconds() + " s";
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HarvestException(uri + ": interrupted", e);
            }
            if (attempt >= settings.attempts())
                throw new HarvestException(uri + ": " + last + " (after " + attempt + " tries)");
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HarvestException(uri + ": interrupted", e);
            }
        }
    }

    private Duration backoff(int attempt) {
        Duration d = settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return d.compareTo(settings.maxWait()) > 0 ? settings.maxWait() : d;
    }

    /** The server's Retry-After: delta seconds or an HTTP date. */
    static Optional<Duration> retryAfter(HttpResponse<?> r) {
        return r.headers().firstValue("Retry-After").flatMap(ApiClient::retryAfter);
    }

    static Optional<Duration> retryAfter(String value) {
        String v = value.strip();
        try {
            if (v.matches("\\d+"))
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
