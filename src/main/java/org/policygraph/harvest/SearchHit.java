package org.policygraph.harvest;

/**
 * One written question found by the search API.
 *
 * @param id          the question's id in the API
 * @param fingerprint what the hit says about the question (its metatags, sorted): when it changes,
 *                    the question changed (an answer came, a file was added) and is fetched again
 */
public record SearchHit(String id, String fingerprint) {
}
