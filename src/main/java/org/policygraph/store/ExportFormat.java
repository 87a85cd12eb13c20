package org.policygraph.store;

import java.util.Locale;

/** Formats of a store export. */
public enum ExportFormat {
    /** Turtle: the union of all document graphs, as the default graph of the endpoint shows it. */
    TTL,
    /** TriG: every named graph. */
    TRIG,
    /** N-Quads: every named graph, one quad a line (the input of Jena's bulk loader). */
    NQ,
    /** JSON-LD 1.1: a top-level array with one object per named graph. */
    JSONLD;

    /** Parses a user-given format name ("ttl", "trig", "nq", "jsonld"). */
    public static ExportFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown export format '" + name + "' (expected ttl, trig, nq or jsonld)");
        }
    }
}
