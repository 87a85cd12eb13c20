package org.policygraph.pages;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.nodes.Element;

/**
 * What a person's page adds: questions asked and received per year, the answer parts given to
 * questions addressed to them by kind (answering, pointing elsewhere), the posts held with the
 * first and last date seen, and their latest questions.
 */
final class PersonSection {

    private static final String PER_YEAR = """
            SELECT ?year (COUNT(DISTINCT ?asked) AS ?a) (COUNT(DISTINCT ?received) AS ?r) {
              { ?asked pg:askedBy ?this ; a pg:WrittenQuestion ; dcterms:date ?d }
              UNION { ?received pg:addressedTo ?this ; a pg:WrittenQuestion ; dcterms:date ?d }
              BIND (YEAR(?d) AS ?year)
            } GROUP BY ?year ORDER BY ?year
            """;
    private static final String PARTS = """
            SELECT (COUNT(DISTINCT ?part) AS ?parts) (COUNT(DISTINCT ?pointing) AS ?pointing) {
              { ?a pg:answeredBy ?this } UNION { [] pg:addressedTo ?this ; pg:hasAnswer ?a }
              ?a pg:hasAnswerPart+ ?part .
              OPTIONAL { ?part pg:pointsTo [] . BIND (?part AS ?pointing) }
            }
            """;
    private static final String POSTS = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX mandaat: <http://data.vlaanderen.be/ns/mandaat#>
            SELECT ?post ?title ?from ?to {
              ?h mandaat:isBestuurlijkeAliasVan ?this ; org:holds ?post .
              OPTIONAL { ?post rdfs:label ?title } OPTIONAL { ?h pg:firstSeen ?from } OPTIONAL { ?h pg:lastSeen ?to }
            } ORDER BY ?from
            """;
    private static final String LATEST = """
            SELECT DISTINCT ?q ?date ?title ?role {
              { ?q pg:askedBy ?this BIND ("asked" AS ?role) } UNION { ?q pg:addressedTo ?this BIND ("received" AS ?role) }
              ?q a pg:WrittenQuestion ; dcterms:date ?date .
              OPTIONAL { ?q dcterms:title ?title }
            } ORDER BY DESC(?date) LIMIT 50
            """;

    private PersonSection() {
    }

    static void render(DatasetGraph dsg, Description d, Element main) {
        List<QuerySolution> years = Select.rows(dsg, PER_YEAR, d.resource());
        if (!years.isEmpty()) {
            main.appendElement("h2").text("Questions per year");
            Element table = main.appendElement("table").addClass("per-year");
            header(table, "year", "asked", "received");
            for (QuerySolution s : years)
                row(table, text(s.get("year")), text(s.get("a")), text(s.get("r")));
        }
        List<QuerySolution> parts = Select.rows(dsg, PARTS, d.resource());
        if (!parts.isEmpty() && parts.get(0).getLiteral("parts").getLong() > 0) {
            long all = parts.get(0).getLiteral("parts").getLong();
            long pointing = parts.get(0).getLiteral("pointing").getLong();
            main.appendElement("h2").text("Answer parts to questions addressed to them");
            Element table = main.appendElement("table").addClass("answer-kinds");
            header(table, "kind", "parts");
            row(table, "answering", Long.toString(all - pointing));
            row(table, "pointing elsewhere", Long.toString(pointing));
        }
        List<QuerySolution> posts = Select.rows(dsg, POSTS, d.resource());
        if (!posts.isEmpty()) {
            main.appendElement("h2").text("Posts held");
            Element table = main.appendElement("table").addClass("posts");
            header(table, "post", "first seen", "last seen");
            for (QuerySolution s : posts) {
                Element tr = table.appendElement("tr");
                Values.append(tr.appendElement("td"), s.get("post").asNode(),
                        s.contains("title") ? Map.of(s.get("post").asNode(), text(s.get("title"))) : Map.of());
                tr.appendElement("td").text(text(s.get("from")));
                tr.appendElement("td").text(text(s.get("to")));
            }
        }
        List<QuerySolution> latest = Select.rows(dsg, LATEST, d.resource());
        if (!latest.isEmpty()) {
            main.appendElement("h2").text("Latest questions");
            Element table = main.appendElement("table").addClass("latest");
            header(table, "date", "", "question");
            for (QuerySolution s : latest) {
                Element tr = table.appendElement("tr");
                tr.appendElement("td").text(text(s.get("date")));
                tr.appendElement("td").text(text(s.get("role")));
                Values.append(tr.appendElement("td"), s.get("q").asNode(),
                        s.contains("title") ? Map.of(s.get("q").asNode(), text(s.get("title"))) : Map.of());
            }
        }
    }

    static void header(Element table, String... names) {
        Element tr = table.appendElement("tr");
        for (String n : names)
            tr.appendElement("th").text(n);
    }

    static void row(Element table, String... cells) {
        Element tr = table.appendElement("tr");
        for (String c : cells)
            tr.appendElement("td").text(c);
    }

    static String text(RDFNode n) {
        if (n == null)
            return "";
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
