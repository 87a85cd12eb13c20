package org.policygraph.parse.question;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import org.policygraph.deadline.StartScan;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.layout.Block;
import org.policygraph.layout.BlockKind;
import org.policygraph.layout.Layout;
import org.policygraph.layout.Layouts;
import org.policygraph.lang.PersonNames;
import org.policygraph.lang.QuestionCitations;
import org.policygraph.model.Answer;
import org.policygraph.model.Located;
import org.policygraph.model.Person;
import org.policygraph.model.Span;
import org.policygraph.model.SubQuestion;
import org.policygraph.model.WrittenQuestion;
import org.policygraph.text.Line;

/**
 * Reads a Flemish written question and its answer from normalised text.
 * <p>
 * Handles the header variants found in practice: the full header ("SCHRIFTELIJKE VRAAG / nr. /
 * van / datum / aan" with the post in capitals), the same in markdown (stripped by the
 * normaliser), a header that starts at "van", and no header at all, where number, date and asker
 * come only from the answer's heading. The minister's signature above "ANTWOORD" gives the
 * answering minister.
 * <pre>{@code
 * Optional<WrittenQuestion> q = new WrittenQuestionParser().parse(normalisedText);
 * }</pre>
 */
public final class WrittenQuestionParser {

    /** Longest paragraph still taken for a title. */
    private static final int MAX_TITLE_CHARS = 400;
    private static final int MAX_TITLE_LINES = 4;

    /** Parses normalised {@code text} laid out as plain text; empty when it yields no question number and date. */
    public Optional<WrittenQuestion> parse(String text) {
        return parse(Layouts.ofText(text), Diagnostics.none(text));
    }

    /** Parses a laid-out document; empty when it yields no question number and date. */
    public Optional<WrittenQuestion> parse(Layout layout, Diagnostics report) {
        String text = layout.text();
        Frame frame = Frame.of(text);
        List<Line> lines = frame.lines();
        Optional<AnswerHeading> heading = frame.heading();
        int questionEnd = frame.questionEnd();
        Signature signature = frame.signature();
        int bodyLastLine = frame.bodyLastLine();
        Header header = frame.header();
        int next = header.nextLine();
        int headerEnd = next < lines.size() ? lines.get(next).start() : text.length();
        Optional<Located> title = titleBlock(layout, headerEnd, questionEnd, report)
                .or(() -> title(text, lines, header.nextLine(), bodyLastLine, header.found()));
        if (title.isEmpty())
            report.warning(DiagnosticCode.TITLE_MISSING, new Span(headerEnd, headerEnd), "no title after the header");
        if (title.isPresent())
            next = lineIndexAfter(lines, title.get().span().end());
        Optional<Located> body = block(text, lines, next, bodyLastLine);

        Optional<Located> number = frame.number();
        Optional<LocalDate> date = frame.date();
        if (number.isEmpty() || date.isEmpty())
            return Optional.empty();
        Optional<Person> askedBy = header.asker().or(() -> heading.flatMap(AnswerHeading::asker));
        Optional<Person> addressedTo = header.addressee();
        List<ItemTree.Node> items = body.map(b -> outline(text, b.span(), report).roots()).orElse(List.of());
        List<SubQuestion> subQuestions = SubQuestions.of(text, items);
        Optional<Located> context = body.flatMap(b -> ItemTree.context(text, b.span(), items))
                .map(span -> new Located(span.of(text), span));
        Optional<Answer> answer = heading.flatMap(h -> answer(text, lines, h, signature, subQuestions, report));
        if (header.found() && askedBy.isEmpty())
            report.warning(DiagnosticCode.HEADER_FIELD_MISSING, new Span(0, headerEnd), "the header names no member who asks");
        return Optional.of(new WrittenQuestion(number.get(), date.get(), askedBy, addressedTo,
                header.addresseeTitle(), title, body, context, subQuestions, answer));
    }

