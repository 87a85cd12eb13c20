package org.policygraph.store;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.PG;

/**
 * The documents already in a store, by key, with the hash and parser version they were built
 * from: what decides whether a file is new, changed or unchanged.
 */
public final class StoredDocuments {

    private StoredDocuments() {
    }

    /** Reads the index in one read transaction. */
    public static Map<String, StoredVersion> read(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, StoredVersion> index = new HashMap<>();
            Iterator<Quad> keys = dsg.find(Node.ANY, Node.ANY, PG.documentKey, Node.ANY);
            while (keys.hasNext()) {
                Quad q = keys.next();
                if (!q.getGraph().getURI().startsWith(Iris.DOCUMENT_GRAPH_BASE))
                    continue;
                String sha = value(dsg, q.getGraph(), q.getSubject(), PG.sha256);
                String version = value(dsg, q.getGraph(), q.getSubject(), PG.parserVersion);
                index.put(q.getObject().getLiteralLexicalForm(), new StoredVersion(sha, version));
            }
            return index;
        });
    }

    private static String value(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }
}
