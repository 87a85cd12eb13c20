package org.policygraph.pipeline;

import java.util.List;
import java.util.Optional;

import org.policygraph.diagnostic.Diagnostic;
import org.policygraph.layout.LaidOutDocument;
import org.policygraph.parse.KindScore;

/**
 * Everything the pipeline did with one document, for people: the layout, every kind's score, the
 * diagnostics, and the mapped document (or why there is none).
 *
 * @param mapped   the document's graph, empty when parsing refused the document
 * @param refusal  why parsing refused it, when it did
 */
public record Explanation(LaidOutDocument document, List<KindScore> scores, List<Diagnostic> diagnostics,
                          Optional<MappedDocument> mapped, Optional<String> refusal) {
}
