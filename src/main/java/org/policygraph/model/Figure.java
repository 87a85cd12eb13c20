package org.policygraph.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantity cited in a document (a {@code pg:Figure}): "68 schoolstagiairs", "€29.873.345,30",
 * "meer dan 14 miljoen", a table cell.
 *
 * @param value          the value with Dutch notation resolved ("14 miljoen" = 14000000); the lower
 *                       bound of a range
 * @param upperValue     the upper bound of a range ("tussen 10 en 20" = 10 .. 20)
 * @param unit           the unit
 * @param unitInferred   true when the text names no unit and it was read from the context ("meer dan
 *                       14 miljoen vrij om te investeren" is euro)
 * @param measure        what it counts or measures, as written ("schoolstagiairs", "subsidie"); for
 *                       a table cell the column header
 * @param qualifier      a word that bounds or approximates the value ("meer dan", "ongeveer")
 * @param perUnit        the denominator of a rate ("1000 euro per leerling" = "leerling")
 * @param referenceYear  the year the figure is about, when the text ties one to it ("in 2022 11
 *                       inschrijvingen")
 * @param quote          the exact text read, from qualifier or number on; its text equals the
 *                       covered part of the normalised text
 * @param sentence       the sentence, list item or table row the figure stands in
 * @param cell           row and column when the figure is a table cell
 */
public record Figure(BigDecimal value, Optional<BigDecimal> upperValue, FigureUnit unit, boolean unitInferred,
                     Optional<String> measure, Optional<String> qualifier, Optional<String> perUnit,
                     Optional<Integer> referenceYear, Located quote, Located sentence, Optional<TableCell> cell) {

    public Figure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(sentence, "sentence");
        if (upperValue.isPresent() && upperValue.get().compareTo(value) <= 0)
            throw new IllegalArgumentException("Range " + value + " .. " + upperValue.get() + " is empty");
    }

    /** Whether the figure is a range ("tussen 10 en 20"). */
    public boolean isRange() {
        return upperValue.isPresent();
    }

    /** The row label when the figure is a table cell ("Antwerpen"). */
    public Optional<String> row() {
        return cell.map(c -> c.row().text());
    }

    /** The column header when the figure is a table cell ("Gemeenschapsonderwijs"). */
    public Optional<String> column() {
        return cell.map(TableCell::columnHeader);
    }
}
