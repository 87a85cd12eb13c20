package org.policygraph.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.nodes.Element;
import org.policygraph.rdf.PG;

/** The vocabulary's page ({@code /def}): every class and property of ours with its labels and definition, each at its own anchor. */
final class VocabularyPage {

    private VocabularyPage() {
    }

    static String render(Vocabulary vocabulary) {
        Graph g = vocabulary.graph();
        Page page = new Page("policygraph vocabulary");
        for (RdfFormat f : RdfFormat.values())
            if (f.lang() != null)
                page.head().appendElement("link").attr("rel", "alternate").attr("type", f.mediaType())
                        .attr("href", "?format=" + f.param());
        Element main = page.main();
        main.appendElement("p").addClass("iri").appendElement("code").text(Vocabulary.ONTOLOGY.getURI());
        Element formats = main.appendElement("p").addClass("formats").appendText("Also as: ");
        for (RdfFormat f : RdfFormat.values())
            if (f.lang() != null)
                formats.appendText(" ").appendElement("a").attr("href", "?format=" + f.param()).text(f.param());
        section(main, g, vocabulary, "Classes", List.of(OWL.Class.asNode(), RDFS.Class.asNode()));
        section(main, g, vocabulary, "Properties", List.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
                RDF.Property.asNode(), OWL.AnnotationProperty.asNode()));
        return page.html();
    }

    private static void section(Element main, Graph g, Vocabulary v, String title, List<Node> types) {
        List<Node> terms = new ArrayList<>();
        for (Node type : types)
            g.find(Node.ANY, RDF.Nodes.type, type).forEachRemaining(t -> {
                Node s = t.getSubject();
                if (s.isURI() && s.getURI().startsWith(PG.NS) && !terms.contains(s))
                    terms.add(s);
            });
        terms.sort(Comparator.comparing(Node::getURI));
        main.appendElement("h2").text(title);
        Element dl = main.appendElement("dl").addClass("terms");
        for (Node term : terms) {
            String local = term.getURI().substring(PG.NS.length());
            Element dt = dl.appendElement("dt").attr("id", local);
            dt.appendElement("code").text("pg:" + local);
            v.label(term, "nl").ifPresent(l -> dt.appendText(" ").appendElement("span").attr("lang", "nl").text(l));
            v.label(term, "en").ifPresent(l -> dt.appendText(" / ").appendElement("span").attr("lang", "en").text(l));
            Element dd = dl.appendElement("dd");
            comment(g, term, "en").ifPresent(c -> dd.appendElement("p").attr("lang", "en").text(c));
            comment(g, term, "nl").ifPresent(c -> dd.appendElement("p").attr("lang", "nl").text(c));
        }
    }

    private static Optional<String> comment(Graph g, Node term, String lang) {
        return g.find(term, RDFS.Nodes.comment, Node.ANY).toList().stream()
                .map(t -> t.getObject())
                .filter(o -> o.isLiteral() && o.getLiteralLanguage().equals(lang))
                .map(Node::getLiteralLexicalForm).findFirst();
    }
}
