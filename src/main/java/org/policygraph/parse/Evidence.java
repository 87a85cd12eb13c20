package org.policygraph.parse;

/**
 * One reason for taking a document for a kind, with how much it counts.
 *
 * @param weight  how much it adds to the kind's score
 */
public record Evidence(String reason, double weight) {

    @Override
    public String toString() {
        return reason + " (+" + weight + ")";
    }
}
