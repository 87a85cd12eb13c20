package org.policygraph.lang;

import java.util.List;

/** An item label as written at the start of a line (interim version, replaced by the language layer). */
public record ItemLabel(String written, String core, LabelStyle style, List<String> members, int length) {
}
