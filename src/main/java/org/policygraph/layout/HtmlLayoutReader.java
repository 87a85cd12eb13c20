package org.policygraph.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.policygraph.deadline.WorkDeadline;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.DiagnosticListener;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.diagnostic.Severity;
import org.policygraph.lang.ItemLabel;
import org.policygraph.lang.ItemLabels;
import org.policygraph.lang.LabelStyle;
import org.policygraph.model.Span;

/**
 * Reads a web page into a layout by its markup (jsoup): h1 (or the page title when there is none)
 * is the title, h2-h6 headings, p and the text of div paragraphs, li list items with the label the
 * browser would show written into the text ("1. ", "b. ", "• "), tables rows and cells, dt/dd pairs
 * fields or heading and paragraph, footnotes where the page marks them. Navigation, banners, forms,
 * scripts and hidden elements are dropped ({@link HtmlChrome}); media are skipped with a warning.
 * <pre>{@code
 * HtmlLayoutReader.Read page = HtmlLayoutReader.read(bytes, collector);
 * page.layout().first(BlockKind.TITLE)
 * }</pre>
 */
public final class HtmlLayoutReader {

    /** The name this reader gives its layouts. */
    public static final String NAME = "HTML";

    /** A page read: its layout and the charset its bytes were decoded with. */
    public record Read(Layout layout, String charset) {
    }

