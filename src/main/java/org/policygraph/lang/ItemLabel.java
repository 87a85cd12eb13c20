package org.policygraph.lang;

import java.util.List;

/**
 * An item label at the start of a line.
 *
 * @param written the label as written, punctuation included ("3.", "b-c+f)", "(a)", "1°", "•")
 * @param core    the label without punctuation or spaces ("3", "b-c+f", "a", "1", "" for a bullet)
 * @param style   how the label counts
 * @param members the items the label names, ranges and unions expanded in order
 *                ("b-c+f" -> [b, c, f]; "9-11" -> [9, 10, 11]; empty for a bullet)
 * @param length  the characters the label takes at the start of the line, spaces after it included
 */
public record ItemLabel(String written, String core, LabelStyle style, List<String> members, int length) {

    public ItemLabel {
        members = List.copyOf(members);
    }

    /** Whether the label names more than one item ("a-d", "b+c"). */
    public boolean isRange() {
        return members.size() > 1;
    }

    /** The position of the first member in its sequence (a = 1, iv = 4, 7 = 7); 0 for a bullet. */
    public int first() {
        return members.isEmpty() ? 0 : ItemLabels.ordinal(members.get(0), style);
    }

    /** The position of the last member in its sequence; 0 for a bullet. */
    public int last() {
        return members.isEmpty() ? 0 : ItemLabels.ordinal(members.get(members.size() - 1), style);
    }
}
