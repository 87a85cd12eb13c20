package org.policygraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Validates the store's union graph, the vocabulary graph a server adds left out, against the SHACL
 * shapes shipped with the project ({@code ontology/shapes.ttl}, on the class path).
 */
public final class StoreValidator {

    /** Class-path location of the shapes. */
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";

    private StoreValidator() {
    }

    /** The shapes, parsed. */
    public static Shapes shapes() {
        try (InputStream in = StoreValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("Shapes not found on the class path: " + SHAPES_RESOURCE);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return Shapes.parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates the union of all graphs but the vocabulary, in one read transaction. */
    public static ValidationReport validate(PolicyGraphStore store) {
        Shapes shapes = shapes();
        return Txn.calculateRead(store.dataset(),
                () -> ShaclValidator.get().validate(shapes, new UnionWithoutVocabulary(store.dataset())));
    }
}
