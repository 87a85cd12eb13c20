package org.policygraph.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Search without a text index: every word must occur (case-insensitively) in a document's title, a
 * question's text or a figure's measure; a scan, so slow on a large store, until the text index's
 * {@code text:query} replaces it. The words reach the query as a bound literal, never as query text.
 */
public final class FilterTextSearch implements TextSearch {

    private static final String QUERY = """
            PREFIX pg: <https://w3id.org/policygraph/def#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?doc ?title ?matched ?field WHERE {
              {
                ?doc dcterms:title ?matched . BIND("title" AS ?field)
              } UNION {
                ?doc a pg:WrittenQuestion ; pg:text ?matched . BIND("question text" AS ?field)
              } UNION {
                ?f pg:measure ?matched ; pg:citedIn ?part .
                ?doc (pg:hasSubQuestion|pg:hasAnswer|pg:hasSection|pg:hasAnswerPart)* ?part ; dcterms:title [] .
                BIND("figure measure" AS ?field)
              }
              FILTER(?words)
              OPTIONAL { ?doc dcterms:title ?title }
            }
            """;

    @Override
    public List<Hit> search(DatasetGraph dsg, String query, int limit) {
        List<String> words = words(query);
        if (words.isEmpty())
            return List.of();
        ParameterizedSparqlString pss = new ParameterizedSparqlString(QUERY.replace("?words", filter(words.size())));
        for (int i = 0; i < words.size(); i++)
            pss.setLiteral("w" + i, words.get(i));
        Query q = pss.asQuery();
        q.setLimit(limit * 4L);
        Map<Node, Hit> hits = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext() && hits.size() < limit) {
                QuerySolution s = rs.next();
                Node doc = s.get("doc").asNode();
                if (!doc.isURI())
                    continue;
                hits.putIfAbsent(doc, new Hit(doc, s.contains("title") ? s.getLiteral("title").getLexicalForm() : "",
                        s.getLiteral("matched").getLexicalForm(), s.getLiteral("field").getLexicalForm()));
            }
        }
        return new ArrayList<>(hits.values());
    }

    private static String filter(int n) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++)
            parts.add("CONTAINS(LCASE(STR(?matched)), ?w" + i + ")");
        return String.join(" && ", parts);
    }

    /** The query's words, lower case; at most eight, each at most 100 characters. */
    static List<String> words(String query) {
        List<String> out = new ArrayList<>();
        for (String w : query.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}&&[^'\\-]]+"))
            if (!w.isBlank() && out.size() < 8)
                out.add(w.length() > 100 ? w.substring(0, 100) : w);
        return out;
    }
}
