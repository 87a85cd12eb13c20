package org.policygraph.extract.figures;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.DutchNumbers;
import org.policygraph.model.FigureTable;
import org.policygraph.model.Span;

/**
 * The euro unit a table states once for all its cells: "(in duizend euro)", "in mln euro",
 * "(in 1.000 euro)", "k€". Read from the caption line right above the table, the header, or a
 * "Tabel ..." caption right below it (where budget documents put theirs).
 */
final class TableUnits {

    /** A stated euro unit with its optional scale; the scale words are those of {@link DutchNumbers#scale}. */
    private static final Pattern STATED = Pattern.compile(
            "(?iu)\\bin\\s{1,3}(?:(?<scale>[\\p{L}]{2,8})\\s{1,3}(?:euro|eur|€)"
                    + "|(?:euro|eur|€)(?:\\s{1,3}(?<after>[\\p{L}]{2,8}))?"
                    + "|(?<thousand>1\\.000)\\s{1,3}(?:euro|€))(?![\\p{L}\\d])"
                    + "|(?<![\\p{L}\\d])(?<kilo>k€)");
    /** A caption that names the table it follows: "Tabel 2-1: ...", "Figuur 3". */
    private static final Pattern CAPTION_BELOW = Pattern.compile("(?iu)^(?:tabel|tab\\.)\\s");

    private TableUnits() {
    }

    /** The factor every euro cell of {@code table} is scaled by (1 for "in euro"), when the table states one. */
    static Optional<BigDecimal> of(String text, Span region, FigureTable table, int firstRowStart) {
        Optional<BigDecimal> inHeader = stated(text.substring(table.span().start(), firstRowStart));
        if (inHeader.isPresent())
            return inHeader;
        Optional<BigDecimal> above = lineBefore(text, region, table.span().start()).flatMap(TableUnits::stated);
        if (above.isPresent())
            return above;
        return lineAfter(text, region, table.span().end())
                .filter(l -> CAPTION_BELOW.matcher(WorkDeadline.watch(l)).find())
                .flatMap(TableUnits::stated);
    }

    /**
     * The factor every euro cell of a layout table is scaled by: from its caption and header
     * ({@code stated}), else the line above or a "Tabel ..." line below, as for tables read from text.
     */
    static Optional<BigDecimal> ofLayout(String text, Span region, Span tableSpan, String stated) {
        Optional<BigDecimal> own = stated(stated);
        if (own.isPresent())
            return own;
        Optional<BigDecimal> above = lineBefore(text, region, tableSpan.start()).flatMap(TableUnits::stated);
        if (above.isPresent())
            return above;
        return lineAfter(text, region, tableSpan.end())
                .filter(l -> CAPTION_BELOW.matcher(WorkDeadline.watch(l)).find())
                .flatMap(TableUnits::stated);
    }

    /** The factor a caption or header states: "in duizend euro" = 1000, "in euro" = 1; empty when it states none. */
    static Optional<BigDecimal> stated(String s) {
        Matcher m = STATED.matcher(WorkDeadline.watch(s));
        while (m.find()) {
            if (m.group("kilo") != null || m.group("thousand") != null)
                return Optional.of(DutchNumbers.KILO);
            String word = m.group("scale") != null ? m.group("scale") : m.group("after");
            if (word == null)
                return Optional.of(BigDecimal.ONE);
            Optional<BigDecimal> scale = DutchNumbers.scale(word);
            if (scale.isPresent())
                return scale;
        }
        return Optional.empty();
    }

    private static Optional<String> lineBefore(String text, Span region, int offset) {
        int end = offset - 1;
        while (end > region.start() && text.charAt(end - 1) == '\n')
            end--;
        if (end <= region.start())
            return Optional.empty();
        int start = Math.max(region.start(), text.lastIndexOf('\n', end - 1) + 1);
        return Optional.of(text.substring(start, end));
    }

    private static Optional<String> lineAfter(String text, Span region, int offset) {
        int start = offset;
        while (start < region.end() && text.charAt(start) == '\n')
            start++;
        if (start >= region.end())
            return Optional.empty();
        int nl = text.indexOf('\n', start);
        return Optional.of(text.substring(start, nl < 0 || nl > region.end() ? region.end() : nl));
    }
}
