package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

/** Requests wait for a turn, first come first served, and get 503 when none comes in time. */
class QueryAdmissionTest {

    private static final ServletRequest REQUEST = (ServletRequest) Proxy.newProxyInstance(QueryAdmissionTest.class.getClassLoader(),
            new Class<?>[] { HttpServletRequest.class }, (p, m, a) -> null);

    /** A response that records its status and headers. */
    private static HttpServletResponse response(Map<String, Object> seen) {
        return (HttpServletResponse) Proxy.newProxyInstance(QueryAdmissionTest.class.getClassLoader(),
                new Class<?>[] { HttpServletResponse.class }, (p, m, a) -> {
                    switch (m.getName()) {
                        case "sendError" -> {
                            seen.put("status", a[0]);
                            seen.put("message", a.length > 1 ? a[1] : "");
                        }
                        case "setHeader" -> seen.put((String) a[0], a[1]);
                        default -> { }
                    }
                    return null;
                });
    }

    @Test
    void aRequestPastTheLimitWaitsForATurnAndIsAnsweredWhenOneIsFree() throws Exception {
        QueryAdmission admission = new QueryAdmission(1, Duration.ofSeconds(30));
        CountDownLatch firstMayEnd = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        Thread first = holdingTheTurn(admission, firstMayEnd, () -> mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max),
                inside::decrementAndGet);

        CountDownLatch secondDone = new CountDownLatch(1);
        Thread second = new Thread(() -> run(admission, (req, resp) -> {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            inside.decrementAndGet();
            secondDone.countDown();
        }));
        second.start();
        assertFalse(secondDone.await(300, TimeUnit.MILLISECONDS), "the second waits while the first holds the only turn");
        firstMayEnd.countDown();
        assertTrue(secondDone.await(10, TimeUnit.SECONDS), "answered once the turn is free");
        first.join();
        second.join();
        assertEquals(1, mostInside.get(), "never two at once");
    }

    @Test
    void aRequestThatGetsNoTurnInTimeGets503WithRetryAfter() throws Exception {
        QueryAdmission admission = new QueryAdmission(1, Duration.ofMillis(200));
        CountDownLatch firstMayEnd = new CountDownLatch(1);
        Thread first = holdingTheTurn(admission, firstMayEnd, () -> { }, () -> { });
        Map<String, Object> seen = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        admission.doFilter(REQUEST, response(seen), (req, resp) -> answered.incrementAndGet());
        firstMayEnd.countDown();
        first.join();
        assertEquals(0, answered.get());
        assertEquals(503, seen.get("status"));
        assertEquals("1", seen.get("Retry-After"));
        assertTrue(((String) seen.get("message")).contains("as many queries"), seen.toString());

        admission.doFilter(REQUEST, response(new ConcurrentHashMap<>()), (req, resp) -> answered.incrementAndGet());
        assertEquals(1, answered.get(), "the turn of the first came back when it ended");
    }

    @Test
    void aTurnComesBackWhenTheRequestFails() throws Exception {
        QueryAdmission admission = new QueryAdmission(1, Duration.ofMillis(200));
        try {
            admission.doFilter(REQUEST, response(new ConcurrentHashMap<>()), (req, resp) -> {
                throw new IllegalStateException("the query failed");
            });
        } catch (IllegalStateException expected) {
            // As thrown.
        }
        AtomicInteger answered = new AtomicInteger();
        admission.doFilter(REQUEST, response(new ConcurrentHashMap<>()), (req, resp) -> answered.incrementAndGet());
        assertEquals(1, answered.get());
    }

    @Test
    void whileWritersAreHeldOneIsAnsweredAtATimeAndAllTurnsComeBackAfter() throws Exception {
        AtomicBoolean writersHeld = new AtomicBoolean(true);
        QueryAdmission admission = new QueryAdmission(3, 1, writersHeld::get, Duration.ofSeconds(30));
        CountDownLatch firstMayEnd = new CountDownLatch(1);
        Thread first = holdingTheTurn(admission, firstMayEnd, () -> { }, () -> { });

        CountDownLatch secondIn = new CountDownLatch(1);
        CountDownLatch othersMayEnd = new CountDownLatch(1);
        Thread second = new Thread(() -> run(admission, (req, resp) -> {
            secondIn.countDown();
            try {
                othersMayEnd.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        second.start();
        assertFalse(secondIn.await(300, TimeUnit.MILLISECONDS), "one at a time while writers are held");

        writersHeld.set(false);
        firstMayEnd.countDown();
        assertTrue(secondIn.await(10, TimeUnit.SECONDS), "let in once the first ends with writers going on");
        first.join();
        Thread third = holdingTheTurn(admission, othersMayEnd, () -> { }, () -> { });
        Thread fourth = holdingTheTurn(admission, othersMayEnd, () -> { }, () -> { });
        assertEquals(0, admission.free(), "three at once again");
        othersMayEnd.countDown();
        second.join();
        third.join();
        fourth.join();
        assertEquals(3, admission.free(), "every turn given back");
    }

    @Test
    void turnsTakenAwayWhileInUseAreGivenBackWhenTheWritersGoOn() throws Exception {
        AtomicBoolean writersHeld = new AtomicBoolean();
        QueryAdmission admission = new QueryAdmission(2, 1, writersHeld::get, Duration.ofMillis(200));
        CountDownLatch mayEnd = new CountDownLatch(1);
        Thread first = holdingTheTurn(admission, mayEnd, () -> { }, () -> { });
        Thread second = holdingTheTurn(admission, mayEnd, () -> { }, () -> { });
        writersHeld.set(true);
        mayEnd.countDown();
        first.join();
        second.join();
        assertEquals(1, admission.free(), "narrowed as the requests under way ended");
        writersHeld.set(false);
        AtomicInteger answered = new AtomicInteger();
        admission.doFilter(REQUEST, response(new ConcurrentHashMap<>()), (req, resp) -> answered.incrementAndGet());
        assertEquals(1, answered.get());
        assertEquals(2, admission.free(), "widened at the next request");
    }

    /**
     * Starts a request that, once admitted, runs {@code entered}, holds its turn until
     * {@code mayEnd}, then runs {@code leaving}; returns its thread once it is inside.
     */
    private static Thread holdingTheTurn(QueryAdmission admission, CountDownLatch mayEnd, Runnable entered, Runnable leaving)
            throws InterruptedException {
        CountDownLatch in = new CountDownLatch(1);
        Thread t = new Thread(() -> run(admission, (req, resp) -> {
            entered.run();
            in.countDown();
            try {
                mayEnd.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            leaving.run();
        }));
        t.start();
        assertTrue(in.await(10, TimeUnit.SECONDS), "the first request is admitted");
        return t;
    }

    private static void run(QueryAdmission admission, FilterChain chain) {
        try {
            admission.doFilter(REQUEST, response(new ConcurrentHashMap<>()), chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
