package org.policygraph.layout;

/**
 * One word on a PDF page: its text, where it stands (points from the top left of the page) and the
 * type it is set in.
 *
 * @param baseline  distance of the baseline from the top of the page
 * @param size      font size in points
 * @param bold      set in a bold face
 * @param number    a digit and no letter, and the look of a table value ({@link CellLooks#isValue}):
 *                  read once, since a row is cut into cells many times while its page is laid out,
 *                  and each cut asks it of every pair of neighbours
 */
record PdfWord(String text, float x, float baseline, float width, float size, boolean bold, boolean number) {

    PdfWord(String text, float x, float baseline, float width, float size, boolean bold) {
        this(text, x, baseline, width, size, bold, isNumber(text));
    }

    private static boolean isNumber(String t) {
        boolean digit = false;
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            if (Character.isLetter(c))
                return false;
            digit |= Character.isDigit(c);
            i += Character.charCount(c);
        }
        return digit && CellLooks.isValue(t);
    }

    /** The right edge. */
    float end() {
        return x + width;
    }
}
