package org.policygraph.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;

/**
 * Removes page furniture from the pages of a PDF: running headers and footers, and page numbers.
 * <p>
 * A running header (footer) is a line that comes back at the same place at the top (bottom) of most
 * pages: among the first (last) {@value #EDGE_LINES} lines of more than half of the pages, and of at
 * least two, at the same distance from that edge of the page. Lines are compared with their digits
 * masked, so "Schriftelijke vraag 497 - pagina 2" on one page matches "... pagina 3" on the next.
 * Only lines at the very edge are removed, from the edge inwards while they match, so text that
 * merely repeats somewhere in the body stays. A page number alone at an edge ({@link PageArtefacts})
 * is removed when it recurs that way or stands apart from the text by a gap, as a footer does.
 */
public final class RunningHeaders {

    /** How many lines at the top and at the bottom of a page may be header or footer. */
    static final int EDGE_LINES = 3;
    /** Digit runs, which vary between pages in otherwise equal headers: "Pagina 2 van 7" -> "pagina # van #". */
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** White space runs, which PDF extraction does not reproduce exactly: "Vlaams  Parlement". */
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** A page number stands apart when the gap to its neighbour is this many times its font size. */
    private static final float APART = 1.5f;
    /** Running lines sit at the same place on every page, give or take this many points. */
    private static final float SAME_PLACE = 2f;

    /** The top or the bottom edge of a page, with how a line's distance from it is measured. */
    private enum Edge {
        TOP, BOTTOM;

        float distance(PdfLine line) {
            return this == TOP ? line.baseline() : line.fromBottom();
        }

        PdfLine nth(List<PdfLine> page, int i) {
            return page.get(this == TOP ? i : page.size() - 1 - i);
        }
    }

    private RunningHeaders() {
    }

    /** The pages without running headers, footers and edge page numbers. */
    static List<List<PdfLine>> strip(List<List<PdfLine>> pages) {
        List<int[]> body = bodyRanges(pages);
        List<List<PdfLine>> out = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++)
            out.add(List.copyOf(pages.get(p).subList(body.get(p)[0], body.get(p)[1])));
        return out;
    }

    /**
     * For each page, the lines between its running header and its running footer: {@code [from, to)};
     * the lines before {@code from} and from {@code to} on are furniture.
     */
    public static List<int[]> bodyRanges(List<List<PdfLine>> pages) {
        Map<String, Float> headers = recurring(pages, Edge.TOP);
        Map<String, Float> footers = recurring(pages, Edge.BOTTOM);
        List<int[]> out = new ArrayList<>(pages.size());
        for (List<PdfLine> page : pages) {
            int from = 0;
            while (from < Math.min(EDGE_LINES, page.size()) && isFurniture(page, from, from + 1, headers, Edge.TOP))
                from++;
            int to = page.size();
            int lowest = Math.max(from, page.size() - EDGE_LINES);
            while (to > lowest && isFurniture(page, to - 1, to - 2, footers, Edge.BOTTOM))
                to--;
            out.add(new int[] {from, to});
        }
        return out;
    }

    /**
     * The lines that recur at one edge of most pages, as their shape with the distance from that edge
     * at which they recur.
     */
    private static Map<String, Float> recurring(List<List<PdfLine>> pages, Edge edge) {
        Map<String, Float> found = new HashMap<>();
        if (pages.size() < 2)
            return found;
        // For each shape, its distance from the edge on each page where it is among the edge lines.
        Map<String, List<Float>> places = new HashMap<>();
        for (List<PdfLine> page : pages) {
            Map<String, Float> onThisPage = new HashMap<>();
            for (int i = 0; i < Math.min(EDGE_LINES, page.size()); i++) {
                PdfLine line = edge.nth(page, i);
                onThisPage.putIfAbsent(shape(line.text()), edge.distance(line));
            }
            onThisPage.forEach((shape, d) -> places.computeIfAbsent(shape, k -> new ArrayList<>()).add(d));
        }
        places.forEach((shape, distances) -> {
            float usual = median(distances);
            long pagesThere = distances.stream().filter(d -> Math.abs(d - usual) <= SAME_PLACE).count();
            if (pagesThere >= 2 && pagesThere * 2 > pages.size())
                found.put(shape, usual);
        });
        return found;
    }

    /** True when line {@code i} recurs at this edge, or is a page number set apart from {@code neighbour}. */
    private static boolean isFurniture(List<PdfLine> page, int i, int neighbour, Map<String, Float> recurring,
                                       Edge edge) {
        PdfLine line = page.get(i);
        Float usual = recurring.get(shape(line.text()));
        if (usual != null && Math.abs(edge.distance(line) - usual) <= SAME_PLACE)
            return true;
        if (!PageArtefacts.isPageNumber(SPACE.matcher(WorkDeadline.watch(line.text())).replaceAll(" ").strip()))
            return false;
        if (neighbour < 0 || neighbour >= page.size())
            return true;
        float gap = Math.abs(page.get(neighbour).baseline() - line.baseline());
        return gap >= APART * Math.max(line.fontSize(), page.get(neighbour).fontSize());
    }

    /** A line with its digits masked and its spacing and case evened out, for comparing pages. */
    private static String shape(String text) {
        String s = SPACE.matcher(WorkDeadline.watch(text)).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        return DIGITS.matcher(WorkDeadline.watch(s)).replaceAll("#");
    }

    private static float median(List<Float> values) {
        List<Float> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
