package org.policygraph.parse.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.SectionNumbers;
import org.policygraph.model.Located;
import org.policygraph.model.Section;
import org.policygraph.model.Span;
import org.policygraph.text.Line;

/**
 * Numbered sections ("1 Situering", "2 Advies", "2.1 Financiering"). A heading is a short line
 * that starts with the next number in sequence; a footnote ("1 O.a. Vlor, ...") is not one, as
 * it breaks the sequence or reads as a sentence.
 */
final class AdviceSections {

    /** The words of a section heading after its number: "Advies", "Financiering van de scholen", "Begrotingsopmaak 2026". */
    private static final Pattern HEADING_WORDS = Pattern.compile("\\p{Lu}[\\p{L}\\d’'(),/ –-]{1,90}");
    private static final int MAX_HEADING_WORDS = 8;

    private AdviceSections() {
    }

    /**
     * The sections of {@code text} that end before {@code end} (where the footnotes begin), or
     * before the back matter ({@link BackMatter}) that follows the last. A line within {@code
     * skipped} heads none: a table of contents lists the sections, and a footnote a layout placed
     * at the foot of its page ("3 In het Regeerakkoord ...") stands between them.
     */
    static List<Section> read(String text, int end, List<Span> skipped) {
        List<Line> lines = Line.split(text);
        int sectionsEnd = end;
        List<int[]> headings = new ArrayList<>();
        List<String[]> labels = new ArrayList<>();
        String previous = null;
        for (Line line : lines) {
            if (line.start() >= end)
                break;
            if (skipped.stream().anyMatch(c -> c.contains(line.start())))
                continue;
            if (!headings.isEmpty() && BackMatter.heads(line.text())) {
                sectionsEnd = line.start();
                break;
            }
            Optional<SectionNumbers.SectionNumber> number = SectionNumbers.atStart(line.text());
            if (number.isEmpty())
                continue;
            String words = line.text().substring(number.get().length());
            String n = number.get().number();
            if (!HEADING_WORDS.matcher(WorkDeadline.watch(words)).matches() || words.split(" ").length > MAX_HEADING_WORDS
                    || !SectionNumbers.follows(previous, n))
                continue;
            headings.add(new int[] {line.start(), line.start() + number.get().length(), line.end()});
            labels.add(new String[] {n, words.strip()});
            previous = n;
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            int[] h = headings.get(i);
            int sectionEnd = i + 1 < headings.size() ? headings.get(i + 1)[0] : sectionsEnd;
            int bodyStart = skipSpace(text, h[2], sectionEnd);
            int bodyEnd = trimEnd(text, sectionEnd, bodyStart);
            Span heading = new Span(h[1], h[1] + labels.get(i)[1].length());
            Span body = new Span(bodyStart, bodyEnd);
            sections.add(new Section(labels.get(i)[0], new Located(heading.of(text), heading),
                    new Located(body.of(text), body), new Span(h[0], bodyEnd)));
        }
        return sections;
    }

    private static int skipSpace(String text, int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(text.charAt(i)))
            i++;
        return i;
    }

    private static int trimEnd(String text, int end, int floor) {
        int e = end;
        while (e > floor && Character.isWhitespace(text.charAt(e - 1)))
            e--;
        return e;
    }
}
