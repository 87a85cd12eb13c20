package org.policygraph.model;

import java.util.List;

/**
 * A numbered item of a written question ("3."), or a nested one ("a)", "i.").
 *
 * @param label     the label without punctuation: "3", "a", "ii"
 * @param position  1-based position among its siblings
 * @param text      the item's own text, without its label and without its children
 * @param span      the whole item, from its label to the end of its last child
 * @param children  nested items
 */
public record SubQuestion(String label, int position, Located text, Span span, List<SubQuestion> children) {

    public SubQuestion {
        children = List.copyOf(children);
    }
}
