package org.policygraph.layout;

import java.util.List;

/**
 * A stretch of a text document between reading and segmenting: a line of running text, a blank
 * line, a line marked as a heading by markup, or a table already recognised.
 */
record Piece(Type type, String line, List<List<String>> rows, int headerRows) {

    enum Type { LINE, BLANK, MARKED_HEADING, TABLE }

    static Piece line(String text) {
        return text.isEmpty() ? new Piece(Type.BLANK, "", List.of(), 0) : new Piece(Type.LINE, text, List.of(), 0);
    }

    static Piece heading(String text) {
        return new Piece(Type.MARKED_HEADING, text, List.of(), 0);
    }

    static Piece table(List<List<String>> rows, int headerRows) {
        return new Piece(Type.TABLE, "", rows, headerRows);
    }
}
