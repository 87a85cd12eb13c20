package org.policygraph.layout;

import java.util.List;

/**
 * The text of one PDF page as rows of words, top to bottom as PDFBox groups them into lines.
 *
 * @param number  1-based page number
 */
record PdfPageText(int number, float width, float height, List<PdfRow> rows) {

    PdfPageText {
        rows = List.copyOf(rows);
    }
}
