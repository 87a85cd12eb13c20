package org.policygraph.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;

/**
 * The contributions one write transaction takes from and adds to the totals of the summaries, and
 * each total brought up to date from them. A total of a minister or a document kind adds up tens of
 * thousands of contributions, and recomputing it from all of them for every commit that touched one
 * was most of an incremental run at 100,000 documents (bench/RESULTS.md). So a total is changed by
 * the difference where that gives exactly what the recomputation gives, datatype included:
 * <ul>
 * <li>a sum over one contribution left is that contribution's value, as it is (a SPARQL SUM of
 * one {@code xsd:long} is that {@code xsd:long});</li>
 * <li>a sum over several is the difference added to the total when the contributions are all
 * integers (their sum is an {@code xsd:integer} whatever their integer types), or when they are
 * of the total's datatype and one of them is added in this transaction (so that one of that
 * datatype is sure to be left);</li>
 * <li>a maximum or minimum that no removed contribution held or that an added one reaches again.</li>
 * </ul>
 * Anything else (a new total, a total or measure left without contributions, a removed extreme no
 * added contribution reaches, contributions of mixed datatypes in the transaction, a measure
 * missing from a contribution) is recomputed from the contributions, as before.
 */
final class TotalChanges {

    /** What the transaction did to one total's contributions. */
    private static final class Change {
        final SummaryDefinition def;
        /** Per summed measure: what was added less what was taken away. */
        final Map<String, NodeValue> sums = new HashMap<>();
        /** Per maximum or minimum: the most extreme value added. */
        final Map<String, NodeValue> extremes = new HashMap<>();
        /** The maxima or minima of which a contribution holding the total's extreme was removed. */
        final Set<String> extremeTaken = new HashSet<>();
        /** Per measure: the datatype of the values seen, all of which must have it. */
        final Map<String, String> datatypes = new HashMap<>();
        /** Per measure: whether every value seen is an integer (of any integer type). */
        final Map<String, Boolean> integers = new HashMap<>();
        /** The measures of which a contribution was added. */
        final Set<String> addedTo = new HashSet<>();
        boolean recompute;

        Change(SummaryDefinition def) {
            this.def = def;
        }
    }

    private static final NodeValue ZERO = NodeValue.makeInteger(0);

    private final DatasetGraph dsg;
    private final Map<Node, Change> changes = new LinkedHashMap<>();

