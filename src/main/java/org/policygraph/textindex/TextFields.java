package org.policygraph.textindex;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The fields of an index entry and how their text is analysed. A literal is searchable in two
 * fields: {@value #TEXT}, the default, with Lucene's Dutch analyser (stop words dropped, words
 * stemmed: "subsidies" finds "subsidie"), and {@value #EXACT}, words lower-cased and nothing more,
 * so that {@code exact:*subsidie*} finds every word containing the string, as SPARQL's
 * {@code CONTAINS} would (the catalogue's topic queries use it to narrow the candidates before their
 * exact filter).
 */
final class TextFields {

    /** Analysed text, Dutch: the field a query without a field name searches. */
    static final String TEXT = "text";
    /** Lower-cased words, not stemmed, no stop words dropped. */
    static final String EXACT = "exact";
    /** The literal as stored, returned as {@code ?literal}. */
    static final String LITERAL = "literal";
    static final String LANG = "lang";
    static final String SUBJECT = "s";
    static final String PREDICATE = "p";
    static final String GRAPH = "g";
    /** {@value #KIND_LITERAL} for an indexed literal, {@value #KIND_GRAPH} for a graph's marker. */
    static final String KIND = "kind";
    static final String KIND_LITERAL = "literal";
    static final String KIND_GRAPH = "graph";
    /** On a graph's marker: the version of the document the index holds ({@link IndexedLiterals#version}). */
    static final String VERSION = "version";

    private TextFields() {
    }

    /** The analyser for writing and for parsing queries, per field. */
    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new DutchAnalyzer(), Map.of(EXACT, new StandardAnalyzer()));
    }
}
