package org.policygraph.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.mem.GraphMemIndexedSet;
import org.apache.jena.mem.IndexingStrategy;
import org.policygraph.model.Advice;
import org.policygraph.model.Answer;
import org.policygraph.model.Extraction;
import org.policygraph.model.Person;
import org.policygraph.model.DocumentRecord;
import org.policygraph.model.GenericDocument;
import org.policygraph.model.SourceDocument;
import org.policygraph.model.WrittenQuestion;
import org.policygraph.parse.DocumentParser;

/**
 * Maps a parsed document to the triples of its named graph under the policygraph ontology.
 * Knows nothing of text heuristics: everything it states comes from the document model, and facts
 * are linked to parts by their spans only.
 * <pre>{@code
 * Graph g = DocumentMapper.map(new DocumentRecord(source, parsed, extraction));
 * }</pre>
 */
public final class DocumentMapper {

    private DocumentMapper() {
    }

    /** The triples for one document: its source description and what was read from it. */
    public static Graph map(DocumentRecord record) {
        // Only written here, and searched only once complete (the summary rows, the text index) or
        // not at all (the store writers iterate it), so the index is built on the first search
        // instead of per add: Jena's default graph indexed each of ~1,400 triples three ways as it came.
        Graph graph = new GraphMemIndexedSet(IndexingStrategy.LAZY);
        Triples t = new Triples(graph);
        SourceDocument source = record.source();
        Node src = describeSource(t, source, record.parsed().kind().label());
        Spans spans = new Spans(t, source.key(), source.text(), src);
        PartIndex parts = new PartIndex();
        ReferenceMapping references = new ReferenceMapping(t, spans);
        FigureMapping figures = new FigureMapping(t, spans, parts, source.key());
        Extraction ex = record.extraction();
        // Sealed: a new kind does not compile until it has its mapping here.
        switch (record.parsed()) {
            case WrittenQuestion q -> {
                Node question = new QuestionMapping(t, spans, parts).map(q);
                Optional<Person> minister = q.answer().flatMap(Answer::answeredBy).or(q::addressedTo);
                references.map(ex, parts, question, q.askedBy(), q.addressedTo().or(() -> minister));
                List<FigureMapping.Speaker> speakers = new ArrayList<>();
                q.body().ifPresent(b -> speakers.add(new FigureMapping.Speaker(b.span(), "question", q.askedBy())));
                q.answer().ifPresent(a -> speakers.add(new FigureMapping.Speaker(a.body().span(), "answer", minister)));
                figures.map(ex.figures(), question, speakers);
                new SeriesMapping(t, spans, source.key()).map(ex.series(), question, q.askedBy(), q.addressedTo().or(() -> minister));
                new ResponsivenessMapping(t, spans).map(question, ex.responses());
                new CommitmentMapping(t, spans, parts, source.key()).map(ex.commitments(), question, minister);
            }
            case Advice a -> {
                Node advice = new AdviceMapping(t, spans, parts).map(a, source.key());
                references.map(ex, parts, advice, Optional.empty(), Optional.empty());
                figures.map(ex.figures(), advice, List.of());
                new SeriesMapping(t, spans, source.key()).measureKeys(ex.series());
            }
            case GenericDocument d -> {
                Node doc = Iris.document(source.key());
                t.type(doc, PG.Document).add(doc, Vocab.PROV_WAS_DERIVED_FROM, src);
                d.title().ifPresent(title -> t.string(doc, Vocab.DCTERMS_TITLE, title.text())
                        .add(doc, PG.titleSpan, spans.of(title.span())));
                references.map(ex, parts, doc, Optional.empty(), Optional.empty());
                figures.map(ex.figures(), doc, List.of());
                new SeriesMapping(t, spans, source.key()).measureKeys(ex.series());
            }
        }
        new GrantMapping(t, spans, source.key()).map(ex.grants());
        new FigureCountingMapping(t, source.key()).map(ex.figureCounting());
        return graph;
    }

    private static Node describeSource(Triples t, SourceDocument s, String kind) {
        Node src = Iris.source(s.key());
        t.type(src, PG.SourceDocument)
                .type(src, Nif.Context)
                .string(src, PG.documentKey, s.key())
                .string(src, PG.fileName, s.fileName())
                .string(src, PG.sha256, s.sha256())
                .longValue(src, PG.byteSize, s.byteSize())
                .string(src, PG.mediaType, s.mediaType())
                .string(src, PG.characterEncoding, s.encoding())
                .string(src, PG.parserVersion, DocumentParser.VERSION)
                .string(src, PG.documentKind, kind)
                .string(src, Nif.isString, s.text());
        return src;
    }
}
