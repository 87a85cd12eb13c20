package org.policygraph.store;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * For the benchmark: what recomputing each per-key summary costs for the keys that a set of
 * document graphs holds, as one commit of those documents would recompute them. Runs in a write
 * transaction that is aborted, so the store is left as it was.
 */
public final class SummaryKeyCost {

    private SummaryKeyCost() {
    }

    /** Prints, per per-key summary, how many keys the graphs hold and the seconds their recomputation takes. */
    public static void print(DatasetGraph dsg, Collection<Node> docGraphs) {
        dsg.begin(org.apache.jena.query.TxnType.WRITE);
        try {
            for (SummaryDefinition def : SummaryDefinition.ALL) {
                if (def.kind() != SummaryDefinition.Kind.PER_KEY)
                    continue;
                long t0 = System.nanoTime();
                Set<java.util.List<Node>> keys = new LinkedHashSet<>();
                for (Node g : docGraphs)
                    keys.addAll(def.key().keysOf(dsg.getGraph(g), dsg));
                TotalChanges totals = new TotalChanges(dsg);
                Summaries.recomputeKeys(dsg, def, keys, totals);
                totals.apply();
                System.out.printf("per-key %-36s keys %6d  recompute seconds (keys found, rows and totals) %8.2f%n", def.name(), keys.size(),
                        (System.nanoTime() - t0) / 1e9);
            }
            // What the commit recomputed before TotalChanges: every total the documents contribute to, from all its contributions.
            Set<Node> totals = new LinkedHashSet<>();
            for (Node g : docGraphs)
                dsg.find(Summaries.GRAPH, Node.ANY, Summaries.DOCUMENT, g).forEachRemaining(q -> {
                    Node total = Summaries.first(dsg, q.getSubject(), Summaries.TOTAL);
                    if (total != null)
                        totals.add(total);
                });
            long t0 = System.nanoTime();
            for (Node total : totals)
                Summaries.recomputeTotal(dsg, total);
            System.out.printf("totals recomputed from all their contributions: %d, seconds %8.2f%n", totals.size(),
                    (System.nanoTime() - t0) / 1e9);
        } finally {
            dsg.abort();
            dsg.end();
        }
        dsg.begin(org.apache.jena.query.TxnType.WRITE);
        try {
            // The summaries' share of one commit that replaces these documents by the same content.
            long t0 = System.nanoTime();
            SummaryUpdate update = SummaryUpdate.begin(dsg);
            java.util.Map<Node, Graph> copies = new java.util.LinkedHashMap<>();
            for (Node g : docGraphs) {
                Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                dsg.getGraph(g).find().forEachRemaining(copy::add);
                copies.put(g, copy);
                update.removing(g);
            }
            copies.forEach(update::written);
            long t1 = System.nanoTime();
            update.finish();
            System.out.printf("commit of %d replaced documents: summary rows %.2f s, finish (totals and per-key rows) %.2f s%n",
                    docGraphs.size(), (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
        } finally {
            dsg.abort();
            dsg.end();
        }
    }
}
