package org.policygraph.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

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
    private static final String SPACES = "\t\u00A0\u2007\u202F\u2009\u3000 ";
    /** Invisible characters other than line and page breaks (C0 and C1 controls are tested by range). */
    private static final String INVISIBLE = "\u00AD\u200B\u200C\u200D\u2060\uFEFF";
    /** Private-use bullet glyphs of symbol fonts (Symbol, Wingdings) that PDF tools pass through. */
    private static final String PRIVATE_BULLETS = "\uF0B7\uF0A7\uF076\uF0D8\uF0FC";
    /** The first character whose NFC quick check is not "yes": text below it is in NFC. */
    private static final char FIRST_NOT_NFC = '\u0300';

    private Normaliser() {
    }

    /** Normalises decoded text; the result has no trailing or leading blank lines. */
    public static String normalise(String raw) {
        return assemble(joinBrokenLines(cleanLines(raw)));
    }

    /**
     * The character-level and line-level steps: lines cleaned of markdown, invisible characters and
     * extra spaces, page numbers standing alone dropped; blank lines as empty strings.
     */
    public static List<String> cleanLines(String raw) {
        // Whole-text passes take seconds on a file of tens of megabytes on a loaded machine: the
        // deadline is checked between them, not only per line.
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        WorkDeadline.check();
        s = unifyLineEnds(s);
        WorkDeadline.check();
        s = withoutInvisible(s);
        WorkDeadline.check();
        String[] split = s.split("\n", -1);
        List<String> lines = new ArrayList<>(split.length);
        for (String line : split) {
            WorkDeadline.check();
            lines.add(collapseSpaces(MarkdownResidue.clean(line)).strip());
        }
        return dropPageNumbers(lines);
    }

    /**
     * {@code raw} with every line end a "\n": "\r\n" and a lone "\r" one each, a form feed (a page
     * break) three; the lines the normaliser cleans, and the raw lines the text layout reader looks
     * at beside them, are these, so that they stay aligned.
     */
    public static String unifyLineEnds(String raw) {
        return raw.replace("\r\n", "\n").replace('\r', '\n').replace("\f", "\n\n\n");
    }

    /** One line of text from a structured input (HTML, DOCX, a PDF cell) cleaned as lines of text are. */
    public static String cleanInline(String raw) {
        // the layout builder cleans every line again, most of them cleaned by the text reader already
        return isCleanInline(raw) ? raw : cleanInlineInFull(raw);
    }

    /** {@link #cleanInline} step by step, for any line. */
    static String cleanInlineInFull(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC).replace('\n', ' ').replace('\r', ' ').replace('\f', ' ');
        return collapseSpaces(withoutInvisible(s)).strip();
    }

    /**
     * Whether {@link #cleanInline} leaves {@code s} as it is: below U+0300 (text there is in NFC and
     * {@code strip} knows no space but ' ' and controls), no control, layout space or invisible
     * character, no space at either end, no two spaces in a row. False sends a line the long way.
     */
    private static boolean isCleanInline(String s) {
        int n = s.length();
        if (n == 0)
            return true;
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')
            return false;
        char before = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7F && (c <= 0xA0 || c == 0xAD || c >= FIRST_NOT_NFC) || c == ' ' && before == ' ')
                return false;
            before = c;
        }
        return true;
    }

    /**
     * Invisible and control characters (other than line and page breaks) removed, private-use
     * bullets made a bullet; one pass, and no copy when there is nothing to do (most lines).
     */
    private static String withoutInvisible(String s) {
        int i = 0;
        while (i < s.length() && !invisibleOrBullet(s.charAt(i)))
            i++;
        if (i == s.length())
            return s;
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (PRIVATE_BULLETS.indexOf(c) >= 0)
                sb.append('\u2022');
            else if (!invisible(c))
                sb.append(c);
        }
        return sb.toString();
    }

    private static boolean invisibleOrBullet(char c) {
        return invisible(c) || c >= '\uF000' && PRIVATE_BULLETS.indexOf(c) >= 0;
    }

    /** C0 controls but tab, line feed, page break and carriage return; DEL and C1; soft hyphen and zero widths. */
    private static boolean invisible(char c) {
        if (c < 0x20)
            return c <= 0x08 || c == 0x0B || c >= 0x0E;
        if (c >= 0x7F && c <= 0x9F)
            return true;
        return c >= '\u00AD' && INVISIBLE.indexOf(c) >= 0;
    }

    /** Every run of spaces and layout spaces as one space; no copy when there is nothing to do. */
    private static String collapseSpaces(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' ? i + 1 < s.length() && isSpace(s.charAt(i + 1)) : isSpace(c))
                break;
            i++;
        }
        if (i == s.length())
            return s;
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                sb.append(' ');
                while (i < s.length() && isSpace(s.charAt(i)))
                    i++;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c >= '\u00A0' && SPACES.indexOf(c) >= 0;
    }

    /** Joins lines broken in the middle of a sentence ({@link BrokenLineJoiner}). */
    public static List<String> joinBrokenLines(List<String> lines) {
        return BrokenLineJoiner.join(lines);
    }

    /** True when a line ends a sentence (or a heading that opens a list): ".", "?", "!", ":" or ";", closing quotes after it. */
    public static boolean endsSentence(String line) {
        return BrokenLineJoiner.endsSentence(line);
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
