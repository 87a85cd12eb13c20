package org.policygraph.parse.generic;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.model.DocumentKind;
import org.policygraph.model.GenericDocument;
import org.policygraph.model.Located;
import org.policygraph.model.Span;
import org.policygraph.text.Line;

/**
 * Reads any document as a generic one: its title is the first paragraph when that is a single
 * heading-like line, and nothing else is claimed.
 */
public final class GenericDocumentParser {

    private static final int MAX_TITLE_CHARS = 200;
    private static final int MAX_TITLE_LINES = 2;
    /** A numbered section heading ("1 Situering", "2.1 Advies"): a section, not the document's title. */
    private static final Pattern SECTION_HEADING = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.? \\S.*");
    /** At least three words of letters: "AH 611" is a reference, not a title. */
    private static final Pattern THREE_WORDS = Pattern.compile("(?:\\p{L}{2,}\\S*\\s+){2,}\\p{L}{2,}.*");

    /** Parses {@code text} as a generic document of the given kind. */
    public GenericDocument parse(String text, DocumentKind kind) {
        return new GenericDocument(kind, title(text));
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
                || SECTION_HEADING.matcher(joined).matches() || !THREE_WORDS.matcher(joined).matches())
            return Optional.empty();
        return Optional.of(new Located(joined, span));
    }
}
