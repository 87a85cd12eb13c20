/**
 * Dutch as Flemish policy documents write it, written once: item labels ({@link
 * org.policygraph.lang.ItemLabels}), section numbers, the one sentence splitter ({@link
 * org.policygraph.lang.Sentences}), dates and months ({@link org.policygraph.lang.DutchDates}),
 * numbers ({@link org.policygraph.lang.DutchNumbers}), person names and post titles, the grammar
 * of a cited question "vraag nr. N van DATUM [van NAAM]" ({@link
 * org.policygraph.lang.QuestionCitations}), councils ({@link org.policygraph.lang.Councils}) and the words
 * that tell a grant ({@link org.policygraph.lang.GrantWords}).
 * <p>
 * Word lists are data files beside these classes ({@code src/main/resources/org/policygraph/lang/*.txt},
 * one entry a line, {@code #} comments), read by {@link org.policygraph.lang.Gazetteer}: a new
 * council, unit word or month spelling is a line in a file. Nothing here knows a document layout
 * or RDF.
 */
package org.policygraph.lang;
