package org.policygraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;

/**
 * Finds the footnotes at the foot of a PDF page: the last rows of the page, set smaller than the
 * body text, starting with a note number; each number opens a note.
 */
final class PdfFootnotes {

    /** Footnotes are set at most this share of the body size. */
    private static final float SMALLER = 0.92f;
    /** A note number: "1", "12", "3)" on its own or before the note's text. */
    private static final Pattern MARK = Pattern.compile("[1-9]\\d{0,2}\\)?");

    private PdfFootnotes() {
    }

    /** Where the footnote zone of a page's rows starts: {@code rows.size()} when there is none. */
    static int zoneStart(List<PdfRow> rows, float bodySize) {
        int k = rows.size();
        while (k > 1 && rows.get(k - 1).size() <= SMALLER * bodySize)
            k--;
        while (k < rows.size() && !startsWithMark(rows.get(k)))
            k++;
        // A number with no note to it is a page number, not a footnote.
        boolean words = rows.subList(k, rows.size()).stream()
                .anyMatch(r -> r.text().codePoints().filter(Character::isLetter).count() >= 2);
        return words ? k : rows.size();
    }

    /** The rows of a zone cut into notes, each starting at its number. */
    static List<List<PdfRow>> notes(List<PdfRow> zone) {
        List<List<PdfRow>> notes = new ArrayList<>();
        for (PdfRow row : zone) {
            if (startsWithMark(row) || notes.isEmpty())
                notes.add(new ArrayList<>());
            notes.get(notes.size() - 1).add(row);
        }
        return notes;
    }

    private static boolean startsWithMark(PdfRow row) {
        return MARK.matcher(WorkDeadline.watch(row.words().get(0).text())).matches();
    }
}
