package org.policygraph.link;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * A thing the link step could not link because several candidates fit equally well (or the only
 * candidate fits too weakly): reported, never guessed.
 *
 * @param subject     our resource
 * @param label       its name, for the report
 * @param method      the lookup that found the candidates
 * @param candidates  the candidates, sorted
 * @param reason      why none was chosen
 */
public record Ambiguity(Node subject, String label, String method, List<Node> candidates, String reason) {

    public Ambiguity {
        candidates = List.copyOf(candidates);
    }

    /** One line for the report. */
    public String describe() {
        return label + " <" + subject.getURI() + ">: " + reason + " ("
                + String.join(", ", candidates.stream().map(n -> n.isURI() ? n.getURI() : n.toString()).toList()) + ")";
    }
}
