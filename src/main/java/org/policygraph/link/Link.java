package org.policygraph.link;

import java.math.BigDecimal;

import org.apache.jena.graph.Node;

/**
 * One link the link step asserts: {@code subject predicate object}, how it was found and how sure it is.
 *
 * @param method  how it was found ("name-key", "initials", "refnis-name-on-date", "label-and-role", "nis-code")
 * @param score   between 0 and 1
 */
public record Link(Node subject, Node predicate, Node object, String method, BigDecimal score) {

    public Link {
        if (score.signum() < 0 || score.compareTo(BigDecimal.ONE) > 0)
            throw new IllegalArgumentException("score out of [0, 1]: " + score);
    }

    /** A link with a score given as a decimal string ("0.9"). */
    public static Link of(Node subject, Node predicate, Node object, String method, String score) {
        return new Link(subject, predicate, object, method, new BigDecimal(score));
    }
}
