package org.policygraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the RDF Data Cube vocabulary, for figures read from tables. */
final class Qb {

    static final String NS = "http://purl.org/linked-data/cube#";
    static final Node Observation = NodeFactory.createURI(NS + "Observation");
    static final Node DataSet = NodeFactory.createURI(NS + "DataSet");
    static final Node dataSet = NodeFactory.createURI(NS + "dataSet");
    static final Node structure = NodeFactory.createURI(NS + "structure");

    private Qb() {
    }
}
