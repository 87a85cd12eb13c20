package org.policygraph.pages;

import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.jsoup.nodes.Element;
import org.policygraph.rdf.QueryPrefixes;

/**
 * How a node is shown on a page: a resource as a link under its name (or its short IRI), a literal
 * as its text, without datatype noise (the datatype is in the tooltip). Always as text, never markup.
 */
final class Values {

    /** Longest literal shown in full in a table cell; the document text itself is never cut. */
    private static final int MAX_CELL = 600;

    private Values() {
    }

    /** A term's prefixed name ("pg:askedBy"), or its full IRI. */
    static String shortName(Node node) {
        if (!node.isURI())
            return node.toString();
        String s = QueryPrefixes.prefixes().shortForm(node.getURI());
        return s;
    }

    /** Appends the node to {@code parent}. */
    static void append(Element parent, Node node, Map<Node, String> names) {
        if (node.isURI()) {
            String text = names.getOrDefault(node, shortName(node));
            var href = Links.href(node);
            if (href.isPresent())
                parent.appendElement("a").attr("href", href.get()).attr("title", node.getURI()).text(cut(text));
            else
                parent.appendElement("span").addClass("iri").text(node.getURI());
        } else if (node.isLiteral()) {
            Element span = parent.appendElement("span").addClass("literal").text(cut(node.getLiteralLexicalForm()));
            String lang = node.getLiteralLanguage();
            if (!lang.isEmpty())
                span.attr("lang", lang).attr("title", "@" + lang);
            else if (!node.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI()))
                span.attr("title", shortName(org.apache.jena.graph.NodeFactory.createURI(node.getLiteralDatatypeURI())));
        } else {
            parent.appendElement("span").addClass("blank").text(node.toString());
        }
    }

    private static String cut(String s) {
        return s.length() <= MAX_CELL ? s : s.substring(0, MAX_CELL) + " …";
    }
}
