package org.policygraph.rdf;

import org.apache.jena.shared.PrefixMapping;

/**
 * The prefixes of the ontology, used by every writer (exports, parse output) and by query
 * results, so that all output reads the same way.
 */
public final class Namespaces {

    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("pg", PG.NS)
            .setNsPrefix("pgid", PG.ID)
            .setNsPrefix("dcterms", DCTERMS)
            .setNsPrefix("foaf", FOAF)
            .setNsPrefix("prov", PROV)
            .setNsPrefix("xsd", XSD)
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("nif", Nif.NS)
            .setNsPrefix("itsrdf", Nif.ITSRDF)
            .lock();

    private Namespaces() {
    }

    /** The project's prefixes (read-only). */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }
}
