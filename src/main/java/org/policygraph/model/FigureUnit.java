package org.policygraph.model;

/**
 * The unit a {@link Figure} is expressed in, with its QUDT unit
 * ({@code http://qudt.org/vocab/unit/{localName}}).
 * Time and length units are kept apart from counts so that "drie maanden" never adds up with
 * "drie kandidaten".
 */
public enum FigureUnit {
    /** Euro amounts: "14.700 euro", "€ 2.950.000". */
    EUR("CCY_EUR"),
    /** Percentages: "60,67%", "12 procent". */
    PERCENT("PERCENT"),
    /** Counts of things: "68 schoolstagiairs", "twee lokale besturen". */
    COUNT("NUM"),
    /** Durations in years: "één jaar". */
    YEAR("YR"),
    /** Durations in months: "drie maanden". */
    MONTH("MO"),
    /** Durations in weeks: "zes weken". */
    WEEK("WK"),
    /** Durations in days: "twee dagen per week". */
    DAY("DAY"),
    /** Durations in hours: "24 uur opleiding". */
    HOUR("HR"),
    /** Durations in minutes: "negentig minuten". */
    MINUTE("MIN"),
    /** Lengths in kilometres: "84,2 kilometer fietspad", "21,0 km". */
    KILOMETRE("KiloM");

    /** Namespace of the QUDT unit vocabulary. */
    public static final String QUDT_UNIT_NS = "http://qudt.org/vocab/unit/";

    private final String qudtLocalName;

    FigureUnit(String qudtLocalName) {
        this.qudtLocalName = qudtLocalName;
    }

    /** The QUDT unit's local name, e.g. "CCY_EUR". */
    public String qudtLocalName() {
        return qudtLocalName;
    }

    /** The QUDT unit's IRI, e.g. {@code http://qudt.org/vocab/unit/CCY_EUR}. */
    public String qudtIri() {
        return QUDT_UNIT_NS + qudtLocalName;
    }

    /** Whether this unit measures a length of time. */
    public boolean isDuration() {
        return this == YEAR || this == MONTH || this == WEEK || this == DAY || this == HOUR || this == MINUTE;
    }
}
