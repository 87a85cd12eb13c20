package org.policygraph.rdf;

import java.util.List;

import org.apache.jena.graph.Node;
import org.policygraph.model.Grant;
import org.policygraph.model.Mention;

/**
 * Maps grants: the recipient's name as written and the organisation or place it names, the figure
 * of the amount (minted as the figure mapping mints it, so the grant links to the figure already
 * stated), the year, whether it is only announced, and the span that states it.
 */
final class GrantMapping {

    private final Triples t;
    private final Spans spans;
    private final String key;

    GrantMapping(Triples t, Spans spans, String key) {
        this.t = t;
        this.spans = spans;
        this.key = key;
    }

    /** Maps {@code grants}. */
    void map(List<Grant> grants) {
        for (Grant g : grants) {
            Node node = Iris.grant(key, g.amount().quote().span());
            t.type(node, PG.Grant)
                    .add(node, PG.amount, Iris.figure(key, g.amount().quote().span()))
                    .string(node, PG.recipientName, g.recipient().text())
                    .add(node, PG.recipient, recipient(g))
                    .add(node, PG.hasSpan, spans.of(g.evidence().span()));
            g.year().ifPresent(y -> t.year(node, PG.grantYear, y));
            if (g.planned())
                t.bool(node, PG.planned, true);
        }
    }

    /** The mention's resource (as the reference mapping mints it), else an organisation by the name as written. */
    private Node recipient(Grant g) {
        if (g.mention().isPresent()) {
            Mention m = g.mention().get();
            return switch (m.kind()) {
                case PROVINCE -> Iris.named("province", m.label());
                case MUNICIPALITY -> Iris.named("municipality", m.label());
                case ORGANISATION -> Iris.named("organisation", m.label());
                case PROGRAMME -> Iris.named("programme", m.label());
            };
        }
        Node org = Iris.named("organisation", g.recipient().text());
        t.type(org, PG.Organisation).firstString(org, Vocab.RDFS_LABEL, g.recipient().text());
        return org;
    }
}
