package org.policygraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the standard vocabularies that the mapping uses (Dublin Core, FOAF, PROV). */
final class Vocab {

    static final Node DCTERMS_TITLE = uri(Namespaces.DCTERMS + "title");
    static final Node DCTERMS_DATE = uri(Namespaces.DCTERMS + "date");
    static final Node FOAF_PERSON = uri(Namespaces.FOAF + "Person");
    static final Node FOAF_NAME = uri(Namespaces.FOAF + "name");
    static final Node DCTERMS_REFERENCES = uri(Namespaces.DCTERMS + "references");
    static final Node DCTERMS_CREATOR = uri(Namespaces.DCTERMS + "creator");
    static final Node ORG_SUB_ORGANIZATION_OF = uri("http://www.w3.org/ns/org#subOrganizationOf");
    static final Node RDFS_LABEL = uri("http://www.w3.org/2000/01/rdf-schema#label");
    static final Node PROV_WAS_DERIVED_FROM = Prov.wasDerivedFrom;

    private Vocab() {
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
