package org.policygraph.parse.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.layout.Block;
import org.policygraph.layout.Layout;
import org.policygraph.model.DocumentKind;
import org.policygraph.model.ParsedDocument;
import org.policygraph.model.WrittenQuestion;
import org.policygraph.parse.Evidence;
import org.policygraph.parse.KindReader;
import org.policygraph.parse.KindScore;
import org.policygraph.parse.MalformedDocumentException;
import org.policygraph.text.Line;

/**
 * The written question as a kind: recognised by the marks of its header and of its answer's
 * heading, read by {@link WrittenQuestionParser}.
 */
public final class WrittenQuestionReader implements KindReader {

    /** How far into the text a written question's header may start. */
    private static final int HEADER_WINDOW = 600;
    /** Any one of: the document type line, the asker with the date, the answer's heading. */
    private static final double THRESHOLD = 2.5;

    private final WrittenQuestionParser parser = new WrittenQuestionParser();

    @Override
    public DocumentKind kind() {
        return DocumentKind.WRITTEN_QUESTION;
    }

    @Override
    public double threshold() {
        return THRESHOLD;
    }

    @Override
    public KindScore score(Layout layout) {
        String text = layout.text();
        List<Evidence> evidence = new ArrayList<>();
        boolean marker = false;
        boolean number = false;
        boolean date = false;
        boolean asker = false;
        boolean addressee = false;
        boolean previousAsker = false;
        for (Line line : Line.split(text.substring(0, Math.min(text.length(), HEADER_WINDOW)))) {
            String t = line.text();
            if (line.isBlank())
                continue;
            boolean isAsker = QuestionPatterns.ASKER_LINE.matcher(WorkDeadline.watch(t)).matches();
            boolean isDate = QuestionPatterns.DATE_LINE.matcher(WorkDeadline.watch(t)).matches();
            marker |= QuestionPatterns.QUESTION_MARKER.matcher(WorkDeadline.watch(t)).matches();
            number |= QuestionPatterns.NUMBER_LINE.matcher(WorkDeadline.watch(t)).matches();
            date |= isDate;
            // The asker's line right above the date (or the date on the asker's line) marks a header.
            asker |= (previousAsker && isDate) || (isAsker && QuestionPatterns.INLINE_DATE.matcher(WorkDeadline.watch(t)).find());
            addressee |= QuestionPatterns.ADDRESSEE_LINE.matcher(WorkDeadline.watch(t)).matches();
            previousAsker = isAsker;
        }
        if (marker)
            evidence.add(new Evidence("document type line 'schriftelijke vraag'", 3));
        if (number)
            evidence.add(new Evidence("header field 'nr.'", 1));
        if (asker)
            evidence.add(new Evidence("header fields 'van' and 'datum:'", 2.5));
        else if (date)
            evidence.add(new Evidence("header field 'datum:'", 1));
        if (addressee)
            evidence.add(new Evidence("header field 'aan'", 1));
        firstLine(layout).filter(l -> OneLineHeader.read(l, 1).isPresent())
                .ifPresent(l -> evidence.add(new Evidence("one-line header 'Vraag nr. N van DATUM van ... aan ...'", 3)));
        if (QuestionPatterns.answerHeaders(text).find())
            evidence.add(new Evidence("answer heading 'ANTWOORD op vraag nr. N van DATUM'", 3));
        else if (QuestionPatterns.answerMarkers(text).find())
            evidence.add(new Evidence("answer marker 'ANTWOORD'", 1));
        return new KindScore(kind(), evidence);
    }

    @Override
    public ParsedDocument read(Layout layout, Diagnostics report) {
        Optional<WrittenQuestion> question = parser.parse(layout, report);
        if (question.isEmpty())
            throw new MalformedDocumentException("marked as a written question but its "
                    + String.join(" and ", parser.missingFields(layout)) + " cannot be found (truncated or malformed header?)");
        return question.get();
    }

    private static Optional<Line> firstLine(Layout layout) {
        return layout.content().stream().findFirst().map(Block::span)
                .map(s -> {
                    int end = layout.text().indexOf('\n', s.start());
                    return new Line(layout.text().substring(s.start(), end < 0 ? layout.text().length() : end), s.start());
                });
    }
}
