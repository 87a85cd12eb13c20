package org.policygraph.extract.figures;

import java.util.ArrayList;
import java.util.List;

import org.policygraph.model.Figure;

/**
 * One line per figure for table-driven tests: {@code value | unit | quote | measure | extras},
 * extras being {@code qualifier=…; per=…; year=…; upper=…; inferred; row=…} as present.
 */
final class FigureLines {

    private FigureLines() {
    }

    /** The figure as one line. */
    static String of(Figure f) {
        List<String> extras = new ArrayList<>();
        f.upperValue().ifPresent(u -> extras.add("upper=" + u.toPlainString()));
        f.qualifier().ifPresent(q -> extras.add("qualifier=" + q));
        f.perUnit().ifPresent(p -> extras.add("per=" + p));
        f.referenceYear().ifPresent(y -> extras.add("year=" + y));
        if (f.unitInferred())
            extras.add("inferred");
        f.row().ifPresent(r -> extras.add("row=" + r));
        return f.value().toPlainString() + " | " + f.unit() + " | " + f.quote().text() + " | "
                + f.measure().orElse("") + " | " + String.join("; ", extras);
    }

    /** Every figure as a line, in order. */
    static List<String> of(List<Figure> figures) {
        return figures.stream().map(FigureLines::of).toList();
    }
}
