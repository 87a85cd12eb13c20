package org.policygraph.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/** RDF4J as an independent second reader of our Turtle, to check exports against the store. */
public final class Rdf4j {

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private Rdf4j() {
    }

    /** Parses Turtle bytes with RDF4J Rio. */
    public static Model parseTurtle(byte[] turtle) {
        try {
            return Rio.parse(new ByteArrayInputStream(turtle), "", RDFFormat.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Jena graph as an RDF4J model, term by term (no serialisation in between). */
    public static Model fromJena(Graph g) {
        Model m = new LinkedHashModel();
        for (Triple t : g.find().toList())
            m.add((Resource) value(t.getSubject()), VF.createIRI(t.getPredicate().getURI()), value(t.getObject()));
        return m;
    }

    /** True when the two models are isomorphic. */
    public static boolean isomorphic(Model a, Model b) {
        return Models.isomorphic(a, b);
    }

    private static Value value(Node n) {
        if (n.isURI())
            return VF.createIRI(n.getURI());
        if (n.isBlank())
            return VF.createBNode(n.getBlankNodeLabel());
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty())
            return VF.createLiteral(n.getLiteralLexicalForm(), lang);
        return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
    }
}
