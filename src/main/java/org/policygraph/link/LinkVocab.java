package org.policygraph.link;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.policygraph.rdf.Prov;

/** Terms of standard vocabularies the link step writes: ORG, the Flemish mandaat vocabulary, SKOS, PROV. */
public final class LinkVocab {

    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String MANDAAT = "http://data.vlaanderen.be/ns/mandaat#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    public static final Node ORG_POST = uri(ORG + "Post");
    public static final Node ORG_HOLDS = uri(ORG + "holds");
    public static final Node MANDATARIS = uri(MANDAAT + "Mandataris");
    public static final Node IS_ALIAS_OF = uri(MANDAAT + "isBestuurlijkeAliasVan");
    public static final Node EXACT_MATCH = uri(SKOS + "exactMatch");
    public static final Node GENERATED_AT = Prov.generatedAtTime;
    public static final Node GENERATED_BY = Prov.wasGeneratedBy;
    public static final Node USED = Prov.used;
    public static final Node STARTED = Prov.startedAtTime;
    public static final Node ENDED = Prov.endedAtTime;
    public static final Node RDFS_LABEL = uri("http://www.w3.org/2000/01/rdf-schema#label");

    private LinkVocab() {
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
