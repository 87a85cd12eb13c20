package org.policygraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An amount given to one named organisation (a {@code pg:Grant}): "vzw De Brug ontving 14.700 euro
 * subsidie", "aan de stad Gent werd een projectsubsidie van 25.000 euro toegekend", a table row of a
 * recipient and its amount.
 *
 * @param recipient  the recipient's name as written ("vzw De Brug", "stad Gent", a table's row label)
 * @param mention    the place or organisation the mention reader found inside the recipient's name,
 *                   when it found one
 * @param amount     the figure read for the amount (never read again here)
 * @param year       the year the grant is for: the figure's reference year, else the one year its
 *                   sentence or table names
 * @param evidence   the sentence, list item or table row that states the grant
 * @param planned    true for a grant announced rather than given ("zal ... ontvangen")
 */
public record Grant(Located recipient, Optional<Mention> mention, Figure amount, Optional<Integer> year,
                    Located evidence, boolean planned) {

    public Grant {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(evidence, "evidence");
        if (amount.unit() != FigureUnit.EUR)
            throw new IllegalArgumentException("A grant's amount is in euro, not " + amount.unit());
    }
}
