package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.extract.commitments.CommitmentExtractor;
import org.policygraph.extract.counting.FigureCountingExtractor;
import org.policygraph.extract.figures.FigureContext;
import org.policygraph.extract.figures.FigureExtractor;
import org.policygraph.extract.grants.GrantExtractor;
import org.policygraph.extract.mentions.MentionExtractor;
import org.policygraph.extract.references.DocumentReferenceExtractor;
import org.policygraph.extract.references.QuestionReferenceExtractor;
import org.policygraph.extract.series.SeriesReader;
import org.policygraph.extract.responsiveness.ResponsivenessClassifier;
import org.policygraph.layout.Block;
import org.policygraph.layout.BlockKind;
import org.policygraph.layout.Layout;
import org.policygraph.lang.Sentences;
import org.policygraph.layout.Layouts;
import org.policygraph.model.Commitment;
import org.policygraph.model.DocumentReference;
import org.policygraph.model.Extraction;
import org.policygraph.model.Figure;
import org.policygraph.model.Located;
import org.policygraph.model.Mention;
import org.policygraph.model.ParsedDocument;
import org.policygraph.model.QuestionReference;
import org.policygraph.model.Region;
import org.policygraph.model.Span;
import org.policygraph.model.WrittenQuestion;
import org.policygraph.text.TokenStream;

/**
 * The extract stage: runs every extractor over the regions of a parsed document (title, question,
 * answer; the whole text of other documents): references, mentions and figures, the latter with the
 * layout's tables read cell by cell. Thread-safe.
 */
public final class Extractor {

    private final QuestionReferenceExtractor questionReferences = new QuestionReferenceExtractor();
    private final DocumentReferenceExtractor documentReferences = new DocumentReferenceExtractor();
    private final MentionExtractor mentions = new MentionExtractor();
    private final FigureExtractor figures = new FigureExtractor();
    private final SeriesReader series = new SeriesReader();
    private final ResponsivenessClassifier responsiveness = new ResponsivenessClassifier();
    private final CommitmentExtractor commitments = new CommitmentExtractor();
    private final GrantExtractor grants = new GrantExtractor();
    private final FigureCountingExtractor counting = new FigureCountingExtractor();

    /**
     * Everything extracted from a document known only by its normalised text, parsed as
     * {@code parsed}: the text is laid out again as plain text to find its tables.
     */
    public Extraction extract(String text, ParsedDocument parsed) {
        return extract(Layouts.ofText(text), parsed, Diagnostics.none(text));
    }

    /**
     * Everything extracted from the document laid out as {@code layout} and parsed as {@code parsed}:
     * the layout's tables are read cell by cell; what could not be read right (table rows that do not
     * fit their header) goes to {@code report}.
     */
    public Extraction extract(Layout layout, ParsedDocument parsed, Diagnostics report) {
        String text = layout.text();
        // a table of contents lists headings with page numbers, a chart's labels numbers of what is drawn: no figure in them
        List<Span> noFigures = new ArrayList<>();
        for (Block b : layout.blocks())
            if (b.kind() == BlockKind.CONTENTS || b.kind() == BlockKind.CHART)
                noFigures.add(b.span());
        FigureContext context = new FigureContext(noFigures, layout.blocks(BlockKind.TABLE));
        List<QuestionReference> qrefs = new ArrayList<>();
        List<DocumentReference> drefs = new ArrayList<>();
        List<Mention> found = new ArrayList<>();
        List<Figure> numbers = new ArrayList<>();
        List<Commitment> promises = new ArrayList<>();
        // one tokenisation per document: each region's tokens are a view on it
        TokenStream tokens = TokenStream.of(text);
        for (Region region : parsed.regions(text.length())) {
            // both the citation and the figure readers need the region's sentences: read them once
            Supplier<Sentences> sentences = Sentences.lazily(text, region.span());
            // and four readers its text alone: cut once, not a copy of most of the document each
            Located excerpt = new Located(region.span().of(text), region.span());
            qrefs.addAll(questionReferences.extract(text, excerpt, region.answerSide(), sentences));
            drefs.addAll(documentReferences.extract(excerpt));
            found.addAll(mentions.extract(excerpt));
            TokenStream regionTokens = tokens.within(region.span());
            if (region.withFigures())
                numbers.addAll(figures.read(text, excerpt, context, report, sentences, regionTokens).figures());
            promises.addAll(commitments.extract(region, sentences, regionTokens, parsed, report));
        }
        List<Mention> distinct = distinctMentions(found);
        return new Extraction(qrefs, distinctDocumentReferences(drefs), distinct, numbers,
                series.read(text, parsed, qrefs, numbers, report),
                parsed instanceof WrittenQuestion q ? responsiveness.classify(tokens, q, numbers, report) : List.of(),
                promises,
                grants.read(text, parsed, numbers, distinct, report),
                counting.read(text, parsed.regions(text.length()), numbers, distinct, report));
    }


    /** One reference per span: a decree inside a decision's subject is the decision's. */
    private static List<DocumentReference> distinctDocumentReferences(List<DocumentReference> refs) {
        SpanClaims claims = new SpanClaims();
        return refs.stream().filter(r -> claims.claim(r.quote().span())).toList();
    }

    /** One mention per span; the first extractor to claim a span wins. */
    private static List<Mention> distinctMentions(List<Mention> found) {
        SpanClaims claims = new SpanClaims();
        return found.stream().filter(m -> claims.claim(m.quote().span())).toList();
    }
}