    TotalChanges(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The summary row with these values (by predicate) is being removed: when it is a contribution, from its total. */
    void removed(Map<Node, Node> row) {
        Node total = row.get(Summaries.TOTAL);
        if (total == null)
            return;
        SummaryDefinition def = definition(row);
        removed(total, def, measures(def, row));
    }

    /** The summary row with these values (by predicate) is being added: when it is a contribution, to its total. */
    void added(Map<Node, Node> row) {
        Node total = row.get(Summaries.TOTAL);
        if (total == null)
            return;
        SummaryDefinition def = definition(row);
        added(total, def, measures(def, row));
    }

    private static SummaryDefinition definition(Map<Node, Node> row) {
        return Summaries.definition(row.get(Summaries.CONTRIBUTION_OF).getLiteralLexicalForm());
    }

    /** A contribution's measure values by column. */
    private static Map<String, Node> measures(SummaryDefinition def, Map<Node, Node> row) {
        Map<String, Node> out = new HashMap<>();
        for (String m : def.measures().keySet()) {
            Node v = row.get(Summaries.column(m));
            if (v != null)
                out.put(m, v);
        }
        return out;
    }

    private void removed(Node total, SummaryDefinition def, Map<String, Node> measures) {
        Change c = changeOf(total, def);
        Map<String, NodeValue> values = values(c, measures);
        if (values == null)
            return;
        for (Map.Entry<String, SummaryDefinition.Op> m : def.measures().entrySet()) {
            NodeValue nv = values.get(m.getKey());
            if (m.getValue() == SummaryDefinition.Op.SUM) {
                NodeValue sum = c.sums.get(m.getKey());
                c.sums.put(m.getKey(), XSDFuncOp.numSubtract(sum == null ? ZERO : sum, nv));
                continue;
            }
            // Taking away a value the total may hold as its extreme: only all contributions know the
            // next one, unless the transaction adds that extreme again (a document replaced by itself).
            Node current = Summaries.first(dsg, total, Summaries.column(m.getKey()));
            if (current == null) {
                c.recompute = true;
                return;
            }
            if (!beyond(m.getValue(), NodeValue.makeNode(current), nv))
                c.extremeTaken.add(m.getKey());
        }
    }

    private void added(Node total, SummaryDefinition def, Map<String, Node> measures) {
        Change c = changeOf(total, def);
        Map<String, NodeValue> values = values(c, measures);
        if (values == null)
            return;
        for (Map.Entry<String, SummaryDefinition.Op> m : def.measures().entrySet()) {
            NodeValue nv = values.get(m.getKey());
            c.addedTo.add(m.getKey());
            Map<String, NodeValue> into = m.getValue() == SummaryDefinition.Op.SUM ? c.sums : c.extremes;
            NodeValue so = into.get(m.getKey());
            into.put(m.getKey(), so == null ? nv : Summaries.accumulate(m.getValue(), so, nv));
        }
    }

    /**
     * A contribution's value of every measure, or null when the total is to be recomputed: already
     * so, or now because a measure is missing or of another datatype than before.
     */
    private static Map<String, NodeValue> values(Change c, Map<String, Node> measures) {
        if (c.recompute)
            return null;
        Map<String, NodeValue> out = new HashMap<>();
        for (String m : c.def.measures().keySet()) {
            Node v = measures.get(m);
            if (v == null || !sameType(c, m, v)) {
                c.recompute = true;
                return null;
            }
            NodeValue nv = NodeValue.makeNode(v);
            c.integers.merge(m, nv.isInteger(), Boolean::logicalAnd);
            out.put(m, nv);
        }
        return out;
    }

    /** Brings every changed total up to date; inside the write transaction, after its contributions changed. */
    void apply() {
        for (Map.Entry<Node, Change> e : changes.entrySet()) {
            Node total = e.getKey();
            Change c = e.getValue();
            Map<String, Node> next = c.recompute ? null : byDifference(total, c);
            if (next == null) {
                Summaries.recomputeTotal(dsg, total);
                continue;
            }
            for (Map.Entry<String, Node> m : next.entrySet()) {
                Node column = Summaries.column(m.getKey());
                dsg.deleteAny(Summaries.GRAPH, total, column, Node.ANY);
                dsg.add(Summaries.GRAPH, total, column, m.getValue());
            }
        }
        changes.clear();
    }

    /** The total's new measures by column, or null where only a recomputation is sure to be right. */
    private Map<String, Node> byDifference(Node total, Change c) {
        if (!dsg.find(Summaries.GRAPH, Node.ANY, Summaries.TOTAL, total).hasNext())
            return null;
        Map<String, Node> next = new LinkedHashMap<>();
        for (Map.Entry<String, SummaryDefinition.Op> m : c.def.measures().entrySet()) {
            Node column = Summaries.column(m.getKey());
            Node current = Summaries.first(dsg, total, column);
            if (current == null || !current.isLiteral())
                return null;
            NodeValue now = NodeValue.makeNode(current);
            Node value = m.getValue() == SummaryDefinition.Op.SUM ? sum(total, column, c, m.getKey(), now)
                    : extreme(c, m.getKey(), m.getValue(), now);
            if (value == null)
                return null;
            next.put(m.getKey(), value);
        }
        return next;
    }

    /** A sum's new value, or null where only a recomputation is sure to be right. */
    private Node sum(Node total, Node column, Change c, String measure, NodeValue now) {
        Node[] left = new Node[2];
        int count = 0;
        for (var rows = dsg.find(Summaries.GRAPH, Node.ANY, Summaries.TOTAL, total); rows.hasNext() && count < 2;) {
            Node v = Summaries.first(dsg, rows.next().getSubject(), column);
            if (v != null)
                left[count++] = v;
        }
        if (count == 0)
            return null;
        if (count == 1)
            return left[0];
        NodeValue diff = c.sums.get(measure);
        NodeValue value = diff == null ? now : XSDFuncOp.numAdd(now, diff);
        // A total of integers is an integer once it adds up two of them; a total of decimals is a
        // decimal only while one is left, which an added contribution makes sure of.
        boolean integers = c.integers.getOrDefault(measure, true) && now.isInteger();
        boolean sameType = sameType(c, measure, now.asNode()) && c.addedTo.contains(measure);
        if (!integers && !sameType)
            return null;
        return value.asNode().getLiteralDatatypeURI().equals(integers ? XSDDatatype.XSDinteger.getURI() : now.asNode().getLiteralDatatypeURI())
                ? value.asNode() : null;
    }

    /** A maximum's or minimum's new value, or null where only a recomputation is sure to be right. */
    private static Node extreme(Change c, String measure, SummaryDefinition.Op op, NodeValue now) {
        if (!sameType(c, measure, now.asNode()))
            return null;
        NodeValue added = c.extremes.get(measure);
        // With its extreme taken away, the total keeps it only if an added contribution reaches it again.
        if (c.extremeTaken.contains(measure) && (added == null || beyond(op, now, added)))
            return null;
        return (added == null ? now : Summaries.accumulate(op, now, added)).asNode();
    }

    private Change changeOf(Node total, SummaryDefinition def) {
        return changes.computeIfAbsent(total, t -> new Change(def));
    }

    /** Whether {@code v} is a literal of the datatype every value of the measure seen so far had. */
    private static boolean sameType(Change c, String measure, Node v) {
        if (!v.isLiteral())
            return false;
        return c.datatypes.computeIfAbsent(measure, k -> v.getLiteralDatatypeURI()).equals(v.getLiteralDatatypeURI());
    }

    /** Whether the total's extreme {@code current} lies strictly beyond {@code removed}, so that removing it changes nothing. */
    private static boolean beyond(SummaryDefinition.Op op, NodeValue current, NodeValue removed) {
        int cmp = NodeValue.compareAlways(current, removed);
        return op == SummaryDefinition.Op.MAX ? cmp > 0 : cmp < 0;
    }
}
