package org.policygraph.server;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.policygraph.pages.Vocabulary;
import org.policygraph.store.WriteGate;

/**
 * Puts the ontology into the served dataset as a graph of its own, named by the ontology's IRI
 * ({@code https://w3id.org/policygraph/def}), so that classes and properties have labels to query,
 * and the class and property hierarchy ({@code rdfs:subClassOf}, {@code rdfs:subPropertyOf}) to
 * follow with property paths, in the default graph (the union) too. Written only when the stored
 * copy differs, so a server over an unchanged store writes nothing.
 * <p>
 * Validation leaves this graph out ({@link org.policygraph.store.StoreValidator}): SHACL follows
 * {@code rdfs:subClassOf} in the data graph, and the shapes are written for the documents' own
 * classes.
 */
final class VocabularyGraph {

    private VocabularyGraph() {
    }

    /** Makes the dataset's vocabulary graph equal to the ontology on the class path. */
    static void install(DatasetGraph dsg, Vocabulary vocabulary) {
        boolean same = Txn.calculateRead(dsg, () -> dsg.getGraph(Vocabulary.ONTOLOGY).isIsomorphicWith(vocabulary.graph()));
        if (same)
            return;
        // Past the write gate: under serve --watch an automatic compaction may already be copying the store.
        WriteGate.of(dsg).writing(() -> Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(Vocabulary.ONTOLOGY, Node.ANY, Node.ANY, Node.ANY);
            vocabulary.graph().find().forEachRemaining(t -> dsg.add(Vocabulary.ONTOLOGY, t.getSubject(), t.getPredicate(), t.getObject()));
        }));
    }
}