    /**
     * The fields a question cannot do without that {@code layout} lacks, "number" and "date" in
     * that order: found where {@link #parse} looks for them, so that the error of a document it
     * gives up on names what is missing (a reference "nr. 58" in the text is no number of its own).
     */
    public List<String> missingFields(Layout layout) {
        Frame frame = Frame.of(layout.text());
        List<String> missing = new java.util.ArrayList<>();
        if (frame.number().isEmpty())
            missing.add("number");
        if (frame.date().isEmpty())
            missing.add("date");
        return missing;
    }

    /** Where a question's parts lie: its answer heading, signature and header, found once per document. */
    private record Frame(List<Line> lines, Optional<AnswerHeading> heading, int questionEnd, Signature signature,
            int bodyLastLine, Header header) {

        static Frame of(String text) {
            List<Line> lines = Line.split(text);
            Optional<AnswerHeading> heading = AnswerHeading.find(text);
            int questionEnd = heading.map(AnswerHeading::start).orElse(text.length());
            Signature signature = Signature.above(lines, lineIndexBefore(lines, questionEnd));
            int bodyLastLine = signature.firstLine() - 1;
            Header multiLine = Header.read(lines, bodyLastLine);
            Header header = multiLine.found() ? multiLine : oneLineHeader(lines, bodyLastLine).orElse(multiLine);
            return new Frame(lines, heading, questionEnd, signature, bodyLastLine, header);
        }

        /** The number from the header, else from the answer heading. */
        Optional<Located> number() {
            return header.number().or(() -> heading.flatMap(AnswerHeading::number));
        }

        /** The date from the header, else from the answer heading. */
        Optional<LocalDate> date() {
            return header.date().or(() -> heading.flatMap(AnswerHeading::date));
        }
    }

    /** The items of a region, with numbering gaps reported. */
    private static ItemTree.Outline outline(String text, Span region, Diagnostics report) {
        ItemTree.Outline outline = ItemTree.parse(text, region);
        for (ItemTree.Skip skip : outline.skips())
            report.warning(DiagnosticCode.ITEM_NUMBER_SKIPPED, new Span(skip.labelStart(), skip.labelStart() + skip.label().length()),
                    "item " + skip.label() + " follows " + skip.after() + "; missing " + String.join(", ", skip.missing()));
        return outline;
    }

    private static Optional<Answer> answer(String text, List<Line> lines, AnswerHeading heading, Signature signature,
                                           List<SubQuestion> subQuestions, Diagnostics report) {
        int first = lineIndexAfter(lines, heading.end());
        return block(text, lines, first, lines.size() - 1).map(body -> {
            List<ItemTree.Node> items = outline(text, body.span(), report).roots();
            Optional<Located> context = ItemTree.context(text, body.span(), items)
                    .map(span -> new Located(span.of(text), span));
            return new Answer(signature.name(), signature.title(), body, context,
                    AnswerParts.of(text, items, subQuestions, report));
        });
    }

    /** The header on one line ("Vraag nr. 12 van 3 maart 2003 van ... aan ..."), as the first line of the text. */
    private static Optional<Header> oneLineHeader(List<Line> lines, int last) {
        int first = skipBlank(lines, 0, last);
        return first > last ? Optional.empty() : OneLineHeader.read(lines.get(first), first + 1);
    }

