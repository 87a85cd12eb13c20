package org.policygraph.parse.question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import org.policygraph.lang.ItemLabel;
import org.policygraph.lang.ItemLabels;
import org.policygraph.lang.LabelStyle;
import org.policygraph.model.Span;
import org.policygraph.text.Line;

/**
 * The enumerated items of a question or answer as a tree, read as outline readers do: the first
 * label form seen is the top level, a form not seen before opens a deeper level under the current
 * item, and a form seen before closes back to its own level. A form is the label's style together
 * with its punctuation family: "1." and "1)" are one form, "1°" and "(1)" are others. Labels come
 * from {@link ItemLabels}; several may open one line ("3. a-d) Zie vraag 1.").
 * <p>
 * A letter that could be a roman numeral ("i)", "v.", "x)") is read as the letter when it is the
 * next letter of a letter level that is open ("i)" after "h)"), else as a roman numeral.
 * <p>
 * A numbered list inside an item (an answer that lists "1. ... 10." inside its part 1) is text of
 * that item, not a new item: numbering that restarts at 1 opens such a list, and it goes on while
 * the numbers follow on; the item numbering resumes with the next number of the outer sequence.
 * Numbers that skip ("1, 2, 4") are kept and reported in {@link Outline#skips()}. A range written
 * without punctuation ("9-11 Zie hoger.") counts only where it carries the numbering on, so that a
 * table row such as "12-18 jaar 45" stays text.
 * <p>
 * Bullets ("•", "-", U+F0B7) are items without a number: they hang under the current item as
 * {@link Node#bullets} and neither open nor close a level, so they never break the numbering;
 * their text stays part of the item's own text.
 */
final class ItemTree {

    /** How many labels one line may open with ("3. a) i."). */
    private static final int MAX_LABELS_ON_A_LINE = 3;

    /** A node of the tree, with offsets into the whole text; ends are filled in by {@link #close}. */
    static final class Node {
        final ItemLabel itemLabel;
        final String label;
        final int labelStart;
        /** Where the item's line starts, list residue before the label ("- a)") included. */
        int itemStart;
        int textStart;
        final List<Node> children = new ArrayList<>();
        final List<Node> bullets = new ArrayList<>();
        int textEnd;
        int end;

        Node(ItemLabel itemLabel, int labelStart, int textStart) {
            this.itemLabel = itemLabel;
            this.label = itemLabel.core();
            this.labelStart = labelStart;
            this.itemStart = labelStart;
            this.textStart = textStart;
        }

        LabelStyle style() {
            return itemLabel.style();
        }
    }

    /**
     * Item numbers that a label skipped over: "4." after "2." misses "3".
     *
     * @param after      the core of the label before the gap ("2")
     * @param label      the core of the label after the gap ("4")
     * @param missing    the members in between (["3"])
     * @param labelStart offset of the label after the gap
     */
    record Skip(LabelStyle style, String after, String label, List<String> missing, int labelStart) {
    }

    /** The items of a region: the top-level nodes, the bullets before any item, and the skipped numbers. */
    record Outline(List<Node> roots, List<Node> looseBullets, List<Skip> skips) {
    }

    /** A label form: style plus punctuation family. */
    private record Form(LabelStyle style, char family) {

        static Form of(ItemLabel label) {
            String w = label.written();
            char family = w.startsWith("(") ? '(' : w.endsWith("°") ? '°' : '.';
            return new Form(label.style(), family);
        }
    }

    /** An open level: its form and its current node; nestedListLast is the last number of a list inside it. */
    private static final class Level {
        final Form form;
        Node node;
        Integer nestedListLast;
        /** Every member the level's labels named so far: "b-c+f)" names f before "d-e)" comes. */
        final Set<String> named = new HashSet<>();

        Level(Form form, Node node) {
            this.form = form;
            this.node = node;
            named.addAll(node.itemLabel.members());
        }
    }

    private final List<Node> roots = new ArrayList<>();
    private final List<Node> looseBullets = new ArrayList<>();
    private final List<Skip> skips = new ArrayList<>();
    private final List<Level> open = new ArrayList<>();
    /** Lines (by their text) that start with a capital letter label a name could be mistaken for, proven by the next letter. */
    private Set<String> lettersInSequence = Set.of();

