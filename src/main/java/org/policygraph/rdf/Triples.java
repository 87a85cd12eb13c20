package org.policygraph.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;

/** Adds triples to a graph, with typed literals built in one place. */
final class Triples {

    private final Graph graph;

    Triples(Graph graph) {
        this.graph = graph;
    }

    Triples add(Node s, Node p, Node o) {
        graph.add(s, p, o);
        return this;
    }

    Triples type(Node s, Node type) {
        return add(s, RDF.Nodes.type, type);
    }

    Triples string(Node s, Node p, String value) {
        return add(s, p, NodeFactory.createLiteralString(value));
    }

    /**
     * Adds a string only when the subject has no value for the property yet: names and titles of
     * resources keyed by a slug, where two spellings in one document ("GO!", "GO") meet one IRI.
     */
    Triples firstString(Node s, Node p, String value) {
        return graph.contains(s, p, Node.ANY) ? this : string(s, p, value);
    }

    Triples date(Node s, Node p, LocalDate value) {
        return add(s, p, NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdate));
    }

    Triples integer(Node s, Node p, long value) {
        return add(s, p, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
    }

    Triples longValue(Node s, Node p, long value) {
        return add(s, p, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDlong));
    }

    Triples year(Node s, Node p, int year) {
        return add(s, p, NodeFactory.createLiteralDT(String.format("%04d", year), XSDDatatype.XSDgYear));
    }

    Triples bool(Node s, Node p, boolean value) {
        return add(s, p, NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean));
    }

    /**
     * An xsd:decimal in its canonical form ("68.0", "29873345.3"), as TDB2 stores it, so that a
     * document's triples are the same before and after a trip through the store.
     */
    Triples decimal(Node s, Node p, BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        String lexical = v.scale() < 1 ? v.setScale(1).toPlainString() : v.toPlainString();
        return add(s, p, NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal));
    }
}
