package org.policygraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.extract.figures.FigureExtractor;
import org.policygraph.extract.mentions.MentionExtractor;
import org.policygraph.extract.references.DocumentReferenceExtractor;
import org.policygraph.extract.references.QuestionReferenceExtractor;
import org.policygraph.model.DocumentReference;
import org.policygraph.model.Extraction;
import org.policygraph.model.Figure;
import org.policygraph.model.Located;
import org.policygraph.model.Mention;
import org.policygraph.model.ParsedDocument;
import org.policygraph.model.QuestionReference;
import org.policygraph.model.Span;
import org.policygraph.model.WrittenQuestion;

/**
 * The extract stage: runs every extractor over the regions of a parsed document (title, question,
 * answer; the whole text of other documents): references, mentions and figures. Works on text and spans only. Thread-safe.
 */
public final class Extractor {

    private final QuestionReferenceExtractor questionReferences = new QuestionReferenceExtractor();
    private final DocumentReferenceExtractor documentReferences = new DocumentReferenceExtractor();
    private final MentionExtractor mentions = new MentionExtractor();
    private final FigureExtractor figures = new FigureExtractor();

    /** Everything extracted from {@code text}, parsed as {@code parsed}. */
    public Extraction extract(String text, ParsedDocument parsed) {
        List<QuestionReference> qrefs = new ArrayList<>();
        List<DocumentReference> drefs = new ArrayList<>();
        List<Mention> found = new ArrayList<>();
        List<Figure> numbers = new ArrayList<>();
        for (Region region : regions(text, parsed)) {
            qrefs.addAll(questionReferences.extract(text, region.span(), region.answerSide()));
            drefs.addAll(documentReferences.extract(text, region.span()));
            found.addAll(mentions.extract(text, region.span()));
            if (region.withFigures())
                numbers.addAll(figures.extract(text, region.span()));
        }
        return new Extraction(qrefs, distinctDocumentReferences(drefs), distinctMentions(found), numbers);
    }

    /** A stretch of text to read; titles are read for references and mentions, not for figures. */
    private record Region(Span span, boolean answerSide, boolean withFigures) {
    }

    private static List<Region> regions(String text, ParsedDocument parsed) {
        List<Region> regions = new ArrayList<>();
        if (parsed instanceof WrittenQuestion q) {
            q.title().map(Located::span).ifPresent(s -> regions.add(new Region(s, false, false)));
            q.body().map(Located::span).ifPresent(s -> regions.add(new Region(s, false, true)));
            q.answer().map(a -> a.body().span()).ifPresent(s -> regions.add(new Region(s, true, true)));
        } else {
            regions.add(new Region(new Span(0, text.length()), false, true));
        }
        return regions;
    }

    /** One reference per span: a decree inside a decision's subject is the decision's. */
    private static List<DocumentReference> distinctDocumentReferences(List<DocumentReference> refs) {
        List<DocumentReference> out = new ArrayList<>();
        for (DocumentReference r : refs)
            if (out.stream().noneMatch(o -> overlaps(o.quote().span(), r.quote().span())))
                out.add(r);
        return out;
    }

    /** One mention per span; the first extractor to claim a span wins. */
    private static List<Mention> distinctMentions(List<Mention> found) {
        Map<Span, Mention> bySpan = new LinkedHashMap<>();
        for (Mention m : found)
            if (bySpan.keySet().stream().noneMatch(s -> overlaps(s, m.quote().span())))
                bySpan.put(m.quote().span(), m);
        return List.copyOf(bySpan.values());
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
