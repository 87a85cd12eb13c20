package org.policygraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.policygraph.model.Span;

/** First come first served, as if every new span were compared with every claimed one. */
class SpanClaimsTest {

    @Test
    void anOverlappingSpanIsRefusedATouchingOneIsNot() {
        SpanClaims claims = new SpanClaims();
        assertTrue(claims.claim(new Span(10, 20)));
        assertFalse(claims.claim(new Span(15, 25)));
        assertFalse(claims.claim(new Span(5, 11)));
        assertFalse(claims.claim(new Span(12, 14)));
        assertFalse(claims.claim(new Span(0, 40)));
        assertTrue(claims.claim(new Span(20, 30)));
        assertTrue(claims.claim(new Span(0, 10)));
    }

    @Test
    void givesWhatComparingWithEveryClaimGives() {
        Random r = new Random(3);
        for (int round = 0; round < 300; round++) {
            SpanClaims claims = new SpanClaims();
            List<Span> kept = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int s = r.nextInt(500);
                Span span = new Span(s, s + 1 + r.nextInt(40));
                boolean free = kept.stream().noneMatch(k -> k.start() < span.end() && span.start() < k.end());
                assertEquals(free, claims.claim(span), span + " against " + kept);
                if (free)
                    kept.add(span);
            }
        }
    }
}
