package org.policygraph.store;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Keeps the {@link Summaries} in step with the documents written or removed in one write
 * transaction: {@link DocumentWriter} tells it of each change, and {@link #finish} recomputes what
 * the changes touched, once per transaction, before it commits.
 * <pre>{@code
 * Txn.executeWrite(dsg, () -> {
 *     SummaryUpdate summaries = SummaryUpdate.begin(dsg);
 *     DocumentWriter.replace(dsg, doc, started, ended, summaries);
 *     summaries.finish();
 * });
 * }</pre>
 */
public final class SummaryUpdate {
    private final DatasetGraph dsg;
    private final TotalChanges totals;
    private final Map<SummaryDefinition, Set<List<Node>>> keys = new IdentityHashMap<>();
    /** Per document graph being removed or replaced: its rows, kept until it is written again or the transaction ends. */
    private final Map<Node, Map<Node, Map<Node, Node>>> leaving = new LinkedHashMap<>();

    private SummaryUpdate(DatasetGraph dsg) {
        this.dsg = dsg;
        this.totals = new TotalChanges(dsg);
    }

    /** Starts tracking the changes of the current write transaction on {@code dsg}. */
    public static SummaryUpdate begin(DatasetGraph dsg) {
        return new SummaryUpdate(dsg);
    }

    /**
     * Before {@code docGraph} is deleted or replaced: notes what its rows touch. The rows go when the
     * graph is written again (those it gives again stay) or when the transaction finishes.
     */
    void removing(Node docGraph) {
        keysIn(dsg.getGraph(docGraph), null);
        Map<Node, Map<Node, Node>> rows = new LinkedHashMap<>();
        dsg.find(Summaries.GRAPH, Node.ANY, Summaries.DOCUMENT, docGraph)
                .forEachRemaining(q -> rows.put(q.getSubject(), Summaries.valuesOf(dsg, q.getSubject())));
        leaving.put(docGraph, rows);
    }

    /** After {@code graph} was written as {@code docGraph}: replaces its rows and notes what they touch. */
    void written(Node docGraph, Graph graph) {
        keysIn(graph, null);
        Map<Node, Map<Node, Node>> rows = new LinkedHashMap<>();
        for (Quad q : Summaries.documentRows(docGraph, graph))
            rows.computeIfAbsent(q.getSubject(), r -> new HashMap<>()).put(q.getPredicate(), q.getObject());
        Map<Node, Map<Node, Node>> old = leaving.remove(docGraph);
        Summaries.replaceRows(dsg, old == null ? Map.of() : old, rows, totals);
    }

    /**
     * Before the metadata graph {@code name} (not a document: a harvest record's graph) is replaced
     * by {@code content}: notes the keys of per-key summaries that the old and the new content hold.
     * Such a graph has no per-document rows, but what it says of a question (its identifier, its
     * answer date, its asker) counts in per-key summaries over the union.
     */
    public void replacingMetadata(Node name, Graph content) {
        keysIn(dsg.getGraph(name), null);
        keysIn(content, content);
    }

    /**
     * Notes the keys that {@code graph} holds, for every per-key summary, and the keys they tie to in
     * the store with {@code graph} in it: a removed document is still there, a written one already; a
     * harvest record's graph, {@code notYetStored}, is not yet, and is looked at beside the store.
     */
    private void keysIn(Graph graph, Graph notYetStored) {
        DatasetGraph store = notYetStored == null ? dsg : DatasetGraphFactory.wrap(new Union(notYetStored, dsg.getUnionGraph()));
        // The summaries of questions share their key and its ties: found once per graph.
        Map<SummaryDefinition.Key, Set<List<Node>>> found = new HashMap<>();
        for (SummaryDefinition def : SummaryDefinition.ALL) {
            if (def.kind() != SummaryDefinition.Kind.PER_KEY)
                continue;
            keyOf(def).addAll(found.computeIfAbsent(def.key(), key -> key.keysOf(graph, store)));
        }
    }

    /** Recomputes the totals and member rows the changes touched; call before the transaction commits. */
    public void finish() {
        leaving.values().forEach(rows -> Summaries.replaceRows(dsg, rows, Map.of(), totals));
        leaving.clear();
        // Per-key contributions first: their totals change with the documents' in one pass.
        for (SummaryDefinition def : SummaryDefinition.ALL)
            if (def.kind() == SummaryDefinition.Kind.PER_KEY)
                Summaries.recomputeKeys(dsg, def, keys.getOrDefault(def, Set.of()), totals);
        totals.apply();
        Summaries.markCurrent(dsg);
        keys.clear();
    }

    private Set<List<Node>> keyOf(SummaryDefinition def) {
        return keys.computeIfAbsent(def, d -> new LinkedHashSet<>());
    }
}
