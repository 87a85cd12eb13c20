package org.policygraph.link;

/** Levels of the REFNIS code list ({@code LVL_REFNIS}). */
public enum PlaceLevel {
    REGION, PROVINCE, ARRONDISSEMENT, MUNICIPALITY;

    /** The level for a {@code LVL_REFNIS} value 1-4. */
    static PlaceLevel of(String lvl) {
        return switch (lvl.strip()) {
            case "1" -> REGION;
            case "2" -> PROVINCE;
            case "3" -> ARRONDISSEMENT;
            case "4" -> MUNICIPALITY;
            default -> throw new IllegalArgumentException("unknown REFNIS level '" + lvl + "'");
        };
    }
}
