package org.policygraph.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.policygraph.harvest.MockParliament.Fault;

/** The client's politeness against the local mock: Retry-After, no retry on 404, the rate limit, the time limit. */
class ApiClientTest {

    @Test
    void honoursRetryAfterOverItsOwnShorterBackoff() {
        try (MockParliament api = new MockParliament(); ApiClient client = new ApiClient(Fixtures.fast())) {
            api.question("1", "{\"id\": 1}").fault("/e/opendata/schv/1", Fault.TOO_MANY);
            long start = System.nanoTime();
            assertEquals("{\"id\": 1}", client.json(URI.create(api.base() + "/e/opendata/schv/1")).text());
            long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(ms >= 950, "waited " + ms + " ms, not the server's 1 s");
            assertEquals(2, api.count("/e/opendata/schv/1"));
        }
    }

    @Test
    void aMissingResourceIsNotRetried() {
        try (MockParliament api = new MockParliament(); ApiClient client = new ApiClient(Fixtures.fast())) {
            HarvestException e = assertThrows(HarvestException.class, () -> client.pdf(URI.create(api.pdfUrl("404"))));
            assertTrue(e.getMessage().endsWith("HTTP 404"), e.getMessage());
            assertEquals(1, api.count("/pfile?id=404"));
        }
    }

    @Test
    void aServerThatNeverAnswersInTimeFailsAfterItsTries() {
        ClientSettings s = new ClientSettings(200, Duration.ofMillis(300), 2, Duration.ofMillis(10), Duration.ofSeconds(1),
                ClientSettings.USER_AGENT);
        try (MockParliament api = new MockParliament(); ApiClient client = new ApiClient(s)) {
            api.question("2", "{\"id\": 2}").fault("/e/opendata/schv/2", Fault.SLOW, Fault.SLOW);
            HarvestException e = assertThrows(HarvestException.class, () -> client.json(URI.create(api.base() + "/e/opendata/schv/2")));
            assertTrue(e.getMessage().contains("no answer within") && e.getMessage().contains("after 2 tries"), e.getMessage());
        }
    }

    @Test
    void theRateLimitSpacesRequests() throws Exception {
        RateLimiter limiter = new RateLimiter(10);
        long start = System.nanoTime();
        for (int i = 0; i < 6; i++)
            limiter.acquire();
        long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(ms >= 450, "6 requests at 10 a second took " + ms + " ms");
    }
}
