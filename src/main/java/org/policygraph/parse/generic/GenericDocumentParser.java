package org.policygraph.parse.generic;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.diagnostic.Severity;
import org.policygraph.layout.BlockKind;
import org.policygraph.layout.Layout;
import org.policygraph.layout.Layouts;
import org.policygraph.model.DocumentKind;
import org.policygraph.model.GenericDocument;
import org.policygraph.model.Located;
import org.policygraph.model.Span;
import org.policygraph.text.Line;

/**
 * Reads any document as a generic one: its title, and nothing else is claimed.
 */
public final class GenericDocumentParser {

    private static final int MAX_TITLE_CHARS = 200;
    /** A title block longer than this is running text that the layout took for a title. */
    private static final int MAX_LAYOUT_TITLE_CHARS = 400;
    private static final int MAX_TITLE_LINES = 2;
    /** A numbered section heading ("1 Situering", "2.1 Advies"): a section, not the document's title. */
    private static final Pattern SECTION_HEADING = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.? \\S.*");
    /** At least three words of letters: "AH 611" is a reference, not a title. */
    private static final Pattern THREE_WORDS = Pattern.compile("(?:\\p{L}{2,}\\S*\\s+){2,}\\p{L}{2,}.*");

    /** Parses normalised {@code text} as a generic document. */
    public GenericDocument parse(String text) {
        return parse(Layouts.ofText(text), Diagnostics.none(text));
    }

    /**
     * Reads a laid-out document as a generic one: its title is the layout's title block, else its
     * first paragraph when that is a single heading-like line.
     */
    public GenericDocument parse(Layout layout, Diagnostics report) {
        Optional<Located> title = layout.first(BlockKind.TITLE)
                .filter(b -> b.text().length() <= MAX_LAYOUT_TITLE_CHARS)
                .map(b -> new Located(b.text().replace('\n', ' '), b.span()))
                .or(() -> title(layout.text()));
        if (title.isEmpty())
            report.document(Severity.WARNING, DiagnosticCode.TITLE_MISSING, "no title block and no heading-like first line");
        return new GenericDocument(DocumentKind.OTHER, title);
    }

    private static Optional<Located> title(String text) {
        List<Line> lines = Line.split(text);
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank())
            first++;
        int end = first;
        while (end + 1 < lines.size() && !lines.get(end + 1).isBlank())
            end++;
        if (first >= lines.size() || end - first + 1 > MAX_TITLE_LINES || end + 1 >= lines.size())
            return Optional.empty();
        Span span = new Span(lines.get(first).start(), lines.get(end).end());
        String joined = span.of(text).replace('\n', ' ');
        if (joined.length() > MAX_TITLE_CHARS || joined.matches("(?s).*[.:;,]$")
                || SECTION_HEADING.matcher(WorkDeadline.watch(joined)).matches() || !THREE_WORDS.matcher(WorkDeadline.watch(joined)).matches())
            return Optional.empty();
        return Optional.of(new Located(joined, span));
    }
}
