package org.policygraph.store;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.policygraph.rdf.Iris;

/**
 * The union of a dataset's named graphs but the vocabulary graph a server loads
 * ({@link Iris#VOCABULARY_GRAPH}): what the documents say, without the ontology's axioms, as SHACL
 * would otherwise apply the shapes of a class to every instance of its subclasses. Read-only; read
 * inside the caller's transaction.
 */
final class UnionWithoutVocabulary extends GraphBase {

    private final DatasetGraph dsg;

    UnionWithoutVocabulary(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Set<Triple> seen = new HashSet<>();
        return WrappedIterator.create(dsg.find(Node.ANY, pattern.getMatchSubject(), pattern.getMatchPredicate(), pattern.getMatchObject()))
                .filterDrop(q -> q.getGraph().equals(Iris.VOCABULARY_GRAPH) || q.isDefaultGraph())
                .mapWith(q -> q.asTriple())
                .filterKeep(seen::add);
    }
}
