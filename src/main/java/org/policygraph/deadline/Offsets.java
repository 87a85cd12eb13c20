package org.policygraph.deadline;

import java.util.Arrays;

/**
 * Offsets into a text collected by a scan, in a growing array: the candidates a pattern is then tried
 * at ({@link StartScan#at(java.util.regex.Pattern, CharSequence, int[], int)}). A scan that collects
 * many offsets is a long one, so the deadline is looked up each time the array grows: a text that
 * holds its opening word a million times is stopped while the offsets are still being collected.
 * <pre>{@code
 * Offsets years = new Offsets();
 * for (int q = text.indexOf("20"); q >= 0; q = text.indexOf("20", q + 1))
 *     years.add(q);
 * int[] found = years.toArray();
 * }</pre>
 */
public final class Offsets {

    private int[] values = new int[8];
    private int size;

    /** Adds {@code offset} after those already added. */
    public void add(int offset) {
        if (size == values.length) {
            WorkDeadline.check();
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = offset;
    }

    /** How many offsets were added. */
    public int size() {
        return size;
    }

    /** The offset added {@code i}-th. */
    public int get(int i) {
        if (i >= size)
            throw new IndexOutOfBoundsException(i);
        return values[i];
    }

    /** The offsets in the order they were added. */
    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** The array itself, of which the first {@link #size()} hold the offsets: for {@link StartScan} alone. */
    int[] array() {
        return values;
    }
}
