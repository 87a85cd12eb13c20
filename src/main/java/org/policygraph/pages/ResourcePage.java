package org.policygraph.pages;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.nodes.Element;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.Namespaces;
import org.policygraph.rdf.Nif;
import org.policygraph.rdf.PG;
import org.policygraph.rdf.Prov;

/**
 * The HTML page of one resource: its statements with the properties' Dutch and English labels, the
 * resources naming it, where its statements come from; for a source document its text with the
 * facts highlighted ({@link DocumentText}), for a person and a post their questions over time
 * ({@link PersonSection}, {@link PostSection}). Rendered inside the caller's read transaction.
 */
public final class ResourcePage {

    private static final Node FOAF_PERSON = NodeFactory.createURI(Namespaces.FOAF + "Person");
    /**
     * Most graphs listed under provenance: a person is named in every document about them, a
     * minister in a thousand, each with the ingest that wrote it.
     */
    static final int MAX_GRAPHS = 20;

    private final Vocabulary vocabulary;

    /** A renderer that labels properties from this vocabulary. */
    public ResourcePage(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The page of the described resource. */
    public String render(DatasetGraph dsg, Description d) {
        Node r = d.resource();
        Page page = new Page(d.names().getOrDefault(r, Values.shortName(r)));
        for (RdfFormat f : RdfFormat.values())
            if (f.lang() != null)
                page.head().appendElement("link").attr("rel", "alternate").attr("type", f.mediaType())
                        .attr("href", "?format=" + f.param());
        Element main = page.main();
        Element iri = main.appendElement("p").addClass("iri");
        iri.appendElement("code").text(r.getURI());
        types(main, d);
        Element formats = main.appendElement("p").addClass("formats").appendText("Also as: ");
        for (RdfFormat f : RdfFormat.values())
            if (f.lang() != null)
                formats.appendText(" ").appendElement("a").attr("href", "?format=" + f.param()).attr("type", f.mediaType()).text(f.param());
        d.value(Prov.wasDerivedFrom).ifPresent(src -> {
            Element p = main.appendElement("p").addClass("source").appendText("Read from ");
            Values.append(p, src, d.names());
            p.appendText(" (its text, with every fact highlighted).");
        });
        d.value(Nif.isString).ifPresent(text -> DocumentText.render(dsg, r, text.getLiteralLexicalForm(), main));
        if (d.values(RDF.Nodes.type).contains(FOAF_PERSON))
            PersonSection.render(dsg, d, main);
        if (d.values(RDF.Nodes.type).contains(PG.Post))
            PostSection.render(dsg, d, main);
        properties(main, d);
        incoming(main, d);
        provenance(main, dsg, d);
        if (d.value(Nif.isString).isPresent())
            page.script("/ui/document.js");
        return page.html();
    }

    private static void types(Element main, Description d) {
        List<Node> types = d.values(RDF.Nodes.type);
        if (types.isEmpty())
            return;
        Element p = main.appendElement("p").addClass("types").appendText("A ");
        for (int i = 0; i < types.size(); i++) {
            if (i > 0)
                p.appendText(", ");
            Values.append(p, types.get(i), Map.of());
        }
    }

    private void properties(Element main, Description d) {
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        for (Triple t : d.outgoing().keySet())
            byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        main.appendElement("h2").text("Properties");
        Element table = main.appendElement("table").addClass("properties");
        for (Map.Entry<Node, List<Node>> e : byPredicate.entrySet()) {
            Element tr = table.appendElement("tr");
            property(tr.appendElement("th"), e.getKey());
            Element td = tr.appendElement("td");
            for (Node o : e.getValue())
                Values.append(td.appendElement("div"), o, d.names());
        }
    }

    /** A property as "Dutch label / English label", linked to its definition, with its prefixed name. */
    void property(Element cell, Node p) {
        String nl = vocabulary.label(p, "nl").orElse(null);
        String en = vocabulary.label(p, "en").orElse(null);
        String text = nl == null && en == null ? Values.shortName(p)
                : nl == null || nl.equals(en) ? (en == null ? nl : en) : en == null ? nl : nl + " / " + en;
        Element a = cell.appendElement("a").attr("href", Links.href(p).orElse("#")).attr("title", p.getURI()).text(text);
        if (nl != null)
            a.attr("lang", "nl");
        cell.appendElement("code").text(Values.shortName(p));
    }

    private void incoming(Element main, Description d) {
        if (d.incoming().isEmpty())
            return;
        main.appendElement("h2").text("Named by");
        if (d.incomingTotal() > d.incoming().size() || d.moreIncoming())
            main.appendElement("p").text("The first " + d.incoming().size() + " of " + (d.moreIncoming() ? "more than " : "")
                    + d.incomingTotal() + " statements naming it; the query page gives them all.");
        Element table = main.appendElement("table").addClass("incoming");
        for (Triple t : d.incoming()) {
            Element tr = table.appendElement("tr");
            Values.append(tr.appendElement("td"), t.getSubject(), d.names());
            property(tr.appendElement("th"), t.getPredicate());
        }
    }

    /** The graphs its statements are in, and for a document graph the ingest that wrote it. */
    private void provenance(Element main, DatasetGraph dsg, Description d) {
        Set<Node> graphs = d.graphs();
        if (graphs.isEmpty())
            return;
        main.appendElement("h2").text("Provenance");
        Element list = main.appendElement("ul").addClass("provenance");
        int listed = 0;
        for (Node g : graphs) {
            if (listed++ == MAX_GRAPHS) {
                list.appendElement("li").addClass("more")
                        .text("and " + (graphs.size() - MAX_GRAPHS) + " more graphs (the query page gives them all)");
                break;
            }
            Element li = list.appendElement("li").appendText("Stated in graph ");
            li.appendElement("code").text(g.getURI());
            if (g.equals(Iris.REGISTRY_GRAPH))
                li.appendText(" (the ingest registry)");
            else if (g.equals(Vocabulary.ONTOLOGY))
                li.appendText(" (the vocabulary)");
            Iterator<Quad> acts = dsg.find(Iris.REGISTRY_GRAPH, Node.ANY, PG.graph, g);
            while (acts.hasNext()) {
                Node act = acts.next().getSubject();
                li.appendText(", written by ");
                Values.append(li, act, Map.of(act, "ingest"));
                first(dsg, act, Prov.used).ifPresent(src -> {
                    li.appendText(" from ");
                    Values.append(li, src, Map.of());
                });
                first(dsg, act, Prov.endedAtTime).ifPresent(t -> li.appendText(" at " + t.getLiteralLexicalForm()));
            }
        }
    }

    static java.util.Optional<Node> first(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? java.util.Optional.of(it.next().getObject()) : java.util.Optional.empty();
    }
}
