package org.policygraph.layout;

import java.util.List;
import java.util.Optional;

/**
 * A document read into typed blocks, before any document kind is known. Every block's span points
 * into {@link #text()}, the normalised text that every offset in the graph points into.
 *
 * @param text    the normalised text
 * @param blocks  in reading order, furniture included
 * @param reader  the reader that made it ("plain text", "PDF geometry", "HTML", ...)
 */
public record Layout(String text, List<Block> blocks, String reader) {

    public Layout {
        blocks = List.copyOf(blocks);
    }

    /** The blocks of one kind, in order. */
    public List<Block> blocks(BlockKind kind) {
        return blocks.stream().filter(b -> b.kind() == kind).toList();
    }

    /** The first block of one kind. */
    public Optional<Block> first(BlockKind kind) {
        return blocks.stream().filter(b -> b.kind() == kind).findFirst();
    }

    /** The blocks that are part of the text (furniture left out). */
    public List<Block> content() {
        return blocks.stream().filter(b -> b.kind() != BlockKind.FURNITURE).toList();
    }
}
