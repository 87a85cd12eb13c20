package org.policygraph.layout;

/**
 * Where a block stands on a page of a PDF, in points from the top left of the page.
 *
 * @param page  1-based page number
 */
public record Box(int page, float x, float y, float width, float height) {

    /** The smallest box holding this one and {@code other}; the page of this one. */
    public Box union(Box other) {
        float left = Math.min(x, other.x);
        float top = Math.min(y, other.y);
        float right = Math.max(x + width, other.x + other.width);
        float bottom = Math.max(y + height, other.y + other.height);
        return new Box(page, left, top, right - left, bottom - top);
    }
}