    private ItemTree() {
    }

    /** The items of {@code region} in {@code text}. */
    static Outline parse(String text, Span region) {
        ItemTree tree = new ItemTree();
        List<Line> lines = Line.split(region.of(text));
        tree.lettersInSequence = lettersInSequence(lines);
        for (Line line : lines)
            tree.readLine(line.text(), line.start() + region.start());
        tree.close(text, region.end());
        return new Outline(List.copyOf(tree.roots), List.copyOf(tree.looseBullets), List.copyOf(tree.skips));
    }

    /**
     * "A. Personeel" reads like an initial and a name, until "B. Werking" follows: capital letters
     * that run A, B, ... at line starts are labels, whatever word follows them.
     */
    private static Set<String> lettersInSequence(List<Line> lines) {
        Map<String, String> byLetter = new HashMap<>();
        for (Line line : lines) {
            Optional<ItemLabel> lenient = ItemLabels.atStartEvenIfInitial(line.text());
            if (lenient.isPresent() && lenient.get().style() == LabelStyle.UPPER_LETTER && lenient.get().core().length() == 1)
                byLetter.putIfAbsent(lenient.get().core(), line.text());
        }
        Set<String> proven = new HashSet<>();
        for (char c = 'A'; byLetter.containsKey(String.valueOf(c)) && byLetter.containsKey(String.valueOf((char) (c + 1))); c++) {
            proven.add(byLetter.get(String.valueOf(c)));
            proven.add(byLetter.get(String.valueOf((char) (c + 1))));
        }
        return proven;
    }

    private void readLine(String t, int lineStart) {
        int offset = 0;
        int residue = -1;
        LabelStyle previous = null;
        for (int n = 0; n < MAX_LABELS_ON_A_LINE; n++) {
            Optional<ItemLabel> found = n == 0 && lettersInSequence.contains(t)
                    ? ItemLabels.atStartEvenIfInitial(t) : ItemLabels.atStart(t.substring(offset));
            if (found.isEmpty())
                return;
            ItemLabel label = found.get();
            // Only the first label of a line may be a bullet, and a second label must change style.
            if (n > 0 && (label.style() == LabelStyle.BULLET || label.style() == previous))
                return;
            int labelStart = lineStart + offset;
            int textStart = labelStart + label.length();
            if (label.style() == LabelStyle.BULLET) {
                // A bullet before a counted label is list residue ("- a) ..."): the label is the item.
                Optional<ItemLabel> inner = ItemLabels.atStart(t.substring(offset + label.length()));
                if (n == 0 && inner.isPresent() && inner.get().style().counts()) {
                    residue = labelStart;
                    offset += label.length();
                    continue;
                }
                addBullet(new Node(label, labelStart, textStart));
                return;
            }
            Node added = add(label, labelStart, textStart);
            if (added == null)
                return;
            if (residue >= 0) {
                added.itemStart = residue;
                residue = -1;
            }
            previous = label.style();
            offset += label.length();
        }
    }

    private void addBullet(Node bullet) {
        if (open.isEmpty())
            looseBullets.add(bullet);
        else
            open.get(open.size() - 1).node.bullets.add(bullet);
    }

    /** Adds a counted label; null when it is text (a number of a list inside the current item). */
    private Node add(ItemLabel written, int labelStart, int textStart) {
        ItemLabel label = inContext(written);
        Form form = Form.of(label);
        int level = levelOf(form);
        if (level >= 0) {
            Level l = open.get(level);
            if (!accept(l, label, labelStart))
                return null;
            while (open.size() > level + 1)
                open.remove(open.size() - 1);
            Node node = new Node(label, labelStart, textStart);
            siblingsAt(level).add(node);
            l.node = node;
            l.named.addAll(label.members());
            l.nestedListLast = null;
            return node;
        }
        if (bare(label) && label.first() != 1)
            return null;
        Node node = new Node(label, labelStart, textStart);
        siblingsAt(open.size()).add(node);
        open.add(new Level(form, node));
        return node;
    }

