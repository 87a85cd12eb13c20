package org.policygraph.pages;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Finds documents by words in their titles, question texts and figure measures. The one seam for
 * full-text search: {@link FilterTextSearch} scans with a SPARQL FILTER; an implementation on the
 * text index ({@code text:query}) takes its place without the search page changing.
 */
public interface TextSearch {

    /**
     * A hit: the document (question, advice or other document) to link to, its title, what matched
     * and how (title, question text, figure measure).
     */
    record Hit(Node document, String title, String matched, String field) {
    }

    /** At most {@code limit} hits for the words of {@code query}, run inside the caller's read transaction. */
    List<Hit> search(DatasetGraph dsg, String query, int limit);
}
