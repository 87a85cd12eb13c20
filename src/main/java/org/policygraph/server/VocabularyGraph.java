package org.policygraph.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.policygraph.pages.Vocabulary;

/**
 * Puts the ontology into the served dataset as a graph of its own, named by the ontology's IRI
 * ({@code https://w3id.org/policygraph/def}), so that classes and properties have labels to query
 * and the default graph (the union) answers with them. Written only when the stored copy differs,
 * so a server over an unchanged store writes nothing.
 * <p>
 * Without its {@code rdfs:subClassOf} axioms: SHACL follows them in the data graph, so in the union
 * they would make every question a target of the shapes of a generic document (which an earlier
 * question known only from a reference is not). The full ontology is at {@code /def}.
 */
final class VocabularyGraph {

    private VocabularyGraph() {
    }

    /** Makes the dataset's vocabulary graph equal to the ontology on the class path. */
    static void install(DatasetGraph dsg, Vocabulary vocabulary) {
        Graph ontology = GraphFactory.createDefaultGraph();
        vocabulary.graph().find().forEachRemaining(t -> {
            if (!t.getPredicate().equals(RDFS.Nodes.subClassOf))
                ontology.add(t);
        });
        boolean same = Txn.calculateRead(dsg, () -> dsg.getGraph(Vocabulary.ONTOLOGY).isIsomorphicWith(ontology));
        if (same)
            return;
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(Vocabulary.ONTOLOGY, Node.ANY, Node.ANY, Node.ANY);
            ontology.find().forEachRemaining(t -> dsg.add(Vocabulary.ONTOLOGY, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }
}
