package org.policygraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policygraph.model.Span;
import org.policygraph.text.Normaliser;

/**
 * Gives the blocks that the text path cut out of a PDF's running lines the box of those lines, and
 * puts the furniture of each page (kept out of the text) among the blocks where the page starts or
 * ends.
 */
final class BlockBoxes {

    /** How many characters of a line find it again in the block it ended up in. */
    private static final int PROBE = 16;
    /** How many running lines may have vanished from the text between two blocks. */
    private static final int LOOK_AHEAD = 12;

    /** A running line as it went into the text path, with its box. */
    record SourceLine(String text, Box box) {
    }

    /** A line left out of the text: a running header (at the top) or footer or page number. */
    record Furniture(String text, Box box, boolean top) {
    }

    private BlockBoxes() {
    }

    /** The layout with a box on every block its lines can be found for, and the furniture in place. */
    static Layout place(Layout layout, List<SourceLine> lines, List<Furniture> furniture) {
        List<Block> boxed = new ArrayList<>();
        int cursor = 0;
        for (Block block : layout.blocks()) {
            if (block.box().isPresent() || block.kind() == BlockKind.FURNITURE) {
                boxed.add(block);
                continue;
            }
            Box box = null;
            int at = 0;
            // Lines the text path dropped (a page number standing alone) are passed over.
            for (int skip = cursor; skip < Math.min(lines.size(), cursor + LOOK_AHEAD); skip++) {
                String probe = probe(lines.get(skip).text());
                if (!probe.isEmpty() && block.text().startsWith(probe)) {
                    cursor = skip;
                    break;
                }
            }
            while (cursor < lines.size()) {
                String probe = probe(lines.get(cursor).text());
                int found = probe.isEmpty() ? at : block.text().indexOf(probe, at);
                if (found < 0)
                    break;
                box = box == null ? lines.get(cursor).box() : box.union(lines.get(cursor).box());
                at = found + probe.length();
                cursor++;
            }
            boxed.add(box == null ? block : block.at(box));
        }
        return new Layout(layout.text(), withFurniture(boxed, furniture, layout.text().length()), layout.reader());
    }

    private static String probe(String line) {
        String clean = String.join(" ", Normaliser.cleanLines(line)).strip();
        // A hyphen at the end is repaired away when the line is joined to the next.
        if (clean.endsWith("-"))
            clean = clean.substring(0, clean.length() - 1);
        return clean.substring(0, Math.min(PROBE, clean.length()));
    }

    private static List<Block> withFurniture(List<Block> blocks, List<Furniture> furniture, int textLength) {
        List<Block> out = new ArrayList<>();
        int next = 0;
        for (Block block : blocks) {
            int page = block.box().map(Box::page).orElse(-1);
            while (page > 0 && next < furniture.size() && (furniture.get(next).box().page() < page
                    || furniture.get(next).box().page() == page && furniture.get(next).top())) {
                out.add(furnitureBlock(furniture.get(next), block.span().start()));
                next++;
            }
            out.add(block);
        }
        while (next < furniture.size())
            out.add(furnitureBlock(furniture.get(next++), textLength));
        return out;
    }

    private static Block furnitureBlock(Furniture f, int at) {
        return new Block(BlockKind.FURNITURE, new Span(at, at), f.text(), Optional.empty(), Optional.empty(), Optional.of(f.box()));
    }
}
