package org.policygraph.store;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
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
    private final Map<SummaryDefinition, Set<Node>> keys = new IdentityHashMap<>();

    private SummaryUpdate(DatasetGraph dsg) {
        this.dsg = dsg;
        this.totals = new TotalChanges(dsg);
    }

    /** Starts tracking the changes of the current write transaction on {@code dsg}. */
    public static SummaryUpdate begin(DatasetGraph dsg) {
        return new SummaryUpdate(dsg);
    }

    /** Before {@code docGraph} is deleted or replaced: drops its rows and notes what they touched. */
    void removing(Node docGraph) {
        keysIn(dsg.getGraph(docGraph));
        List<Node> rows = new ArrayList<>();
        dsg.find(Summaries.GRAPH, Node.ANY, Summaries.DOCUMENT, docGraph).forEachRemaining(q -> rows.add(q.getSubject()));
        for (Node row : rows) {
            Map<Node, Node> values = new HashMap<>();
            dsg.find(Summaries.GRAPH, row, Node.ANY, Node.ANY).forEachRemaining(q -> values.put(q.getPredicate(), q.getObject()));
            contribution(values, totals::removed);
            dsg.deleteAny(Summaries.GRAPH, row, Node.ANY, Node.ANY);
        }
    }

    /** After {@code graph} was written as {@code docGraph}: adds its rows and notes what they touch. */
    void written(Node docGraph, Graph graph) {
        keysIn(graph);
        Map<Node, Map<Node, Node>> rows = new LinkedHashMap<>();
        for (Quad q : Summaries.documentRows(docGraph, graph)) {
            dsg.add(q);
            rows.computeIfAbsent(q.getSubject(), r -> new HashMap<>()).put(q.getPredicate(), q.getObject());
        }
        for (Map<Node, Node> values : rows.values())
            contribution(values, totals::added);
    }

    /** Hands a row's total, definition and measures to {@code to} when the row is a contribution to a total. */
    private static void contribution(Map<Node, Node> row, ContributionSink to) {
        Node total = row.get(Summaries.TOTAL);
        Node name = row.get(Summaries.CONTRIBUTION_OF);
        if (total == null || name == null)
            return;
        SummaryDefinition def = Summaries.definition(name.getLiteralLexicalForm());
        Map<String, Node> measures = new HashMap<>();
        for (String m : def.measures().keySet()) {
            Node v = row.get(Summaries.column(m));
            if (v != null)
                measures.put(m, v);
        }
        to.accept(total, def, measures);
    }

    private interface ContributionSink {
        void accept(Node total, SummaryDefinition def, Map<String, Node> measures);
    }

    /**
     * Before the metadata graph {@code name} (not a document: a harvest record's graph) is replaced
     * by {@code content}: notes the keys of per-key summaries that the old and the new content hold.
     * Such a graph has no per-document rows, but what it says of a question (its identifier, its
     * answer date, its asker) counts in per-key summaries over the union.
     */
    public void replacingMetadata(Node name, Graph content) {
        keysIn(dsg.getGraph(name));
        keysIn(content);
    }

    /** Notes the keys that {@code graph} holds, for every per-key summary. */
    private void keysIn(Graph graph) {
        for (SummaryDefinition def : SummaryDefinition.ALL)
            if (def.kind() == SummaryDefinition.Kind.PER_KEY)
                def.key().valuesIn(graph, keyOf(def));
    }

    /** Recomputes the totals and member rows the changes touched; call before the transaction commits. */
    public void finish() {
        totals.apply();
        for (SummaryDefinition def : SummaryDefinition.ALL)
            if (def.kind() == SummaryDefinition.Kind.PER_KEY)
                Summaries.recomputeKeys(dsg, def, keys.getOrDefault(def, Set.of()));
        Summaries.markCurrent(dsg);
        keys.clear();
    }

    private Set<Node> keyOf(SummaryDefinition def) {
        return keys.computeIfAbsent(def, d -> new LinkedHashSet<>());
    }
}
