package org.policygraph.parse.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.model.Span;
import org.policygraph.text.Line;

/**
 * The enumerated items of a question or answer as a tree: numbers ("3."), letters under them
 * ("a)", "b-c+f)") and roman numerals under those ("ii."). Labels count only at the start of a
 * line; a number may carry a letter on the same line ("3. a-d) Zie vraag 1.").
 * <p>
 * A numbered list inside an item (an answer that lists "1. ... 10." inside its part 1) is text of
 * that item, not a new item: numbering that restarts at 1 opens such a list, and it goes on while
 * the numbers follow on; the item numbering resumes with the next number of the outer sequence.
 */
final class ItemTree {

    enum Level { NUMBER, LETTER, ROMAN }

    /** A node of the tree, with offsets into the whole text; ends are filled in by {@link #close}. */
    static final class Node {
        final Level level;
        final String label;
        final int labelStart;
        final int textStart;
        final List<Node> children = new ArrayList<>();
        int textEnd;
        int end;

        Node(Level level, String label, int labelStart, int textStart) {
            this.level = level;
            this.label = label;
            this.labelStart = labelStart;
            this.textStart = textStart;
        }
    }

    /** A number label: "3. ", "12) ". */
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})[.)](?= |$)");
    /** A letter label or letter range: "a)", "b-c+f)", "c-d)" (text may follow without a space). */
    private static final Pattern LETTER = Pattern.compile("^([a-z](?: ?[-+] ?[a-z]){0,8})\\)");
    /** A roman numeral label: "i. ", "iv. ". */
    private static final Pattern ROMAN = Pattern.compile("^(i{1,3}|iv|vi{0,3}|ix|x)\\.(?= |$)");

    private final List<Node> roots = new ArrayList<>();
    private Node number;
    private Node letter;
    private Node roman;
    private Integer nestedListLast;

    private ItemTree() {
    }

    /** The items of {@code region} in {@code text}. */
    static List<Node> parse(String text, Span region) {
        ItemTree tree = new ItemTree();
        for (Line line : Line.split(region.of(text))) {
            Line absolute = new Line(line.text(), line.start() + region.start());
            tree.readLine(absolute);
        }
        tree.close(text, region.end());
        return tree.roots;
    }

    private void readLine(Line line) {
        String t = line.text();
        int offset = 0;
        Matcher m = NUMBER.matcher(t);
        if (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (!acceptNumber(n))
                return;
            offset = afterLabel(t, m.end());
            Node node = new Node(Level.NUMBER, m.group(1), line.start(), line.start() + offset);
            roots.add(node);
            number = node;
            letter = null;
            roman = null;
            nestedListLast = null;
        }
        String rest = t.substring(offset);
        if ((m = LETTER.matcher(rest)).find()) {
            String label = m.group(1).replace(" ", "");
            Node node = new Node(Level.LETTER, label, line.start() + offset, line.start() + offset + afterLabel(rest, m.end()));
            (number == null ? roots : number.children).add(node);
            letter = node;
            roman = null;
        } else if ((m = ROMAN.matcher(rest)).find()) {
            Node node = new Node(Level.ROMAN, m.group(1), line.start() + offset, line.start() + offset + afterLabel(rest, m.end()));
            Node parent = letter != null ? letter : number;
            (parent == null ? roots : parent.children).add(node);
            roman = node;
        }
    }

    /** Decides whether number {@code n} opens a new item or is text of an inner numbered list. */
    private boolean acceptNumber(int n) {
        if (number == null)
            return true;
        int current = Integer.parseInt(number.label);
        if (nestedListLast != null && n == nestedListLast + 1) {
            nestedListLast = n;
            return false;
        }
        if (n > current)
            return true;
        if (n == 1) {
            nestedListLast = 1;
            return false;
        }
        return false;
    }

    private static int afterLabel(String t, int end) {
        int i = end;
        while (i < t.length() && t.charAt(i) == ' ')
            i++;
        return i;
    }

    /** Fills in where each node's own text and whole span end, in document order. */
    private void close(String text, int regionEnd) {
        List<Node> order = new ArrayList<>();
        collect(roots, order);
        for (int i = 0; i < order.size(); i++) {
            Node node = order.get(i);
            int next = i + 1 < order.size() ? order.get(i + 1).labelStart : regionEnd;
            node.textEnd = trimEnd(text, Math.max(node.textStart, next), node.textStart);
        }
        setEnds(text, roots, regionEnd);
    }

    private static void setEnds(String text, List<Node> siblings, int parentEnd) {
        for (int i = 0; i < siblings.size(); i++) {
            Node node = siblings.get(i);
            int limit = i + 1 < siblings.size() ? siblings.get(i + 1).labelStart : parentEnd;
            node.end = trimEnd(text, limit, node.labelStart);
            setEnds(text, node.children, node.end);
        }
    }

    private static void collect(List<Node> nodes, List<Node> out) {
        for (Node n : nodes) {
            out.add(n);
            collect(n.children, out);
        }
    }

    private static int trimEnd(String text, int end, int floor) {
        int e = end;
        while (e > floor && Character.isWhitespace(text.charAt(e - 1)))
            e--;
        return e;
    }

    /** The text before the first item, trimmed; empty when the items start at once. */
    static Optional<Span> context(String text, Span region, List<Node> roots) {
        int end = roots.isEmpty() ? region.end() : roots.get(0).labelStart;
        int start = region.start();
        while (start < end && Character.isWhitespace(text.charAt(start)))
            start++;
        end = trimEnd(text, end, start);
        return end > start ? Optional.of(new Span(start, end)) : Optional.empty();
    }
}
