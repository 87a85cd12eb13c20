package org.policygraph.parse.question;

import java.util.List;
import java.util.Optional;

import org.policygraph.model.Located;
import org.policygraph.model.Span;
import org.policygraph.text.Line;

/** Lines written in capitals, as headers and signatures write names and posts. */
final class Capitals {

    private static final double MIN_UPPER_SHARE = 0.8;
    private static final int MIN_LETTERS = 3;

    private Capitals() {
    }

    /** True when at least 80% of the line's letters (and at least three) are capitals. */
    static boolean isCapitalised(String line) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c))
                    upper++;
            }
        }
        return letters >= MIN_LETTERS && upper >= letters * MIN_UPPER_SHARE;
    }

    /** Lines {@code first..last} joined by single spaces, with the span from the first to the last. */
    static Optional<Located> joinedLines(List<Line> lines, int first, int last) {
        if (first > last || first >= lines.size())
            return Optional.empty();
        StringBuilder sb = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (lines.get(i).isBlank())
                continue;
            if (sb.length() > 0)
                sb.append(' ');
            sb.append(lines.get(i).text());
        }
        Span span = new Span(lines.get(first).start(), lines.get(last).end());
        return Optional.of(new Located(sb.toString().replaceAll(" ?, ?", ", ").strip(), span));
    }
}
