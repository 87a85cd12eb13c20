package org.policygraph.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;

/**
 * Turns decoded text into the normalised text that every offset in the graph points into.
 * <p>
 * Steps: Unicode NFC; line ends to {@code \n}; page breaks to paragraph breaks; invisible and
 * control characters removed; markdown residue stripped ({@link MarkdownResidue}); runs of spaces
 * collapsed and lines trimmed; page numbers standing alone dropped ({@link PageArtefacts}); lines
 * broken mid-sentence joined ({@link BrokenLineJoiner}); runs of blank lines reduced to one.
 * <pre>{@code
 * String text = Normaliser.normalise("## **SCHRIFTELIJKE VRAAG**\r\n\r\nnr. 497\r\n");
 * // "SCHRIFTELIJKE VRAAG\n\nnr. 497"
 * }</pre>
 */
public final class Normaliser {

    /** Characters that only lay out text: no-break and narrow spaces become a space. */
    private static final Pattern SPACES = Pattern.compile("[\\t\\u00A0\\u2007\\u202F\\u2009\\u3000 ]+");
    /** Invisible characters and C0/C1 controls other than line and page breaks. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F-\\x9F]");

    private Normaliser() {
    }

    /** Private-use bullet glyphs of symbol fonts (Symbol, Wingdings) that PDF tools pass through. */
    private static final Pattern PRIVATE_BULLETS = Pattern.compile("[\\uF0B7\\uF0A7\\uF076\\uF0D8\\uF0FC]");

    /** Normalises decoded text; the result has no trailing or leading blank lines. */
    public static String normalise(String raw) {
        return assemble(joinBrokenLines(cleanLines(raw)));
    }

    /**
     * The character-level and line-level steps: lines cleaned of markdown, invisible characters and
     * extra spaces, page numbers standing alone dropped; blank lines as empty strings.
     */
    public static List<String> cleanLines(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n')
                .replace("\f", "\n\n\n");
        s = INVISIBLE.matcher(WorkDeadline.watch(s)).replaceAll("");
        s = PRIVATE_BULLETS.matcher(WorkDeadline.watch(s)).replaceAll("\u2022");
        List<String> lines = new ArrayList<>();
        for (String line : s.split("\n", -1))
            lines.add(SPACES.matcher(WorkDeadline.watch(MarkdownResidue.clean(line))).replaceAll(" ").strip());
        return dropPageNumbers(lines);
    }

    /** One line of text from a structured input (HTML, DOCX, a PDF cell) cleaned as lines of text are. */
    public static String cleanInline(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC).replace('\n', ' ').replace('\r', ' ').replace('\f', ' ');
        s = INVISIBLE.matcher(WorkDeadline.watch(s)).replaceAll("");
        s = PRIVATE_BULLETS.matcher(WorkDeadline.watch(s)).replaceAll("\u2022");
        return SPACES.matcher(WorkDeadline.watch(s)).replaceAll(" ").strip();
    }

    /** Joins lines broken in the middle of a sentence ({@link BrokenLineJoiner}). */
    public static List<String> joinBrokenLines(List<String> lines) {
        return BrokenLineJoiner.join(lines);
    }

    /** True for a line that is a markdown heading ("## Titel"), before cleaning. */
    public static boolean isMarkdownHeading(String rawLine) {
        return MarkdownResidue.isHeading(rawLine);
    }

    private static List<String> dropPageNumbers(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            boolean blankBefore = i == 0 || lines.get(i - 1).isEmpty();
            boolean blankAfter = i == lines.size() - 1 || lines.get(i + 1).isEmpty();
            String line = lines.get(i);
            if (blankBefore && blankAfter && !line.isEmpty() && PageArtefacts.isPageNumber(line))
                out.add("");
            else
                out.add(line);
        }
        return out;
    }

    /** Lines as text: one line break between lines, one blank line for any run of blank lines. */
    public static String assemble(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        boolean pendingBlank = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                pendingBlank = sb.length() > 0;
                continue;
            }
            if (sb.length() > 0)
                sb.append(pendingBlank ? "\n\n" : "\n");
            sb.append(line);
            pendingBlank = false;
        }
        return sb.toString();
    }
}
