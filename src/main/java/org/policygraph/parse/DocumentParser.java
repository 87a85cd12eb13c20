package org.policygraph.parse;

import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.lang.QuestionCitations;
import org.policygraph.model.DocumentKind;
import org.policygraph.model.ParsedDocument;
import org.policygraph.model.SourceDocument;
import org.policygraph.model.WrittenQuestion;
import org.policygraph.parse.advice.AdviceParser;
import org.policygraph.parse.generic.GenericDocumentParser;
import org.policygraph.parse.question.QuestionPatterns;
import org.policygraph.parse.question.WrittenQuestionParser;

/**
 * Entry point of the parse stage: detects the kind of a document and hands it to the parser for
 * that kind. Thread-safe; parsers keep no state between documents.
 * <pre>{@code
 * ParsedDocument parsed = new DocumentParser().parse(sourceDocument);
 * }</pre>
 */
public final class DocumentParser {

    /**
     * Version of what the parsers extract. Stored with every document; a store built by an older
     * version re-parses unchanged files. Raise it whenever parse output changes.
     */
    public static final String VERSION = "0.3.0";

    /** A question number anywhere: "nr. 497". */
    private static final Pattern NUMBER = Pattern.compile("\\b" + QuestionCitations.NUMBER);

    private final WrittenQuestionParser questions = new WrittenQuestionParser();
    private final AdviceParser advices = new AdviceParser();
    private final GenericDocumentParser generic = new GenericDocumentParser();

    /**
     * Parses one document.
     *
     * @throws MalformedDocumentException when the text is marked as a written question but lacks
     *                                    its number or date (typically a truncated file)
     */
    public ParsedDocument parse(SourceDocument source) {
        String text = source.text();
        DocumentKind kind = DocumentKindDetector.detect(text);
        if (kind == DocumentKind.WRITTEN_QUESTION) {
            Optional<WrittenQuestion> question = questions.parse(text);
            if (question.isEmpty())
                throw new MalformedDocumentException("marked as a written question but its "
                        + missingField(text) + " cannot be found (truncated or malformed header?)");
            return question.get();
        }
        if (kind == DocumentKind.ADVICE)
            return advices.parse(text);
        return generic.parse(text, kind);
    }

    private static String missingField(String text) {
        boolean number = NUMBER.matcher(text).find() || QuestionPatterns.ANSWER_HEADER.matcher(text).find();
        return number ? "date" : "number";
    }
}