    /** Elements that start a block of their own; everything else runs inline. */
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "blockquote", "body", "center", "dd",
            "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "ul", "caption",
            "tr", "td", "th", "thead", "tbody", "tfoot");
    /** Embedded content the reader cannot read; skipped with a warning. */
    private static final Set<String> MEDIA_TAGS = Set.of("iframe", "object", "embed", "video", "audio", "canvas", "img",
            "picture");
    /** What a list item may hold that is read as blocks of its own after the item's text. */
    private static final Set<String> NESTED_IN_ITEM = Set.of("ul", "ol", "table", "dl");
    /** Parts of a class or id that mark a subtitle inside or under the title. */
    private static final List<String> SUBTITLE_MARKERS = List.of("subtitle", "subtitel", "ondertitel", "sub-title",
            "subheading", "tagline");
    /** Parts of a class or id that mark footnotes or endnotes. */
    private static final List<String> NOTE_MARKERS = List.of("footnote", "voetnoot", "endnote", "eindnoot");
    /** Links to a document rather than to another page: a download line stays part of the text. */
    private static final Pattern DOCUMENT_LINK = Pattern.compile("(?i).*\\.(pdf|docx?|odt|rtf|xlsx?|ods|pptx?)([?#].*)?$");
    private static final Pattern DOWNLOAD_WORDS = Pattern.compile("(?i).*\\b(download|pdf|docx?|kB|MB)\\b.*");
    /** The site's name after the page's own in a {@code <title>}: "Advies over ... | Vlor". */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—]{1,40}$");
    /** A dt/dd pair this short is a field ("Datum: 12 maart 2025"); a longer one is a heading with its paragraph. */
    private static final int MAX_FIELD = 120;
    /** Nesting below which an element's text is read flat, so hostile nesting cannot overflow the stack. */
    private static final int MAX_DEPTH = 400;

    private final LayoutBuilder out = new LayoutBuilder(NAME);
    private final Set<String> noteTargets;
    private final List<Skipped> skipped = new ArrayList<>();
    private boolean titled;
    /** The page has an h1: that is its title, not a heading before it. */
    private boolean hasH1;
    private String titleText = "";
    private boolean content;
    private BlockKind last;
    private int depth;

    /** Something left out of the text, where it stood. */
    private record Skipped(int at, String what) {
    }

    private HtmlLayoutReader(Set<String> noteTargets) {
        this.noteTargets = noteTargets;
    }

    /**
     * Reads a page's bytes in the charset it declares (byte-order mark or meta element), UTF-8 when it
     * declares none, Windows-1252 when undeclared bytes are not UTF-8.
     *
     * @throws IllegalArgumentException with the reason when the bytes are not a readable page
     */
    public static Read read(byte[] bytes, DiagnosticListener listener) {
        HtmlPage page = HtmlPage.decode(bytes);
        Document doc = page.document();
        int undecodable = page.undecodable();
        String pageTitle = doc.title();
        HtmlChrome.strip(doc);
        HtmlLayoutReader reader = new HtmlLayoutReader(noteTargets(doc.body()));
        reader.page(doc.body(), pageTitle);
        Layout layout = reader.out.build();
        if (layout.text().isEmpty())
            throw new IllegalArgumentException("no readable text in the page (only markup, scripts or navigation)");
        Diagnostics report = new Diagnostics(layout.text(), listener);
        for (Skipped s : reader.skipped)
            report.warning(DiagnosticCode.UNREADABLE_PART, new Span(s.at(), s.at()), s.what());
        if (undecodable > 0)
            report.document(Severity.WARNING, DiagnosticCode.UNREADABLE_PART, undecodable
                    + " characters could not be decoded in " + doc.charset().name() + ", the charset the page declares");
        return new Read(layout, doc.charset().name());
    }

    /** The ids that note references in the text point to: the notes themselves. */
    private static Set<String> noteTargets(Element body) {
        Set<String> ids = new HashSet<>();
        for (Element a : body.select("sup a[href^=#], a[role=doc-noteref], a.footnote-ref, a[rel=footnote]"))
            ids.add(a.attr("href").substring(1));
        ids.remove("");
        return ids;
    }

    private void page(Element body, String pageTitle) {
        hasH1 = body.selectFirst("h1") != null;
        if (!hasH1) {
            String title = TITLE_SUFFIX.matcher(WorkDeadline.watch(pageTitle.strip())).replaceFirst("");
            if (!title.isBlank())
                title(List.of(title));
        }
        container(body);
    }

    // ---- blocks

    /** A container: its loose inline text becomes paragraphs, its block children blocks. */
    private void container(Element parent) {
        List<Node> inline = new ArrayList<>();
        for (Node child : parent.childNodes()) {
            if (child instanceof Element e && (BLOCK_TAGS.contains(e.normalName()) || MEDIA_TAGS.contains(e.normalName()))) {
                flushInline(inline);
                block(e);
            } else {
                inline.add(child);
            }
        }
        flushInline(inline);
    }

    private void flushInline(List<Node> nodes) {
        if (nodes.isEmpty())
            return;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Node n : nodes)
            inline(n, line, lines);
        lines.add(line.toString());
        nodes.clear();
        add(BlockKind.PARAGRAPH, lines, Optional.empty(), false);
    }

    private void block(Element e) {
        if (depth >= MAX_DEPTH) {
            add(BlockKind.PARAGRAPH, List.of(e.text()), Optional.empty(), false);
            return;
        }
        depth++;
        try {
            blockInPlace(e);
        } finally {
            depth--;
        }
    }

    private void blockInPlace(Element e) {
        String tag = e.normalName();
        if (MEDIA_TAGS.contains(tag)) {
            media(e);
            return;
        }
        if (noteTargets.contains(e.id()) || isNoteContainer(e)) {
            notes(e);
            return;
        }
        switch (tag) {
            case "h1" -> heading1(e);
            case "h2", "h3", "h4", "h5", "h6" -> heading(e);
            case "p", "figcaption", "summary", "address", "dt", "dd", "caption" -> paragraph(e);
            case "pre" -> add(BlockKind.PARAGRAPH, List.of(e.wholeText().split("\n")), Optional.empty(), false);
            case "ul", "ol" -> list(e);
            case "li" -> item(e, "• ", LabelStyle.BULLET);
            case "table" -> table(e);
            case "dl" -> definitions(e);
            case "hr" -> out.paragraphBreak();
            default -> container(e);
        }
    }

    private void heading1(Element h) {
        if (titled) {
            heading(h);
            return;
        }
        Element subtitle = null;
        for (Element child : h.children())
            if (child.normalName().equals("small") || hasMarker(child, SUBTITLE_MARKERS)) {
                subtitle = child;
                break;
            }
        List<String> lines;
        List<String> rest = List.of();
        if (subtitle != null) {
            Element title = h.clone();
            title.child(h.children().indexOf(subtitle)).remove();
            lines = lines(title);
            rest = lines(subtitle);
        } else {
            // A title and subtitle in one heading, a line break between: the first line is the title.
            List<String> all = lines(h);
            lines = all.isEmpty() ? all : all.subList(0, 1);
            rest = all.size() > 1 ? all.subList(1, all.size()) : List.of();
        }
        title(lines);
        add(BlockKind.PARAGRAPH, rest, Optional.empty(), false);
    }

    private void title(List<String> lines) {
        Optional<Block> title = add(BlockKind.TITLE, lines, Optional.empty(), false);
        if (title.isPresent()) {
            titled = true;
            titleText = title.get().text();
        }
    }

    private void heading(Element h) {
        List<String> lines = lines(h);
        if (!titled && !hasH1) {
            title(lines);
            return;
        }
        // A page without h1 titled by its <title>: the first heading often repeats it.
        if (!content && String.join(" ", lines).strip().equals(titleText))
            return;
        add(BlockKind.HEADING, lines, Optional.empty(), false);
    }

    private void paragraph(Element p) {
        if (p.children().stream().anyMatch(c -> BLOCK_TAGS.contains(c.normalName()) || MEDIA_TAGS.contains(c.normalName()))) {
            container(p);
            return;
        }
        add(onlyLink(p) ? BlockKind.FURNITURE : BlockKind.PARAGRAPH, lines(p), Optional.empty(), false);
    }

    /**
     * A paragraph that is nothing but a link to another page ("Terug naar het overzicht") is the
     * site's furniture; a link to a document ("Download het advies (pdf, 350 kB)") stays text.
     */
    private static boolean onlyLink(Element p) {
        List<Element> links = p.select("a[href]");
        if (links.size() != 1 || !links.get(0).text().strip().equals(p.text().strip()))
            return false;
        Element a = links.get(0);
        return !DOCUMENT_LINK.matcher(WorkDeadline.watch(a.attr("href"))).matches() && !DOWNLOAD_WORDS.matcher(WorkDeadline.watch(a.text())).matches();
    }

    private void list(Element list) {
        boolean ordered = list.normalName().equals("ol");
        LabelStyle style = ordered ? styleOf(list.attr("type")) : LabelStyle.BULLET;
        List<Element> items = list.children().stream().filter(c -> c.normalName().equals("li")).toList();
        if (items.stream().anyMatch(li -> noteTargets.contains(li.id()))) {
            notes(list);
            return;
        }
        boolean reversed = list.hasAttr("reversed");
        int n = intAttr(list, "start", reversed ? items.size() : 1);
        // Lists styled without markers often write their labels themselves ("1° ...").
        boolean ownLabels = list.attr("style").replace(" ", "").contains("list-style:none")
                || list.attr("style").replace(" ", "").contains("list-style-type:none")
                || (!ordered && !items.isEmpty() && items.stream().allMatch(li -> ItemLabels.atStart(start(li)).isPresent()));
        for (Element child : list.children()) {
            if (!child.normalName().equals("li")) {
                block(child);
                continue;
            }
            n = intAttr(child, "value", n);
            String label = ownLabels ? "" : ordered ? ItemLabels.member(n, style) + ". " : "• ";
            item(child, label, style);
            n += reversed ? -1 : 1;
        }
    }

    /** One list item: its own text with its label, then the lists and tables nested in it. */
    private void item(Element li, String label, LabelStyle style) {
        List<Element> nested = li.children().stream().filter(c -> NESTED_IN_ITEM.contains(c.normalName())).toList();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Node n : li.childNodes())
            if (!(n instanceof Element e && nested.contains(e)))
                inline(n, line, lines);
        lines.add(line.toString());
        lines.removeIf(String::isBlank);
        if (!lines.isEmpty()) {
            lines.set(0, label + lines.get(0));
            Optional<ItemLabel> parsed = ItemLabels.atStart(lines.get(0));
            if (!label.isEmpty())
                parsed = parsed.flatMap(l -> ItemLabels.as(l, style));
            add(BlockKind.LIST_ITEM, lines, parsed, true);
        }
        for (Element e : nested)
            block(e);
    }

    private static LabelStyle styleOf(String type) {
        return switch (type) {
            case "a" -> LabelStyle.LOWER_LETTER;
            case "A" -> LabelStyle.UPPER_LETTER;
            case "i" -> LabelStyle.LOWER_ROMAN;
            case "I" -> LabelStyle.UPPER_ROMAN;
            default -> LabelStyle.ARABIC;
        };
    }

    private void table(Element table) {
        Element caption = table.selectFirst("> caption");
        if (caption != null)
            paragraph(caption);
        List<List<String>> rows = new ArrayList<>();
        int headerRows = 0;
        boolean leading = true;
        // Columns still covered by a cell above that spans rows: column -> rows left.
        Map<Integer, Integer> spanned = new HashMap<>();
        for (Element tr : table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr")) {
            List<String> cells = new ArrayList<>();
            int column = 0;
            boolean allHeads = true;
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th"))
                    continue;
                while (spanned.getOrDefault(column, 0) > 0) {
                    cells.add("");
                    column++;
                }
                allHeads &= cell.normalName().equals("th");
                cells.add(String.join(" ", lines(cell)));
                int colspan = Math.max(1, Math.min(intAttr(cell, "colspan", 1), 100));
                int rowspan = Math.max(1, Math.min(intAttr(cell, "rowspan", 1), 1000));
                for (int k = 0; k < colspan; k++) {
                    if (k > 0)
                        cells.add("");
                    if (rowspan > 1)
                        spanned.put(column + k, rowspan);
                }
                column += colspan;
            }
            while (spanned.keySet().stream().anyMatch(c -> c >= cells.size() && spanned.get(c) > 0) && cells.size() < 1000)
                cells.add("");
            for (Map.Entry<Integer, Integer> s : spanned.entrySet())
                s.setValue(s.getValue() - 1);
            boolean header = allHeads && !cells.isEmpty() || tr.parent() != null && tr.parent().normalName().equals("thead");
            if (leading && header)
                headerRows++;
            else
                leading = false;
            rows.add(cells);
        }
        out.paragraphBreak();
        Optional<Block> added = out.addTable(rows, headerRows, List.of(), Optional.empty());
        added.ifPresent(this::added);
    }

    /** A definition list: short pairs are fields ("Datum: 12 maart 2025"), long ones a heading and its text. */
    private void definitions(Element dl) {
        List<String> term = new ArrayList<>();
        boolean pairs = false;
        for (Element child : dl.children()) {
            switch (child.normalName()) {
                case "dt" -> term.addAll(lines(child));
                case "dd" -> {
                    List<String> value = lines(child);
                    String key = String.join(" ", term);
                    String joined = String.join(" ", value);
                    if (!key.isEmpty() && value.size() == 1 && key.length() + joined.length() <= MAX_FIELD) {
                        String line = key.endsWith(":") ? key + " " + joined : key + ": " + joined;
                        add(content ? BlockKind.PARAGRAPH : BlockKind.HEADER_FIELD, List.of(line), Optional.empty(), pairs);
                        pairs = true;
                    } else {
                        add(BlockKind.HEADING, term, Optional.empty(), false);
                        add(BlockKind.PARAGRAPH, value, Optional.empty(), false);
                        pairs = false;
                    }
                    term.clear();
                }
                case "div" -> definitions(child);
                default -> block(child);
            }
        }
        add(BlockKind.PARAGRAPH, term, Optional.empty(), false);
    }

    private static boolean isNoteContainer(Element e) {
        String role = e.attr("role");
        return role.equals("doc-endnotes") || role.equals("doc-footnotes") || hasMarker(e, NOTE_MARKERS)
                && !e.normalName().equals("a") && !e.normalName().equals("sup");
    }

    /** Notes: each item of a notes list (numbered as the list counts) or each paragraph a footnote. */
    private void notes(Element e) {
        for (Element back : e.select("a[href^=#fnref], a[role=doc-backlink], a.footnote-backref, a.footnote-back"))
            back.remove();
        List<Element> items = e.normalName().equals("li") || e.normalName().equals("p") ? List.of(e) : e.select("li");
        if (items.isEmpty())
            items = e.select("p");
        if (items.isEmpty())
            items = List.of(e);
        for (Element heading : e.select("h2, h3, h4, h5, h6"))
            add(BlockKind.HEADING, lines(heading), Optional.empty(), false);
        boolean first = true;
        for (Element note : items) {
            List<String> lines = new ArrayList<>(lines(note));
            lines.removeIf(l -> l.strip().matches("[↩↑^]+"));
            if (lines.isEmpty())
                continue;
            if (note.normalName().equals("li") && note.parent() != null && note.parent().normalName().equals("ol")) {
                String number = Integer.toString(intAttr(note.parent(), "start", 1) + note.elementSiblingIndex());
                if (!lines.get(0).startsWith(number))
                    lines.set(0, number + " " + lines.get(0));
            }
            add(BlockKind.FOOTNOTE, lines, Optional.empty(), !first);
            first = false;
        }
    }

    private void media(Element e) {
        String tag = e.normalName();
        if (tag.equals("img") || tag.equals("picture")) {
            String alt = e.normalName().equals("img") ? e.attr("alt").strip() : "";
            if (!alt.isEmpty())
                skipped.add(new Skipped(out.length(), "image not read: \"" + alt + "\""));
            return;
        }
        String source = e.hasAttr("src") ? e.attr("src") : e.attr("data");
        skipped.add(new Skipped(out.length(), "embedded " + tag + " not read" + (source.isEmpty() ? "" : ": " + source)));
    }

    // ---- text of inline content

    /** The first words of an element's text, enough to tell whether it starts with an item label. */
    private static String start(Element e) {
        StringBuilder s = new StringBuilder();
        for (TextNode t : e.textNodes())
            s.append(t.text());
        if (s.toString().isBlank() && e.childrenSize() > 0)
            return start(e.child(0));
        return s.toString().strip();
    }

    /** The lines of an element's text: line breaks at br and around block-level children. */
    private List<String> lines(Element e) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Node n : e.childNodes())
            inline(n, line, lines);
        lines.add(line.toString());
        lines.removeIf(String::isBlank);
        return lines;
    }

    private void inline(Node node, StringBuilder line, List<String> lines) {
        if (node instanceof TextNode t) {
            line.append(t.text());
            return;
        }
        if (!(node instanceof Element e))
            return;
        if (depth >= MAX_DEPTH) {
            line.append(e.text());
            return;
        }
        depth++;
        try {
            inlineElement(e, line, lines);
        } finally {
            depth--;
        }
    }

    private void inlineElement(Element e, StringBuilder line, List<String> lines) {
        String tag = e.normalName();
        if (tag.equals("br")) {
            newLine(line, lines);
            return;
        }
        if (MEDIA_TAGS.contains(tag)) {
            media(e);
            return;
        }
        boolean block = BLOCK_TAGS.contains(tag);
        if (block)
            newLine(line, lines);
        for (Node n : e.childNodes())
            inline(n, line, lines);
        if (block)
            newLine(line, lines);
        else if (tag.equals("td") || tag.equals("th"))
            line.append(' ');
    }

    private static void newLine(StringBuilder line, List<String> lines) {
        lines.add(line.toString());
        line.setLength(0);
    }

    // ---- writing

    /**
     * Adds a block; a blank line before it unless it {@code continues} a block of the same kind just
     * before (the next item of a list or of a list nested in it, the next note, the next field).
     */
    private Optional<Block> add(BlockKind kind, List<String> lines, Optional<ItemLabel> label, boolean continues) {
        if (lines.stream().allMatch(String::isBlank))
            return Optional.empty();
        if (kind == BlockKind.FURNITURE) {
            out.furniture(String.join(" ", lines).strip(), Optional.empty());
            return Optional.empty();
        }
        if (!(continues && last == kind))
            out.paragraphBreak();
        Optional<Block> block = out.add(kind, lines, label, Optional.empty());
        block.ifPresent(this::added);
        return block;
    }

    /** Notes the block added; running text ends the page's head (where short pairs are fields). */
    private void added(Block block) {
        last = block.kind();
        if (block.kind() == BlockKind.LIST_ITEM || block.kind() == BlockKind.TABLE
                || block.kind() == BlockKind.PARAGRAPH && block.text().length() > MAX_FIELD)
            content = true;
    }

    private static boolean hasMarker(Element e, List<String> markers) {
        List<String> names = new ArrayList<>(e.classNames());
        names.add(e.id());
        for (String name : names) {
            String n = name.toLowerCase(Locale.ROOT);
            for (String m : markers)
                if (n.contains(m))
                    return true;
        }
        return false;
    }

    private static int intAttr(Element e, String name, int otherwise) {
        try {
            return e.hasAttr(name) ? Integer.parseInt(e.attr(name).strip()) : otherwise;
        } catch (NumberFormatException x) {
            return otherwise;
        }
    }

}
