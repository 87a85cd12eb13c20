/**
 * The full-text index over the literals people search (titles, question and answer texts, figure
 * measures, quotes and sentences, advice texts), queried in SPARQL with {@code text:query}.
 * <p>
 * <b>Why our own index on Lucene and not jena-text.</b> jena-text was retired upstream after Jena
 * 6.0.0: Maven Central has {@code org.apache.jena:jena-text} up to 6.0.0 only, and the project is on
 * Jena 6.2.0. Pinning a retired module of an older release against a newer ARQ would tie every
 * later Jena upgrade to code nobody maintains. Besides, jena-text keeps its index in step by
 * watching quad changes inside a {@code DatasetGraphText}, which sees neither the TDB2 bulk loader
 * (it writes the indexes directly) nor a store whose folder is swapped after a bulk build or a
 * compaction (apache/jena#1432: an index that stopped updating after compaction). Here the store's
 * writers tell the index which document graphs they change, per document, which the bulk path and
 * the crash recovery need anyway. So: Apache Lucene 10 directly ({@code lucene-core},
 * {@code lucene-analysis-common}, {@code lucene-queryparser}), and a property function under
 * jena-text's IRI {@code http://jena.apache.org/text#query} with jena-text's argument shape, so
 * queries written for jena-text run unchanged ({@link org.policygraph.textindex.TextQueryFunction}).
 * <p>
 * <b>Where it lives, how it stays in step.</b> In the store folder, {@code STORE/text/index}
 * (Lucene) beside {@code STORE/text/pending} (a journal), never inside TDB2's {@code Data-NNNN}
 * generation folders, so a compaction does not touch it. Before a writer commits changed document
 * graphs to TDB2 it appends their names to the journal (forced to disk); after the TDB2 commit it
 * updates the index, commits Lucene, and clears the journal. A process killed anywhere in between
 * leaves those names in the journal, and the next open of the store re-reads exactly those graphs
 * from TDB2 (the truth) into the index. Every indexed graph also has a marker entry with the
 * document's hash and parser version; opening compares the number of markers with the number of
 * stored documents, and {@link org.policygraph.textindex.TextIndex#reconcile} compares versions
 * graph by graph (for after a compaction, a restore, or writes that bypassed this code).
 */
package org.policygraph.textindex;
