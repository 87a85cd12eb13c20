package org.policygraph.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.policygraph.rdf.Iris;

/**
 * The ontology ({@code ontology/policygraph.ttl}, on the class path) with its Dutch and English
 * labels: what pages call a property or class, and what the server loads as a graph of its own.
 */
public final class Vocabulary {

    /** Where the ontology is on the class path. */
    public static final String RESOURCE = "/ontology/policygraph.ttl";
    /** The ontology's IRI, also the name of its graph in the served dataset. */
    public static final Node ONTOLOGY = Iris.VOCABULARY_GRAPH;

    private final Graph graph;
    private final Map<Node, Map<String, String>> labels = new HashMap<>();

    private Vocabulary(Graph graph) {
        this.graph = graph;
        graph.find(Node.ANY, RDFS.Nodes.label, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral())
                labels.computeIfAbsent(t.getSubject(), k -> new HashMap<>())
                        .putIfAbsent(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm());
        });
    }

    /** Reads the ontology from the class path. */
    public static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new Vocabulary(g);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The ontology's triples (do not change them). */
    public Graph graph() {
        return graph;
    }

    /** The term's label in this language ("nl", "en"), if the ontology gives one. */
    public Optional<String> label(Node term, String lang) {
        Map<String, String> byLang = labels.get(term);
        return byLang == null ? Optional.empty() : Optional.ofNullable(byLang.get(lang));
    }
}
