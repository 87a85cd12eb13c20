package org.policygraph.text;

/**
 * One line of a PDF page's text layer with where it sits, so that page furniture and the vertical
 * space between paragraphs can be told from the text.
 *
 * @param text        the line's text as extracted, words separated by spaces
 * @param baseline    distance of the line's baseline from the top of the page, in points
 * @param fromBottom  distance of the line's baseline from the bottom of the page, in points
 * @param fontSize    the largest font size on the line, in points
 */
public record PdfLine(String text, float baseline, float fromBottom, float fontSize) {
}
