package org.policygraph.pages;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.policygraph.rdf.PG;
import org.policygraph.textindex.TextHit;
import org.policygraph.textindex.TextIndex;

/**
 * Search on the store's full-text index: the same fields and the same rule as {@link FilterTextSearch}
 * (every word in one title, question text or figure measure, also inside a longer word), answered by
 * Lucene instead of a scan. A dataset without an index falls back to the scan.
 */
public final class IndexTextSearch implements TextSearch {

    private static final List<Node> FIELDS = List.of(DCTerms.title.asNode(), PG.text, PG.measure);
    /**
     * Hits read per document wanted: a document has one title and one question text, but may have
     * many figures whose measures hold the word.
     */
    private static final int READ_AHEAD = 5;

    private final TextSearch fallback = new FilterTextSearch();

    @Override
    public List<Hit> search(DatasetGraph dsg, String query, int limit) {
        Object index = dsg.getContext().get(TextIndex.CONTEXT);
        if (!(index instanceof TextIndex text))
            return fallback.search(dsg, query, limit);
        List<String> words = FilterTextSearch.words(query);
        if (words.isEmpty())
            return List.of();
        // Narrowed to the fields in the index: unnarrowed, the sentences, quotes and contexts that
        // hold a common word ("euro") filled every hit read, and no document was found.
        Map<Node, Hit> hits = new LinkedHashMap<>();
        for (TextHit h : text.search(luceneQuery(words), FIELDS, limit * READ_AHEAD)) {
            if (hits.size() >= limit)
                break;
            if (!h.graph().isURI())
                continue;
            Node doc = documentOf(dsg, h);
            if (doc != null)
                hits.putIfAbsent(doc, new Hit(doc, title(dsg, h.graph(), doc), h.literal().getLiteralLexicalForm(), field(dsg, h)));
        }
        return new ArrayList<>(hits.values());
    }

    /** Each word required, as a Dutch word (stemmed) or inside a longer word, as a CONTAINS would find it. */
    static String luceneQuery(List<String> words) {
        StringBuilder q = new StringBuilder();
        for (String w : words) {
            String escaped = QueryParser.escape(w);
            q.append("+(").append(escaped).append(" exact:*").append(escaped).append("*) ");
        }
        return q.toString().trim();
    }

    /** The titled resource the hit belongs to: its own subject when titled, else the document's main resource in its graph. */
    private static Node documentOf(DatasetGraph dsg, TextHit h) {
        if (h.subject().isURI() && dsg.contains(h.graph(), h.subject(), DCTerms.title.asNode(), Node.ANY))
            return h.subject();
        Iterator<Quad> titled = dsg.find(h.graph(), Node.ANY, DCTerms.title.asNode(), Node.ANY);
        Node any = null;
        while (titled.hasNext()) {
            Node s = titled.next().getSubject();
            if (!s.isURI())
                continue;
            if (dsg.contains(h.graph(), s, RDF.Nodes.type, PG.WrittenQuestion) || dsg.contains(h.graph(), s, RDF.Nodes.type, PG.Advice))
                return s;
            if (any == null)
                any = s;
        }
        return any;
    }

    private static String title(DatasetGraph dsg, Node graph, Node doc) {
        Iterator<Quad> it = dsg.find(graph, doc, DCTerms.title.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }

    private static String field(DatasetGraph dsg, TextHit h) {
        if (h.predicate().equals(DCTerms.title.asNode()))
            return "title";
        if (h.predicate().equals(PG.measure))
            return "figure measure";
        return dsg.contains(h.graph(), h.subject(), RDF.Nodes.type, PG.WrittenQuestion) ? "question text" : "text";
    }
}
