package org.policygraph.layout;

import java.util.List;
import java.util.Optional;

import org.policygraph.lang.ItemLabel;

/**
 * A stretch of a document between reading and segmenting: a line of running text, a blank line, a
 * line marked as a heading by markup, a table already recognised, or a block whose kind the reader
 * already knows from the form of the input (a title by its size on a PDF's first page, a footnote).
 */
record Piece(Type type, String line, List<List<String>> rows, int headerRows, Placed placed) {

    enum Type { LINE, BLANK, MARKED_HEADING, TABLE, PLACED }

    /**
     * What a reader that sees the page adds: the kind and lines of a block it recognised, a table's
     * column positions and caption lines, and the box on the page.
     */
    record Placed(BlockKind kind, List<String> lines, Optional<ItemLabel> label, List<Float> columnXs,
                  List<String> caption, Optional<Box> box) {

        static final Placed NONE = new Placed(BlockKind.PARAGRAPH, List.of(), Optional.empty(), List.of(), List.of(),
                Optional.empty());
    }

    static Piece line(String text) {
        return text.isEmpty() ? new Piece(Type.BLANK, "", List.of(), 0, Placed.NONE)
                : new Piece(Type.LINE, text, List.of(), 0, Placed.NONE);
    }

    static Piece heading(String text) {
        return new Piece(Type.MARKED_HEADING, text, List.of(), 0, Placed.NONE);
    }

    static Piece table(List<List<String>> rows, int headerRows) {
        return new Piece(Type.TABLE, "", rows, headerRows, Placed.NONE);
    }

    /** A table read from positions: its column edges, its caption lines, its box. */
    static Piece table(List<List<String>> rows, int headerRows, List<Float> columnXs, List<String> caption, Box box) {
        return new Piece(Type.TABLE, "", rows, headerRows,
                new Placed(BlockKind.TABLE, List.of(), Optional.empty(), columnXs, caption, Optional.of(box)));
    }

    /** A block whose kind the reader knows. */
    static Piece placed(BlockKind kind, List<String> lines, Optional<ItemLabel> label, Box box) {
        return new Piece(Type.PLACED, "", List.of(), 0, new Placed(kind, lines, label, List.of(), List.of(), Optional.of(box)));
    }
}
