package org.policygraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.lang.Gazetteer;
import org.policygraph.lang.ItemLabels;
import org.policygraph.model.Span;
import org.policygraph.text.Normaliser;

/**
 * Finds the labels of a chart that a PDF's text layer holds beside the chart's caption and makes
 * their blocks {@link BlockKind#CHART}: axis values ("60.000.000"), data labels ("1% 17%"), the
 * legend ("VAK VEK"). Read as text they are headings of a few numbers and paragraphs of words that
 * are no sentence, and their numbers figures of nothing: what they measure is drawn, not written.
 * <p>
 * A chart is a run of such blocks right above its numbered caption ("Figuur 3-1: ...", a word of
 * {@code chart-caption-words.txt}), or right below it when there is none above: blocks whose lines
 * all end without a sentence end and open with no section number, each mostly numbers or a short
 * legend line between the numbers and the caption, with at least {@value #MIN_NUMBERS} numbers in
 * all. Below a caption only blocks of numbers are taken, since the caption's source line and the
 * text go on there.
 */
final class ChartLabels {

    /** A chart of fewer numbers than this is left as it reads. */
    static final int MIN_NUMBERS = 4;
    /** A legend line is at most this long: a few series names. */
    private static final int MAX_LEGEND_LINE = 100;
    /** A caption is at most this long. */
    private static final int MAX_CAPTION = 300;
    /** The most blocks one chart's labels make. */
    private static final int MAX_BLOCKS = 40;

    private static final Pattern CAPTION = Pattern.compile(
            "(?iu)" + Gazetteer.of("chart-caption-words").regex(false) + "\\s?\\d{1,3}(?:[-.]\\d{1,3}){0,3}\\s?([:.])?(?:\\s.*)?");

    private ChartLabels() {
    }

    /** The layout with the labels of its charts made {@link BlockKind#CHART}, each chart reported. */
    static Layout mark(Layout layout, Diagnostics report) {
        List<Block> blocks = new ArrayList<>(layout.blocks());
        boolean changed = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block caption = blocks.get(i);
            if (!isCaption(caption))
                continue;
            List<Integer> run = run(blocks, i, -1, true);
            int numbers = numbers(blocks, run);
            if (numbers < MIN_NUMBERS) {
                run = run(blocks, i, +1, false);
                numbers = numbers(blocks, run);
            }
            if (numbers < MIN_NUMBERS)
                continue;
            int lines = 0;
            for (int k : run)
                lines += (int) blocks.get(k).text().lines().count();
            int first = run.stream().mapToInt(Integer::intValue).min().orElseThrow();
            int last = run.stream().mapToInt(Integer::intValue).max().orElseThrow();
            for (int k : run)
                blocks.set(k, blocks.get(k).as(BlockKind.CHART));
            changed = true;
            report.info(DiagnosticCode.CHART_SKIPPED, new Span(blocks.get(first).span().start(), blocks.get(last).span().end()),
                    "the labels of a chart (" + lines + " lines, " + numbers + " numbers) by its caption '" + shortened(caption.text())
                            + "' are not read as text: what their numbers measure is drawn, not written");
        }
        return changed ? new Layout(layout.text(), blocks, layout.reader()) : layout;
    }

    /**
     * A numbered caption: "Figuur 3-1: Grote rubrieken ...", or without the colon when it is no
     * sentence ("Figuur 3-1 toont ... 17%." is the text that speaks of the chart).
     */
    private static boolean isCaption(Block block) {
        if (!readAsText(block) || block.text().length() > MAX_CAPTION)
            return false;
        String text = block.text().strip();
        Matcher m = CAPTION.matcher(WorkDeadline.watch(text));
        return m.matches() && (m.group(1) != null || !Normaliser.endsSentence(text));
    }

    /** The kinds a layout gives a caption or a chart's labels: lines of text, no table, list or note. */
    private static boolean readAsText(Block block) {
        return switch (block.kind()) {
            case HEADING, PARAGRAPH, HEADER_FIELD -> true;
            default -> false;
        };
    }

    /**
     * The indexes of the chart blocks next to the caption at {@code caption}, going {@code step};
     * furniture between them is passed over. Legend lines count only when {@code legends}.
     */
    private static List<Integer> run(List<Block> blocks, int caption, int step, boolean legends) {
        List<Integer> run = new ArrayList<>();
        for (int k = caption + step; k >= 0 && k < blocks.size() && run.size() < MAX_BLOCKS; k += step) {
            Block b = blocks.get(k);
            if (b.kind() == BlockKind.FURNITURE)
                continue;
            if (!isLabels(b, legends))
                break;
            run.add(k);
        }
        // a legend stands between the numbers and the caption: words beyond the last numbers are text
        // (a heading over the chart), and a run of words alone is no chart
        while (!run.isEmpty() && !mostlyNumbers(blocks.get(run.get(run.size() - 1)).text()))
            run.remove(run.size() - 1);
        return run;
    }

    private static int numbers(List<Block> blocks, List<Integer> run) {
        int n = 0;
        for (int k : run)
            n += counts(blocks.get(k).text())[0];
        return n;
    }

    /** A block that could be a chart's labels: no sentence, no numbered heading, mostly numbers or a short legend. */
    private static boolean isLabels(Block block, boolean legends) {
        if (!readAsText(block) || isCaption(block))
            return false;
        for (String line : block.text().lines().toList()) {
            String l = line.strip();
            if (l.isEmpty())
                continue;
            // "Bron: ..." under the chart before is a field of that one, not a label of this one
            if (Normaliser.endsSentence(l) || numberedHeading(l) || opensField(l))
                return false;
            if (!mostlyNumbers(l) && !(legends && l.length() <= MAX_LEGEND_LINE))
                return false;
        }
        return true;
    }

    /** A line whose first word ends in a colon: "Bron: ...", "Noot: ...". */
    private static boolean opensField(String line) {
        int space = line.indexOf(' ');
        return space > 1 && line.charAt(space - 1) == ':';
    }

    /**
     * A line that opens a numbered section or item: "3.2 Bruto-opcentiemen", "a) ...". An axis that
     * starts at 0 before its first year ("0 REA 2024 BA 2025") opens no section.
     */
    private static boolean numberedHeading(String line) {
        return ItemLabels.atStart(line).isPresent() && counts(line)[1] > 0
                || !line.startsWith("0") && BlockSegmenter.SECTION_NUMBER.matcher(WorkDeadline.watch(line)).lookingAt();
    }

    private static boolean mostlyNumbers(String text) {
        int[] c = counts(text);
        return c[0] > 0 && c[0] >= c[1];
    }

    /** Numbers and words among the space-separated tokens of {@code text}. */
    private static int[] counts(String text) {
        int numbers = 0;
        int words = 0;
        for (String token : text.split("\\s+")) {
            if (token.isEmpty())
                continue;
            if (CellLooks.isValue(token))
                numbers++;
            else if (token.codePoints().filter(Character::isLetter).count() >= 2)
                words++;
        }
        return new int[] {numbers, words};
    }

    private static String shortened(String caption) {
        String line = caption.lines().findFirst().orElse("").strip();
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
