package org.policygraph.pages;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.nodes.Element;

/** What a post's page adds: who held it from when to when, and the questions addressed to it per year. */
final class PostSection {

    private static final String HOLDERS = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX mandaat: <http://data.vlaanderen.be/ns/mandaat#>
            SELECT ?person ?name ?from ?to {
              ?h org:holds ?this ; mandaat:isBestuurlijkeAliasVan ?person .
              OPTIONAL { ?person foaf:name ?name } OPTIONAL { ?h pg:firstSeen ?from } OPTIONAL { ?h pg:lastSeen ?to }
            } ORDER BY ?from
            """;
    private static final String PER_YEAR = """
            SELECT ?year (COUNT(DISTINCT ?q) AS ?n) {
              ?q pg:addressedToPost ?this ; dcterms:date ?d . BIND (YEAR(?d) AS ?year)
            } GROUP BY ?year ORDER BY ?year
            """;

    private PostSection() {
    }

    static void render(DatasetGraph dsg, Description d, Element main) {
        List<QuerySolution> holders = Select.rows(dsg, HOLDERS, d.resource());
        if (!holders.isEmpty()) {
            main.appendElement("h2").text("Held by");
            Element table = main.appendElement("table").addClass("holders");
            PersonSection.header(table, "person", "first seen", "last seen");
            for (QuerySolution s : holders) {
                Element tr = table.appendElement("tr");
                Values.append(tr.appendElement("td"), s.get("person").asNode(),
                        s.contains("name") ? Map.of(s.get("person").asNode(), PersonSection.text(s.get("name"))) : Map.of());
                tr.appendElement("td").text(PersonSection.text(s.get("from")));
                tr.appendElement("td").text(PersonSection.text(s.get("to")));
            }
        }
        List<QuerySolution> years = Select.rows(dsg, PER_YEAR, d.resource());
        if (!years.isEmpty()) {
            main.appendElement("h2").text("Questions addressed to the post per year");
            Element table = main.appendElement("table").addClass("per-year");
            PersonSection.header(table, "year", "questions");
            for (QuerySolution s : years)
                PersonSection.row(table, PersonSection.text(s.get("year")), PersonSection.text(s.get("n")));
        }
    }
}
