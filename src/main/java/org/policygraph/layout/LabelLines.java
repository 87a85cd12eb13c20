package org.policygraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policygraph.lang.ItemLabel;
import org.policygraph.lang.ItemLabels;

/**
 * Puts a label that stands alone on its line ("1." with the question on the next line, as the
 * Parliament's PDFs come out of text tools) in front of the text it labels, over at most one blank
 * line.
 */
final class LabelLines {

    private LabelLines() {
    }

    /** The lines with lone labels joined to the next text line; blank lines are empty strings. */
    static List<String> join(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            int next = i + 1;
            if (next < lines.size() && lines.get(next).isEmpty())
                next++;
            if (isLoneLabel(line) && next < lines.size() && !lines.get(next).isEmpty()
                    && ItemLabels.atStart(lines.get(next)).isEmpty()) {
                out.add(line + " " + lines.get(next));
                i = next + 1;
            } else {
                out.add(line);
                i++;
            }
        }
        return out;
    }

    private static boolean isLoneLabel(String line) {
        Optional<ItemLabel> label = ItemLabels.atStart(line);
        return label.isPresent() && label.get().length() >= line.length();
    }
}
