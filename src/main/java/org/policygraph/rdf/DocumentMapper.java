package org.policygraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policygraph.model.Answer;
import org.policygraph.model.DocumentRecord;
import org.policygraph.model.GenericDocument;
import org.policygraph.model.Located;
import org.policygraph.model.Person;
import org.policygraph.model.SourceDocument;
import org.policygraph.model.WrittenQuestion;
import org.policygraph.parse.DocumentParser;

/**
 * Maps a parsed document to the triples of its named graph under the policygraph ontology.
 * Knows nothing of text: everything it states comes from the document model.
 * <pre>{@code
 * Graph g = DocumentMapper.map(new DocumentRecord(source, parsed));
 * }</pre>
 */
public final class DocumentMapper {

    private DocumentMapper() {
    }

    /** The triples for one document: its source description and what was read from it. */
    public static Graph map(DocumentRecord record) {
        Graph graph = GraphFactory.createDefaultGraph();
        Triples t = new Triples(graph);
        SourceDocument source = record.source();
        Node src = describeSource(t, source, record.parsed().kind().label());
        if (record.parsed() instanceof WrittenQuestion q)
            mapQuestion(t, q, source.key(), src);
        else if (record.parsed() instanceof GenericDocument d)
            mapGeneric(t, d, source.key(), src);
        return graph;
    }

    private static Node describeSource(Triples t, SourceDocument s, String kind) {
        Node src = Iris.source(s.key());
        t.type(src, PG.SourceDocument)
                .string(src, PG.documentKey, s.key())
                .string(src, PG.fileName, s.fileName())
                .string(src, PG.sha256, s.sha256())
                .longValue(src, PG.byteSize, s.byteSize())
                .string(src, PG.mediaType, s.mediaType())
                .string(src, PG.characterEncoding, s.encoding())
                .string(src, PG.parserVersion, DocumentParser.VERSION)
                .string(src, PG.documentKind, kind)
                .string(src, PG.normalisedText, s.text());
        return src;
    }

    private static void mapQuestion(Triples t, WrittenQuestion q, String key, Node src) {
        Node question = Iris.question(q.number().text(), q.date(), q.addressedTo());
        t.type(question, PG.WrittenQuestion)
                .string(question, PG.questionNumber, q.number().text())
                .date(question, Vocab.DCTERMS_DATE, q.date())
                .add(question, Vocab.PROV_WAS_DERIVED_FROM, src);
        q.title().ifPresent(title -> t.string(question, Vocab.DCTERMS_TITLE, title.text()));
        q.askedBy().ifPresent(p -> t.add(question, PG.askedBy, person(t, p)));
        q.addressedTo().ifPresent(p -> t.add(question, PG.addressedTo, person(t, p)));
        q.addresseeTitle().ifPresent(title -> t.string(question, PG.addresseeTitle, title.text()));
        q.body().ifPresent(body -> text(t, question, body, key, src));
        q.answer().ifPresent(a -> mapAnswer(t, a, question, key, src));
    }

    private static void mapAnswer(Triples t, Answer a, Node question, String key, Node src) {
        Node answer = Iris.answer(question);
        t.type(answer, PG.Answer)
                .add(answer, PG.answers, question)
                .add(question, PG.hasAnswer, answer)
                .add(answer, Vocab.PROV_WAS_DERIVED_FROM, src);
        a.answeredBy().ifPresent(p -> t.add(answer, PG.answeredBy, person(t, p)));
        a.answererTitle().ifPresent(title -> t.string(answer, PG.answererTitle, title.text()));
        text(t, answer, a.body(), key, src);
    }

    private static void mapGeneric(Triples t, GenericDocument d, String key, Node src) {
        Node doc = Iris.document(key);
        t.type(doc, PG.Document).add(doc, Vocab.PROV_WAS_DERIVED_FROM, src);
        d.title().ifPresent(title -> t.string(doc, Vocab.DCTERMS_TITLE, title.text()));
    }

    /** The text of a resource and the span it was read from. */
    private static void text(Triples t, Node subject, Located located, String key, Node src) {
        Node span = Iris.span(key, located.span());
        t.string(subject, PG.text, located.text())
                .add(subject, PG.hasSpan, span)
                .type(span, PG.TextSpan)
                .integer(span, PG.startOffset, located.span().start())
                .integer(span, PG.endOffset, located.span().end())
                .add(span, PG.inSource, src);
    }

    private static Node person(Triples t, Person p) {
        Node person = Iris.person(p);
        t.type(person, Vocab.FOAF_PERSON).string(person, Vocab.FOAF_NAME, p.name());
        return person;
    }
}
