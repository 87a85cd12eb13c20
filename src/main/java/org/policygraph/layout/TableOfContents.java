package org.policygraph.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.lang.Gazetteer;
import org.policygraph.model.Span;
import org.policygraph.text.ContentsEntry;
import org.policygraph.text.Line;

/**
 * Finds a document's table of contents and makes its blocks {@link BlockKind#CONTENTS}, whatever
 * its layout read them as: lines of a heading and a page number ("2.1 Begrotingsopmaak 2026 14",
 * "3 DE MIDDELENBEGROTING ........ 6"). Read as text, its entries are the document's section
 * headings a first time, with page numbers that look like counts; read as a table, rows of numbers
 * nothing heads.
 * <p>
 * A run of blocks is a table of contents when most of each block's lines are entries, it holds at
 * least {@value #MIN_ENTRIES} entries, their page numbers never go down, and one of these says so:
 * the run stands right under a contents heading ("Inhoud", {@code contents-headings.txt}); half its
 * entries lead to their page with dots; or half its entries come back further down as lines of
 * their own, without the page number, the sections they list.
 */
final class TableOfContents {

    static final int MIN_ENTRIES = 3;

    private TableOfContents() {
    }

    /** One line read as an entry ({@link ContentsEntry}): its heading folded for comparison, its page, and whether dots lead to it. */
    private record Entry(String folded, int page, boolean leader) {
    }

    /** The layout with the blocks of its tables of contents made {@link BlockKind#CONTENTS}, each reported. */
    static Layout mark(Layout layout, Diagnostics report) {
        List<Block> blocks = new ArrayList<>(layout.blocks());
        String text = layout.text();
        // read only when a run needs it: most documents have no run of entries at all
        Supplier<Map<String, Integer>> lastLine = new Supplier<>() {
            private Map<String, Integer> read;

            @Override
            public Map<String, Integer> get() {
                if (read == null)
                    read = lastLines(text);
                return read;
            }
        };
        int i = 0;
        while (i < blocks.size()) {
            if (!readable(blocks.get(i))) {
                i++;
                continue;
            }
            int first = i;
            List<Entry> entries = new ArrayList<>();
            int last = -1;
            for (int j = i; j < blocks.size(); j++) {
                Block b = blocks.get(j);
                if (b.kind() == BlockKind.FURNITURE)
                    continue;
                List<Entry> own = readable(b) ? mostlyEntries(b) : List.of();
                if (own.isEmpty())
                    break;
                entries.addAll(own);
                last = j;
            }
            if (last < 0) {
                i++;
                continue;
            }
            Span run = new Span(blocks.get(first).span().start(), blocks.get(last).span().end());
            int heading = contentsHeading(blocks, first);
            if (isContents(heading >= 0, run, entries, lastLine)) {
                if (heading >= 0) {
                    blocks.set(heading, blocks.get(heading).as(BlockKind.CONTENTS));
                    run = new Span(blocks.get(heading).span().start(), run.end());
                }
                for (int j = first; j <= last; j++)
                    if (blocks.get(j).kind() != BlockKind.FURNITURE)
                        blocks.set(j, blocks.get(j).as(BlockKind.CONTENTS));
                report.info(DiagnosticCode.CONTENTS_SKIPPED, run, "a table of contents of " + entries.size()
                        + " entries (pages " + entries.get(0).page() + "-" + entries.get(entries.size() - 1).page()
                        + ") is not read as text or as a table");
            }
            i = last + 1;
        }
        return new Layout(text, blocks, layout.reader());
    }

    private static boolean readable(Block b) {
        return switch (b.kind()) {
            // a contents page has no sentences, so a layout may take its lines for header fields
            case PARAGRAPH, HEADING, LIST_ITEM, TABLE, HEADER_FIELD -> true;
            default -> false;
        };
    }

    /** The block's entries when they are at least half its lines, else none. */
    private static List<Entry> mostlyEntries(Block block) {
        String text = block.text();
        List<Entry> entries = new ArrayList<>();
        int lines = 0;
        for (int start = 0; start < text.length(); ) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int last = end;
            while (last > start && Character.isWhitespace(text.charAt(last - 1)))
                last--;
            if (last > start) {
                lines++;
                // most lines end in a letter or a full stop: no page number, no entry
                if (Character.isDigit(text.charAt(last - 1)))
                    ContentsEntry.of(text.substring(start, end)).ifPresent(e -> entries.add(new Entry(fold(e.title()), e.page(), e.leader())));
            }
            start = end + 1;
        }
        return entries.size() * 2 >= lines ? entries : List.of();
    }

    private static boolean isContents(boolean underHeading, Span run, List<Entry> entries,
                                      Supplier<Map<String, Integer>> lastLine) {
        if (entries.size() < MIN_ENTRIES || !pagesGoOn(entries))
            return false;
        if (underHeading || led(entries))
            return true;
        Map<String, Integer> lines = lastLine.get();
        long back = entries.stream().filter(e -> !e.folded().isEmpty() && lines.getOrDefault(e.folded(), -1) >= run.end()).count();
        return back * 2 >= entries.size();
    }

    /** True when the page numbers never go down. */
    private static boolean pagesGoOn(List<Entry> entries) {
        for (int k = 1; k < entries.size(); k++)
            if (entries.get(k).page() < entries.get(k - 1).page())
                return false;
        return true;
    }

    /** True when dots lead to the page in half the entries or more. */
    private static boolean led(List<Entry> entries) {
        return entries.stream().filter(Entry::leader).count() * 2 >= entries.size();
    }

    /** Every line of the text, folded, with the offset of the last line that folds to it. */
    private static Map<String, Integer> lastLines(String text) {
        Map<String, Integer> out = new HashMap<>();
        for (Line line : Line.split(text))
            out.put(fold(line.text()), line.start());
        return out;
    }

    /** The index of the block before {@code first} (furniture aside) when it is a contents heading ("Inhoud"), else -1. */
    private static int contentsHeading(List<Block> blocks, int first) {
        for (int k = first - 1; k >= 0; k--) {
            Block b = blocks.get(k);
            if (b.kind() == BlockKind.FURNITURE)
                continue;
            return Gazetteer.of("contents-headings").containsIgnoreCase(b.text().strip()) ? k : -1;
        }
        return -1;
    }

    /** Letters and digits only, lower case, one space between runs: "3. SERV-actualisatie 2026- 2030" is "3 serv actualisatie 2026 2030". */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int k = 0; k < s.length(); ) {
            int c = s.codePointAt(k);
            k += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && !out.isEmpty())
                    out.append(' ');
                gap = false;
                out.appendCodePoint(Character.toLowerCase(c));
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
