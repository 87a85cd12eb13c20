package org.policygraph.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * The total rows of the per-document summaries, added up from the documents' contribution rows as
 * a bulk build streams them: the same rows {@link Summaries#recomputeTotal} makes from the store,
 * without reading every contribution back once the store is built.
 */
final class SummaryTotals {

    /** One total row: its summary, group values (from its first contribution) and measures so far. */
    private static final class Total {
        final SummaryDefinition def;
        final Node name;
        final Map<String, Node> group = new LinkedHashMap<>();
        final Map<String, NodeValue> measures = new LinkedHashMap<>();

        Total(SummaryDefinition def, Node name) {
            this.def = def;
            this.name = name;
        }
    }

    private final Map<Node, Total> totals = new LinkedHashMap<>();

    /** Adds the contributions among one document's rows ({@link Summaries#documentRows}). */
    void add(List<Quad> documentRows) {
        Map<Node, Map<Node, Node>> bySubject = new LinkedHashMap<>();
        for (Quad q : documentRows)
            bySubject.computeIfAbsent(q.getSubject(), s -> new LinkedHashMap<>()).putIfAbsent(q.getPredicate(), q.getObject());
        for (Map<Node, Node> row : bySubject.values()) {
            Node total = row.get(Summaries.TOTAL);
            Node name = row.get(Summaries.CONTRIBUTION_OF);
            if (total == null || name == null)
                continue;
            Total t = totals.computeIfAbsent(total, k -> {
                Total fresh = new Total(Summaries.definition(name.getLiteralLexicalForm()), name);
                for (String g : fresh.def.group()) {
                    Node value = row.get(Summaries.column(g));
                    if (value != null)
                        fresh.group.put(g, value);
                }
                return fresh;
            });
            for (Map.Entry<String, SummaryDefinition.Op> m : t.def.measures().entrySet()) {
                Node v = row.get(Summaries.column(m.getKey()));
                if (v != null)
                    t.measures.merge(m.getKey(), NodeValue.makeNode(v), (acc, nv) -> Summaries.accumulate(m.getValue(), acc, nv));
            }
        }
    }

    /** The total rows, as {@link Summaries#recomputeTotal} writes them. */
    List<Quad> quads() {
        List<Quad> out = new ArrayList<>();
        for (Map.Entry<Node, Total> e : totals.entrySet()) {
            Node subject = e.getKey();
            Total t = e.getValue();
            out.add(Quad.create(Summaries.GRAPH, subject, Summaries.ROW_OF, t.name));
            t.group.forEach((g, v) -> out.add(Quad.create(Summaries.GRAPH, subject, Summaries.column(g), v)));
            t.measures.forEach((m, v) -> out.add(Quad.create(Summaries.GRAPH, subject, Summaries.column(m), v.asNode())));
        }
        return out;
    }
}
