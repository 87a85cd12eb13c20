package org.policygraph.layout;

/**
 * One word on a PDF page: its text, where it stands (points from the top left of the page) and the
 * type it is set in.
 *
 * @param baseline  distance of the baseline from the top of the page
 * @param size      font size in points
 * @param bold      set in a bold face
 */
record PdfWord(String text, float x, float baseline, float width, float size, boolean bold) {

    /** The right edge. */
    float end() {
        return x + width;
    }
}
