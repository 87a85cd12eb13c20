package org.policygraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.deadline.PatternSpace;
import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.Gazetteer;
import org.policygraph.lang.ItemLabel;
import org.policygraph.lang.ItemLabels;

/**
 * Cuts the pieces of a text document into blocks by their form alone:
 * <ul>
 * <li>at the top, before any running text, short field lines ("nr. 497", "datum: 5 september 2023",
 * "aan BART SOMERS") are header fields, and lines in capitals right under a field belong to it (the
 * post under the addressee);</li>
 * <li>the first heading-like line or paragraph before running text is the title, also when the
 * running text follows on the next line without a blank line;</li>
 * <li>a line that starts with an item label opens a list item, which runs to the next label or the
 * end of the paragraph;</li>
 * <li>a short paragraph without a sentence end, followed by more, is a heading; the rest is running
 * text.</li>
 * </ul>
 */
final class BlockSegmenter {

    /** A field line: a lower-case key word and a value ("van KURT DE LOOR"), or "Key: value". */
    private static final Pattern FIELD = Pattern.compile("\\p{Ll}[\\p{Ll}.]{0,12} \\S.{0,110}|\\p{L}[\\p{L} ]{0,30} ?: ?\\S.{0,110}");
    /** A line in capitals: at least two letters and no lower-case letter. */
    static final Pattern CAPITALS = Pattern.compile("(?=.*\\p{Lu}.*\\p{Lu})[^\\p{Ll}]+");
    /** The end of a sentence, or of a line that introduces what follows. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.;:,!?][\"”’')\\]]{0,3}$");
    /** A numbered section heading: "1 Situering", "2.1 Advies". */
    static final Pattern SECTION_NUMBER = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})*\\.? \\p{L}");
    /** A document's identifier alone on a line: "2024Z17900", "MED.0255/1BIS". */
    private static final Pattern IDENTIFIER = Pattern.compile("(?=\\S*\\d)(?=\\S*\\p{L})[\\p{L}\\d./-]{4,30}");
    private static final Gazetteer CONTINUING = Gazetteer.of("continuing-words");
    private static final int MAX_FIELD = 120;
    private static final int MAX_DOCUMENT_TYPE_WORDS = 4;
    private static final int MAX_TITLE_CHARS = 300;
    private static final int MAX_TITLE_LINES = 4;
    private static final int MAX_HEADING_CHARS = 150;
    private static final int MAX_HEADING_LINES = 2;

    private final LayoutBuilder out;
    private boolean head = true;
    private boolean titled;
    /** The last block added was a header field: a line in capitals under it is its continuation (a post). */
    private boolean afterField;
    private static final int MAX_FIELD_GROUP = 8;
    private final List<String> fieldLines = new ArrayList<>();

    private BlockSegmenter(LayoutBuilder out) {
        this.out = out;
    }

    /** Adds the blocks of {@code pieces} to {@code out}. */
    static void segment(List<Piece> pieces, LayoutBuilder out) {
        segment(pieces, out, false);
    }

    /**
     * Adds the blocks of {@code pieces} to {@code out}; when {@code titleGiven}, the title is among
     * the placed pieces and no line is taken for one.
     */
    static void segment(List<Piece> pieces, LayoutBuilder out, boolean titleGiven) {
        BlockSegmenter s = new BlockSegmenter(out);
        s.titled = titleGiven;
        List<String> group = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            WorkDeadline.check();
            Piece p = pieces.get(i);
            if (p.type() == Piece.Type.LINE) {
                group.add(p.line());
                continue;
            }
            boolean more = hasTextAfter(pieces, i);
            s.group(group, more || !group.isEmpty());
            group.clear();
            switch (p.type()) {
                case BLANK -> out.paragraphBreak();
                case MARKED_HEADING -> s.markedHeading(p.line());
                case TABLE -> s.table(p);
                case PLACED -> s.placed(p.placed());
                default -> throw new IllegalStateException(p.type().name());
            }
        }
        s.group(group, false);
    }

    private static boolean hasTextAfter(List<Piece> pieces, int i) {
        for (int j = i; j < pieces.size(); j++)
            if (pieces.get(j).type() != Piece.Type.BLANK)
                return true;
        return false;
    }

    private void markedHeading(String line) {
        if (head && isField(line)) {
            flushField();
            fieldLines.add(line);
            flushField();
            out.paragraphBreak();
            return;
        }
        flushField();
        afterField = false;
        out.add(titled ? BlockKind.HEADING : BlockKind.TITLE, List.of(line), Optional.empty(), Optional.empty());
        titled = true;
        out.paragraphBreak();
    }

    private void table(Piece p) {
        flushField();
        Optional<Block> caption = Optional.empty();
        if (!p.placed().caption().isEmpty()) {
            out.paragraphBreak();
            caption = out.add(BlockKind.PARAGRAPH, p.placed().caption(), Optional.empty(), p.placed().box());
        }
        out.addTable(p.rows(), p.headerRows(), p.placed().columnXs(), caption.map(Block::span), p.placed().box());
        afterField = false;
        head = false;
    }

    /** A block whose kind the reader knew from the page: set apart by blank lines. */
    private void placed(Piece.Placed p) {
        flushField();
        afterField = false;
        out.paragraphBreak();
        out.add(p.kind(), p.lines(), p.label(), p.box());
        out.paragraphBreak();
        if (p.kind() == BlockKind.TITLE)
            titled = true;
        else if (p.kind() == BlockKind.PARAGRAPH || p.kind() == BlockKind.LIST_ITEM || p.kind() == BlockKind.TABLE)
            head = false;
    }

    /** One paragraph of lines (no blank line inside); {@code more} when text follows it. */
    private void group(List<String> lines, boolean more) {
        if (lines.isEmpty())
            return;
        int fields = head ? 0 : fieldPrefix(lines);
        if (fields >= 2 || (fields > 0 && fields == lines.size())) {
            // A header further on: the signature and "ANTWOORD / op vraag nr. ... / van ..." above the answer.
            for (String line : lines.subList(0, fields)) {
                if (!continuesPost(line))
                    flushField();
                fieldLines.add(line);
            }
            flushField();
            lines = lines.subList(fields, lines.size());
        }
        List<String> plain = new ArrayList<>();
        List<String> item = new ArrayList<>();
        Optional<ItemLabel> label = Optional.empty();
        for (String line : lines) {
            Optional<ItemLabel> l = ItemLabels.atStart(line);
            if (continuesPost(line) && item.isEmpty() && plain.isEmpty()) {
                fieldLines.add(line);
                continue;
            }
            if (head && item.isEmpty() && plain.isEmpty() && isField(line) && l.isEmpty()) {
                flushField();
                fieldLines.add(line);
                continue;
            }
            if ((head || afterField) && (afterField || !fieldLines.isEmpty()) && plain.isEmpty() && item.isEmpty()
                    && capitals(line)) {
                fieldLines.add(line);
                continue;
            }
            flushField();
            if (l.isPresent()) {
                flushPlain(plain, true);
                flushItem(item, label);
                label = l;
                item.add(line);
            } else if (!item.isEmpty()) {
                item.add(line);
            } else {
                plain.add(line);
            }
        }
        flushField();
        flushPlain(plain, more || !item.isEmpty());
        flushItem(item, label);
    }

    /** A line in capitals that carries on a post in capitals begun on the field line before it. */
    private boolean continuesPost(String line) {
        if (fieldLines.isEmpty() || !capitals(line))
            return false;
        String last = fieldLines.get(fieldLines.size() - 1);
        // A lone word after a complete post is the next field ("ANTWOORD"), unless the post breaks off open.
        String lastWord = last.substring(last.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        boolean open = last.endsWith(",") || CONTINUING.contains(lastWord);
        return capitals(last) && last.split(" ").length > MAX_DOCUMENT_TYPE_WORDS
                && (open || line.indexOf(' ') > 0);
    }

    /** How many lines at the start of a paragraph are field lines (a first field, then fields or capitals). */
    private int fieldPrefix(List<String> lines) {
        if (!isField(lines.get(0)))
            return 0;
        int n = 1;
        while (n < lines.size() && n < MAX_FIELD_GROUP && (isField(lines.get(n)) || capitals(lines.get(n))))
            n++;
        return n;
    }

    private boolean isField(String line) {
        if (afterField && capitals(line))
            return true;
        if (line.length() > MAX_FIELD)
            return false;
        if (identifier(line))
            return true;
        if (capitals(line))
            return line.split(" ").length <= MAX_DOCUMENT_TYPE_WORDS;
        return mayBeField(line) && FIELD.matcher(WorkDeadline.watch(line)).matches() && !SENTENCE_END.matcher(WorkDeadline.watch(line)).matches();
    }

    /**
     * {@link #CAPITALS}, read by hand (its look-ahead backtracks): no lower-case letter, and two
     * capitals before the first line terminator (where the look-ahead's "." stops). A line with a
     * surrogate is left to the pattern, which reads code points.
     */
    static boolean capitals(String line) {
        int capitals = 0;
        boolean terminated = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 'a' && c <= 'z')
                return false;
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z' && !terminated)
                    capitals++;
                terminated |= PatternSpace.isLineTerminator(c);
                continue;
            }
            if (Character.isSurrogate(c))
                return CAPITALS.matcher(WorkDeadline.watch(line)).matches();
            int type = Character.getType(c);
            if (type == Character.LOWERCASE_LETTER)
                return false;
            if (type == Character.UPPERCASE_LETTER && !terminated)
                capitals++;
            terminated |= PatternSpace.isLineTerminator(c);
        }
        return capitals >= 2;
    }

    /** {@link #IDENTIFIER}: four to thirty letters, digits, dots, slashes or hyphens, so no space. */
    private static boolean identifier(String line) {
        if (line.length() < 4 || line.length() > 60 || line.indexOf(' ') >= 0)
            return false;
        return IDENTIFIER.matcher(WorkDeadline.watch(line)).matches();
    }

    /**
     * What {@link #FIELD} needs at its start: a lower-case first letter ("datum 3 mei"), or a colon
     * within a label of at most 31 letters and two spaces ("Datum: 3 mei").
     */
    private static boolean mayBeField(String line) {
        if (line.isEmpty())
            return false;
        char first = line.charAt(0);
        if (first >= 'a' && first <= 'z' || first >= 0x80 && (Character.getType(first) == Character.LOWERCASE_LETTER
                || Character.isSurrogate(first)))
            return true;
        int colon = line.indexOf(':');
        return colon >= 0 && colon <= 70;
    }

    private void flushField() {
        if (fieldLines.isEmpty())
            return;
        out.add(BlockKind.HEADER_FIELD, List.copyOf(fieldLines), Optional.empty(), Optional.empty());
        fieldLines.clear();
        afterField = true;
    }

    private void flushItem(List<String> item, Optional<ItemLabel> label) {
        if (item.isEmpty())
            return;
        out.add(BlockKind.LIST_ITEM, List.copyOf(item), label, Optional.empty());
        afterField = false;
        item.clear();
        head = false;
    }

    /** Running lines: a title, a heading or a paragraph; {@code more} when text follows. */
    private void flushPlain(List<String> plain, boolean more) {
        if (plain.isEmpty())
            return;
        afterField = false;
        int titleLines = titleLines(plain);
        if (head && !titled && (more || titleLines < plain.size()) && looksLikeTitle(plain.subList(0, titleLines))) {
            // A title may run over lines that carry its phrase on; a line that starts anew is the text under
            // it (the Parliament's PDFs put the introduction right under the title, without a blank line).
            out.add(BlockKind.TITLE, List.copyOf(plain.subList(0, titleLines)), Optional.empty(), Optional.empty());
            titled = true;
            if (titleLines < plain.size()) {
                out.add(BlockKind.PARAGRAPH, List.copyOf(plain.subList(titleLines, plain.size())), Optional.empty(), Optional.empty());
                head = false;
            }
        } else if (more && plain.size() <= MAX_HEADING_LINES && String.join(" ", plain).length() <= MAX_HEADING_CHARS
                && !SENTENCE_END.matcher(WorkDeadline.watch(plain.get(plain.size() - 1))).matches()) {
            out.add(BlockKind.HEADING, List.copyOf(plain), Optional.empty(), Optional.empty());
        } else {
            out.add(BlockKind.PARAGRAPH, List.copyOf(plain), Optional.empty(), Optional.empty());
            head = false;
        }
        plain.clear();
    }

    /** How many of the first lines form one phrase: each next line carries the one before on. */
    private static int titleLines(List<String> lines) {
        int n = 1;
        while (n < lines.size() && n < MAX_TITLE_LINES && carriesOn(lines.get(n - 1), lines.get(n)))
            n++;
        return n;
    }

    private static boolean carriesOn(String previous, String next) {
        int first = next.codePointAt(0);
        if (Character.isLowerCase(first) || Character.isDigit(first) || "‘'\"“„«(".indexOf(first) >= 0)
            return true;
        String lastWord = previous.substring(previous.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return previous.endsWith(",") || previous.endsWith("-") || previous.endsWith("–") || CONTINUING.contains(lastWord);
    }

    private static boolean looksLikeTitle(List<String> lines) {
        String joined = String.join(" ", lines);
        return !SECTION_NUMBER.matcher(WorkDeadline.watch(joined)).lookingAt() && lines.size() <= MAX_TITLE_LINES && joined.length() <= MAX_TITLE_CHARS
                && !SENTENCE_END.matcher(WorkDeadline.watch(joined)).matches()
                && joined.codePoints().filter(Character::isLetter).count() >= 3;
    }
}
