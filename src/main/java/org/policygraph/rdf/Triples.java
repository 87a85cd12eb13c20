package org.policygraph.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Adds triples to a fresh graph that only it writes, with typed literals built in one place. Never
 * searches the graph (what {@link #firstString} needs, it keeps itself): a document's graph is
 * built without its indexes (see {@link DocumentMapper}), and one search would build them half-way
 * through the mapping.
 */
final class Triples {

    /** The properties {@link #firstString} fills; for these, which subjects have a value is kept here. */
    private static final Set<Node> FIRST_VALUE_PROPERTIES = Set.of(Vocab.DCTERMS_TITLE, Vocab.RDFS_LABEL, Vocab.FOAF_NAME);

    private record Valued(Node subject, Node property) {
    }

    private final Graph graph;
    private final Set<Valued> valued = new HashSet<>();

    Triples(Graph graph) {
        this.graph = graph;
    }

    Triples add(Node s, Node p, Node o) {
        graph.add(s, p, o);
        if (FIRST_VALUE_PROPERTIES.contains(p))
            valued.add(new Valued(s, p));
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
        if (!FIRST_VALUE_PROPERTIES.contains(p))
            throw new IllegalArgumentException("not a first-value property: " + p);
        return valued.contains(new Valued(s, p)) ? this : string(s, p, value);
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