    /** The label read as the next letter of an open level when it could be one ("i)" after "h)"). */
    private ItemLabel inContext(ItemLabel label) {
        for (int i = open.size() - 1; i >= 0; i--) {
            Level l = open.get(i);
            if (l.form.style() == label.style() || l.form.family() != Form.of(label).family())
                continue;
            Optional<ItemLabel> other = ItemLabels.as(label, l.form.style());
            if (other.isPresent() && other.get().first() == l.node.itemLabel.last() + 1)
                return other.get();
        }
        return label;
    }

    private int levelOf(Form form) {
        for (int i = open.size() - 1; i >= 0; i--)
            if (open.get(i).form.equals(form))
                return i;
        return -1;
    }

    private List<Node> siblingsAt(int level) {
        return level == 0 ? roots : open.get(level - 1).node.children;
    }

    /**
     * Whether a label of an open level starts a new item there. Numbers that restart at 1 open a
     * list inside the current item, which goes on while its numbers follow on; gaps are reported.
     */
    private boolean accept(Level l, ItemLabel label, int labelStart) {
        int current = l.node.itemLabel.last();
        int first = label.first();
        // A range without punctuation ("12-18 jaar") is an item only where it carries the numbering on.
        if (bare(label) && first != current + 1)
            return false;
        if (label.style() == LabelStyle.ARABIC) {
            if (l.nestedListLast != null && first == l.nestedListLast + 1) {
                l.nestedListLast = label.last();
                return false;
            }
            if (first <= current) {
                if (first == 1)
                    l.nestedListLast = label.last();
                return false;
            }
        }
        if (first > current + 1) {
            List<String> missing = new ArrayList<>();
            for (int k = current + 1; k < first; k++)
                if (!l.named.contains(ItemLabels.member(k, label.style())))
                    missing.add(ItemLabels.member(k, label.style()));
            if (!missing.isEmpty())
                skips.add(new Skip(label.style(), l.node.label, label.core(), missing, labelStart));
        }
        return true;
    }

    /** A label written without punctuation: a bare range such as "9-11". */
    private static boolean bare(ItemLabel label) {
        return label.written().equals(label.core()) || Character.isDigit(label.written().charAt(label.written().length() - 1));
    }

    /** Fills in where each node's own text and whole span end, in document order. */
    private void close(String text, int regionEnd) {
        List<Node> order = new ArrayList<>();
        collect(roots, order);
        for (int i = 0; i < order.size(); i++) {
            Node node = order.get(i);
            int next = i + 1 < order.size() ? order.get(i + 1).itemStart : regionEnd;
            // A label alone on its line: the item's text starts on the next line.
            while (node.textStart < next && Character.isWhitespace(text.charAt(node.textStart)))
                node.textStart++;
            node.textEnd = trimEnd(text, Math.max(node.textStart, next), node.textStart);
        }
        setEnds(text, roots, regionEnd);
        for (Node node : order)
            closeBullets(text, node.bullets, node.textEnd);
        closeBullets(text, looseBullets, order.isEmpty() ? regionEnd : order.get(0).itemStart);
    }

    /** A bullet runs to the next bullet of its item, or to the end of what holds it. */
    private static void closeBullets(String text, List<Node> bullets, int limit) {
        for (int i = 0; i < bullets.size(); i++) {
            Node b = bullets.get(i);
            int next = i + 1 < bullets.size() ? bullets.get(i + 1).labelStart : limit;
            next = Math.max(next, b.textStart);
            b.textEnd = trimEnd(text, next, b.textStart);
            b.end = b.textEnd;
        }
    }

    private static void setEnds(String text, List<Node> siblings, int parentEnd) {
        for (int i = 0; i < siblings.size(); i++) {
            Node node = siblings.get(i);
            int limit = i + 1 < siblings.size() ? siblings.get(i + 1).itemStart : parentEnd;
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
        int end = roots.isEmpty() ? region.end() : roots.get(0).itemStart;
        int start = region.start();
        while (start < end && Character.isWhitespace(text.charAt(start)))
            start++;
        end = trimEnd(text, end, start);
        return end > start ? Optional.of(new Span(start, end)) : Optional.empty();
    }
}
