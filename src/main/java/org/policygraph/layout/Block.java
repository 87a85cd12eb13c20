package org.policygraph.layout;

import java.util.Optional;

import org.policygraph.lang.ItemLabel;
import org.policygraph.model.Span;

/**
 * One block of a document's layout: what it is, where it stands in the normalised text, and what its
 * form adds (an item's label, a table's cells, a PDF box).
 *
 * @param span   the block in the normalised text; for {@link BlockKind#FURNITURE}, which is kept out of
 *               the text, an empty span where it stood
 * @param text   the block's text: the span's text, or for furniture the text that was left out
 * @param label  a list item's label ("3.", "b-c+f)", "•")
 * @param table  a table's rows and cells
 * @param box    page and position, where the input has them
 */
public record Block(BlockKind kind, Span span, String text, Optional<ItemLabel> label, Optional<Table> table,
                    Optional<Box> box) {

    /** A block with nothing but kind, span and text. */
    public static Block of(BlockKind kind, Span span, String text) {
        return new Block(kind, span, text, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The same block on a page. */
    public Block at(Box where) {
        return new Block(kind, span, text, label, table, Optional.of(where));
    }

    /** The same block read as another kind. */
    public Block as(BlockKind newKind) {
        return new Block(newKind, span, text, label, table, box);
    }
}