    /**
     * The title the layout found: the first title or heading block after the header, when it is the
     * first block there (the title of the Parliament's PDFs stands on the line after the post, with
     * the introduction right under it).
     */
    private static Optional<Located> titleBlock(Layout layout, int headerEnd, int questionEnd, Diagnostics report) {
        for (Block block : layout.content()) {
            if (block.span().start() < headerEnd || block.kind() == BlockKind.HEADER_FIELD)
                continue;
            if (block.span().start() >= questionEnd || (block.kind() != BlockKind.TITLE && block.kind() != BlockKind.HEADING))
                return Optional.empty();
            String joined = block.text().replace('\n', ' ');
            String refusal = joined.matches("(?s).*[.:;]$") ? "ends like a sentence"
                    : joined.length() > MAX_TITLE_CHARS ? "longer than " + MAX_TITLE_CHARS + " characters" : null;
            if (refusal == null)
                return Optional.of(new Located(joined, block.span()));
            report.info(DiagnosticCode.TITLE_REFUSED, block.span(), "the block after the header is no title: " + refusal);
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The title: the first paragraph after the header, when it is short enough to be one. */
    private static Optional<Located> title(String text, List<Line> lines, int from, int last, boolean afterHeader) {
        int first = skipBlank(lines, from, last);
        if (first > last)
            return Optional.empty();
        int end = first;
        while (end + 1 <= last && !lines.get(end + 1).isBlank())
            end++;
        int lineCount = end - first + 1;
        Span span = new Span(lines.get(first).start(), lines.get(end).end());
        String joined = span.of(text).replace('\n', ' ');
        boolean shortEnough = joined.length() <= MAX_TITLE_CHARS && lineCount <= MAX_TITLE_LINES;
        boolean endsSentence = joined.matches("(?s).*[.:;]$") || (!afterHeader && joined.endsWith("?"));
        boolean moreFollows = skipBlank(lines, end + 1, last) <= last;
        if (!shortEnough || endsSentence || !moreFollows)
            return Optional.empty();
        return Optional.of(new Located(joined, span));
    }

    /** Lines {@code from..last} (blank ones trimmed off both ends) as one located text. */
    static Optional<Located> block(String text, List<Line> lines, int from, int last) {
        int first = skipBlank(lines, from, last);
        int end = last;
        while (end >= first && lines.get(end).isBlank())
            end--;
        if (first > end)
            return Optional.empty();
        Span span = new Span(lines.get(first).start(), lines.get(end).end());
        return Optional.of(new Located(span.of(text), span));
    }

    static int skipBlank(List<Line> lines, int from, int last) {
        int i = from;
        while (i <= last && lines.get(i).isBlank())
            i++;
        return i;
    }

    /** Index of the last line that ends at or before {@code offset}. */
    private static int lineIndexBefore(List<Line> lines, int offset) {
        int i = 0;
        while (i + 1 < lines.size() && lines.get(i + 1).start() < offset)
            i++;
        return lines.get(i).start() < offset ? i : -1;
    }

    /** Index of the first line that starts at or after {@code offset}. */
    private static int lineIndexAfter(List<Line> lines, int offset) {
        int i = 0;
        while (i < lines.size() && lines.get(i).start() < offset)
            i++;
        return i;
    }

    /**
     * The answer's heading: "ANTWOORD op vraag nr. N van DATE van NAME", or a bare "ANTWOORD" line,
     * in which case number, date and asker are empty.
     */
    record AnswerHeading(int start, int end, Optional<Located> number, Optional<LocalDate> date,
                         Optional<Person> asker) {

        static Optional<AnswerHeading> find(String text) {
            StartScan headers = QuestionPatterns.answerHeaders(text);
            while (headers.find()) {
                Matcher m = headers.matcher();
                Optional<LocalDate> date = QuestionCitations.read(m, 1).map(QuestionCitations.Citation::date);
                if (date.isEmpty())
                    continue;
                Located number = new Located(m.group(1), new Span(m.start(1), m.end(1)));
                Optional<Person> asker = m.group(5) == null ? Optional.empty() : PersonNames.person(m.group(5));
                int end = asker.isPresent() ? m.end() : m.end(4);
                return Optional.of(new AnswerHeading(m.start(), end, Optional.of(number), date, asker));
            }
            StartScan markers = QuestionPatterns.answerMarkers(text);
            if (markers.find()) {
                Matcher marker = markers.matcher();
                return Optional.of(new AnswerHeading(marker.start(), marker.end(), Optional.empty(),
                        Optional.empty(), Optional.empty()));
            }
            return Optional.empty();
        }
    }
}
