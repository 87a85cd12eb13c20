package org.policygraph.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;

/**
 * Finds the title of a PDF on its first page: the largest type in the top part of the page, well
 * above the body size, over as many lines as follow it closely in type of a similar size.
 * <p>
 * When that text names the kind of document ("MEDEDELING AAN DE VLAAMSE REGERING") and a subject
 * line follows ("Betreft: ..."), the subject is the title and the large text a header field.
 */
final class PdfTitle {

    /** The title is set at least this many times the body size. */
    private static final float LARGER = 1.25f;
    /** The title stands in this top share of the first page. */
    private static final float TOP = 0.65f;
    /** Lines of the title are at least this share of its largest size. */
    private static final float SIMILAR = 0.7f;
    /** Lines of the title follow each other within this many font sizes. */
    private static final float CLOSE = 2.6f;
    private static final int MAX_LINES = 6;
    /** A subject line: the key of a note's subject ({@code subject-keys.txt}) and its text. */
    private static final Pattern SUBJECT = Pattern.compile("(?i)(" + String.join("|", subjectKeys()) + ")\\s?:\\s*(\\S.*)");

    private PdfTitle() {
    }

    /**
     * The title's rows, and the rows before it that name the kind of document when a subject line
     * is the title.
     */
    record Found(List<PdfRow> documentType, Optional<PdfRow> subjectKey, List<PdfRow> title) {
    }

    /** The title among the rows of the first page, in reading order. */
    static Optional<Found> find(List<PdfRow> rows, float pageHeight, float bodySize) {
        int top = -1;
        for (int i = 0; i < rows.size(); i++) {
            PdfRow row = rows.get(i);
            if (row.baseline() > TOP * pageHeight || !hasLetters(row))
                continue;
            if (top < 0 || row.maxSize() > rows.get(top).maxSize())
                top = i;
        }
        if (top < 0 || rows.get(top).maxSize() < LARGER * bodySize)
            return Optional.empty();
        float size = rows.get(top).maxSize();
        List<PdfRow> title = new ArrayList<>();
        title.add(rows.get(top));
        // A year or a number set as large just above belongs to it ("2026" over "VLAAMSE BEGROTING").
        int start = top;
        while (start > 0 && title.size() < MAX_LINES && rows.get(start - 1).maxSize() >= SIMILAR * size
                && rows.get(start).baseline() - rows.get(start - 1).baseline() <= CLOSE * size
                && rows.get(start - 1).baseline() < rows.get(start).baseline())
            title.add(0, rows.get(--start));
        int i = top + 1;
        while (i < rows.size() && title.size() < MAX_LINES) {
            PdfRow row = rows.get(i);
            PdfRow last = title.get(title.size() - 1);
            if (row.maxSize() < SIMILAR * size || row.baseline() - last.baseline() > CLOSE * size
                    || row.baseline() < last.baseline() || !hasLetters(row))
                break;
            title.add(row);
            i++;
        }
        if (i < rows.size() && rows.get(i).baseline() - title.get(title.size() - 1).baseline() <= 2 * CLOSE * size) {
            PdfRow next = rows.get(i);
            Matcher m = SUBJECT.matcher(WorkDeadline.watch(next.text()));
            if (m.matches()) {
                List<PdfRow> subject = new ArrayList<>();
                subject.add(next);
                int j = i + 1;
                while (j < rows.size() && rows.get(j).maxSize() >= next.maxSize() - 0.5f
                        && rows.get(j).baseline() - subject.get(subject.size() - 1).baseline() <= 1.6f * next.maxSize())
                    subject.add(rows.get(j++));
                return Optional.of(new Found(title, Optional.of(next), subject));
            }
        }
        return Optional.of(new Found(List.of(), Optional.empty(), title));
    }

    /** The key of a subject line ("Betreft:") and the rest, or the whole text as rest. */
    static String[] splitSubject(String text) {
        Matcher m = SUBJECT.matcher(WorkDeadline.watch(text));
        if (!m.matches())
            return new String[] {"", text};
        return new String[] {text.substring(0, m.start(2)).strip(), m.group(2)};
    }

    private static List<String> subjectKeys() {
        try (InputStream in = PdfTitle.class.getResourceAsStream("subject-keys.txt")) {
            if (in == null)
                throw new IllegalStateException("subject-keys.txt is missing from the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(Pattern::quote).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasLetters(PdfRow row) {
        return row.text().codePoints().filter(Character::isLetter).count() >= 2;
    }
}
