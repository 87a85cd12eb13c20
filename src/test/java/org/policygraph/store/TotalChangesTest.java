package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A total changed by the difference of its contributions is, datatype included, what recomputing
 * it from all of them gives: a sum over one contribution keeps that contribution's datatype, a sum
 * of integers of any integer type is an {@code xsd:integer}, a sum of decimals stays a decimal only
 * while a decimal is left, and a sum that comes to zero with contributions left is zero.
 * Contributions are written by hand to the totals of {@code documents-per-kind} (two summed measures).
 */
@Tag("store")
class TotalChangesTest {

    private static final String NAME = "documents-per-kind";
    private static final Node TOTAL = NodeFactory.createURI("urn:test:total");

    private final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    private int rows;

    @Test
    void aSumOfLongsIsTheOneLongLeftOrAnInteger() {
        Node a = contribution(1, "658", XSDDatatype.XSDlong);
        contribution(1, "630", XSDDatatype.XSDlong);
        Summaries.recomputeTotal(dsg, TOTAL);

        change(Set.of(a), Map.of());
        assertAsRecomputed("one long left: that long, as it is");
        assertEquals(NodeFactory.createLiteralDT("630", XSDDatatype.XSDlong), measure("totalBytes"));

        change(Set.of(), Map.of(2L, "700"));
        assertAsRecomputed("two longs: an integer");
        assertEquals(NodeFactory.createLiteralDT("1330", XSDDatatype.XSDinteger), measure("totalBytes"));
    }

    @Test
    void aSumOfDecimalsStaysADecimalOnlyWhileOneIsLeft() {
        contribution(1, "1", XSDDatatype.XSDinteger);
        Node decimal = contribution(1, "2.5", XSDDatatype.XSDdecimal);
        Node other = contribution(1, "4", XSDDatatype.XSDinteger);
        Summaries.recomputeTotal(dsg, TOTAL);

        change(Set.of(decimal), Map.of(1L, "1.5"));
        assertAsRecomputed("a decimal replaced by a decimal");

        Node added = rowHolding("1.5");
        change(Set.of(added), Map.of());
        assertAsRecomputed("the last decimal taken away: the integers left add up to an integer");
        assertEquals(XSDDatatype.XSDinteger.getURI(), measure("totalBytes").getLiteralDatatypeURI());

        change(Set.of(other), Map.of(3L, "0.5"));
        assertAsRecomputed("an integer replaced by a decimal in one transaction");
    }

    @Test
    void aSumThatComesToZeroWithContributionsLeftIsZero() {
        Node a = contribution(0, "5", XSDDatatype.XSDinteger);
        contribution(0, "7", XSDDatatype.XSDinteger);
        Summaries.recomputeTotal(dsg, TOTAL);
        change(Set.of(a), Map.of(0L, "9"));
        assertAsRecomputed("zero documents, contributions left");
        assertEquals(NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger), measure("documents"));
    }

    @Test
    void aTotalLeftWithoutContributionsGoes() {
        Node a = contribution(1, "5", XSDDatatype.XSDinteger);
        Summaries.recomputeTotal(dsg, TOTAL);
        change(Set.of(a), Map.of());
        assertEquals(Set.of(), totalRow(), "no contributions, no total");
    }

    /** Removes {@code removed} and adds a contribution per entry (documents, totalBytes), through TotalChanges. */
    private void change(Set<Node> removed, Map<Long, String> added) {
        Map<Node, Map<Node, Node>> old = new LinkedHashMap<>();
        for (Node row : removed)
            old.put(row, Summaries.valuesOf(dsg, row));
        Map<Node, Map<Node, Node>> next = new LinkedHashMap<>();
        added.forEach((documents, bytes) -> next.put(NodeFactory.createURI("urn:test:row" + rows++),
                values(documents, bytes, bytes.contains(".") ? XSDDatatype.XSDdecimal : XSDDatatype.XSDlong)));
        TotalChanges totals = new TotalChanges(dsg);
        Summaries.replaceRows(dsg, old, next, totals);
        totals.apply();
    }

    private Node contribution(long documents, String bytes, XSDDatatype type) {
        Node row = NodeFactory.createURI("urn:test:row" + rows++);
        values(documents, bytes, type).forEach((p, o) -> dsg.add(Summaries.GRAPH, row, p, o));
        return row;
    }

    private static Map<Node, Node> values(long documents, String bytes, XSDDatatype type) {
        Map<Node, Node> values = new LinkedHashMap<>();
        values.put(Summaries.CONTRIBUTION_OF, NodeFactory.createLiteralString(NAME));
        values.put(Summaries.TOTAL, TOTAL);
        values.put(Summaries.column("kind"), NodeFactory.createLiteralString("advice"));
        values.put(Summaries.column("documents"), NodeFactory.createLiteralDT(Long.toString(documents), XSDDatatype.XSDinteger));
        values.put(Summaries.column("totalBytes"), NodeFactory.createLiteralDT(bytes, type));
        return values;
    }

    private Node rowHolding(String bytes) {
        return Iter.toList(dsg.find(Summaries.GRAPH, Node.ANY, Summaries.column("totalBytes"), Node.ANY)).stream()
                .filter(q -> q.getObject().getLiteralLexicalForm().equals(bytes) && !q.getSubject().equals(TOTAL))
                .findFirst().orElseThrow().getSubject();
    }


    private Node measure(String column) {
        return Summaries.first(dsg, TOTAL, Summaries.column(column));
    }

    private Set<String> totalRow() {
        return Iter.toList(dsg.find(Summaries.GRAPH, TOTAL, Node.ANY, Node.ANY)).stream().map(Quad::toString).collect(Collectors.toSet());
    }

    private void assertAsRecomputed(String when) {
        Set<String> byDifference = totalRow();
        Summaries.recomputeTotal(dsg, TOTAL);
        assertEquals(totalRow(), byDifference, when);
    }
}
