package org.policygraph.pages;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.nodes.Element;

/**
 * What a person's page adds ({@link PersonActivity}): questions asked and received per year, the answer parts given to
 * questions addressed to them by kind (answering, pointing elsewhere), the posts held with the
 * first and last date seen, and their latest questions.
 */
final class PersonSection {

    private static final String POSTS = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX mandaat: <http://data.vlaanderen.be/ns/mandaat#>
            SELECT ?post ?title ?from ?to {
              ?h mandaat:isBestuurlijkeAliasVan ?this ; org:holds ?post .
              OPTIONAL { ?post rdfs:label ?title } OPTIONAL { ?h pg:firstSeen ?from } OPTIONAL { ?h pg:lastSeen ?to }
            } ORDER BY ?from
            """;
    private PersonSection() {
    }

    static void render(DatasetGraph dsg, Description d, Element main) {
        PersonActivity activity = PersonActivity.read(dsg, d.resource(), 50);
        if (!activity.perYear().isEmpty()) {
            main.appendElement("h2").text("Questions per year");
            Element table = main.appendElement("table").addClass("per-year");
            header(table, "year", "asked", "received");
            activity.perYear().forEach((year, n) -> row(table, year, Long.toString(n[0]), Long.toString(n[1])));
        }
        if (activity.parts() > 0) {
            main.appendElement("h2").text("Answer parts to questions addressed to them");
            Element table = main.appendElement("table").addClass("answer-kinds");
            header(table, "kind", "parts");
            row(table, "answering", Long.toString(activity.parts() - activity.pointing()));
            row(table, "pointing elsewhere", Long.toString(activity.pointing()));
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
        if (!activity.latest().isEmpty()) {
            main.appendElement("h2").text("Latest questions");
            Element table = main.appendElement("table").addClass("latest");
            header(table, "date", "", "question");
            for (PersonActivity.Question q : activity.latest()) {
                Element tr = table.appendElement("tr");
                tr.appendElement("td").text(q.date());
                tr.appendElement("td").text(q.role());
                Values.append(tr.appendElement("td"), q.iri(), q.title().isEmpty() ? Map.of() : Map.of(q.iri(), q.title()));
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
