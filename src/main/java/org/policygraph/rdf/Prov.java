package org.policygraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of PROV-O that policygraph writes: where facts came from, and the runs that made them. */
public final class Prov {

    public static final String NS = Namespaces.PROV;

    public static final Node wasDerivedFrom = uri("wasDerivedFrom");
    public static final Node wasGeneratedBy = uri("wasGeneratedBy");
    public static final Node generatedAtTime = uri("generatedAtTime");
    public static final Node used = uri("used");
    public static final Node startedAtTime = uri("startedAtTime");
    public static final Node endedAtTime = uri("endedAtTime");

    private Prov() {
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
