package org.policygraph.textindex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.policygraph.rdf.Namespaces;
import org.policygraph.rdf.Nif;
import org.policygraph.rdf.PG;

/**
 * Which literals of a document graph are indexed: the ones people search. A sentence is indexed as
 * the {@code nif:anchorOf} of the span a figure names with {@code pg:inSentence}; other spans (every
 * mention, every figure's own span) are not, so that a search over {@code nif:anchorOf} finds
 * sentences.
 */
public final class IndexedLiterals {

    /** dcterms:title of documents, questions, advice sections, cited decisions and advices. */
    public static final Node TITLE = NodeFactory.createURI(Namespaces.DCTERMS + "title");

    /** Predicates whose every literal is indexed. */
    public static final List<Node> PREDICATES = List.of(TITLE, PG.text, PG.context, PG.measure, PG.quote);

    private IndexedLiterals() {
    }

    /** The indexed literals of {@code graph}, in a stable order. */
    public static List<TextEntry> of(Graph graph) {
        List<TextEntry> entries = new ArrayList<>();
        for (Node p : PREDICATES)
            graph.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> add(t, entries));
        Set<Node> sentences = new LinkedHashSet<>();
        graph.find(Node.ANY, PG.inSentence, Node.ANY).forEachRemaining(t -> sentences.add(t.getObject()));
        for (Node span : sentences)
            graph.find(span, Nif.anchorOf, Node.ANY).forEachRemaining(t -> add(t, entries));
        return entries;
    }

    private static void add(Triple t, List<TextEntry> entries) {
        Node o = t.getObject();
        if (o.isLiteral() && !o.getLiteralLexicalForm().isBlank())
            entries.add(new TextEntry(t.getSubject(), t.getPredicate(), o.getLiteralLexicalForm(), o.getLiteralLanguage()));
    }

    /**
     * The version of the document a graph holds: its file's SHA-256 and the parser version, or ""
     * for a graph without a document record.
     */
    public static String version(Graph graph) {
        return value(graph, PG.sha256) + "|" + value(graph, PG.parserVersion);
    }

    private static String value(Graph graph, Node p) {
        var it = graph.find(Node.ANY, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
        } finally {
            it.close();
        }
    }
}
