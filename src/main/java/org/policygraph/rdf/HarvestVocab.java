package org.policygraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms for what the Parliament's API says about a question (metadata graphs, {@link HarvestMapping}):
 * the ontology's harvest terms and the standard ones they use (Dublin Core, OWL, SKOS, ORG).
 */
public final class HarvestVocab {

    // Classes and individuals
    public static final Node ProcedureStep = pg("ProcedureStep");
    public static final Node AnswerKind = pg("AnswerKind");
    public static final Node OwnAnswer = pg("OwnAnswer");
    public static final Node ReferringAnswer = pg("ReferringAnswer");
    public static final Node Party = pg("Party");
    public static final Node HarvestActivity = pg("HarvestActivity");
    /** The concept scheme of the Parliament's themes. */
    public static final Node THEMES = NodeFactory.createURI(PG.ID + "scheme/vlaams-parlement-themas");

    // Properties
    public static final Node procedureStep = pg("procedureStep");
    public static final Node status = pg("status");
    public static final Node answerDate = pg("answerDate");
    public static final Node answerDeadline = pg("answerDeadline");
    public static final Node answeredOnTime = pg("answeredOnTime");
    public static final Node workingDaysToAnswer = pg("workingDaysToAnswer");
    public static final Node workingDaysLate = pg("workingDaysLate");
    public static final Node answerKind = pg("answerKind");
    public static final Node answerKindLabel = pg("answerKindLabel");
    public static final Node askerParty = pg("askerParty");
    public static final Node concerns = pg("concerns");
    public static final Node aboutProperty = pg("aboutProperty");
    public static final Node documentValue = pg("documentValue");
    public static final Node recordValue = pg("recordValue");

    // Standard vocabularies
    public static final Node DCTERMS_IDENTIFIER = uri(Namespaces.DCTERMS + "identifier");
    public static final Node DCTERMS_SUBJECT = uri(Namespaces.DCTERMS + "subject");
    public static final Node DCTERMS_DESCRIPTION = uri(Namespaces.DCTERMS + "description");
    public static final Node OWL_SAME_AS = uri("http://www.w3.org/2002/07/owl#sameAs");
    public static final Node SKOS_CONCEPT = uri("http://www.w3.org/2004/02/skos/core#Concept");
    public static final Node SKOS_CONCEPT_SCHEME = uri("http://www.w3.org/2004/02/skos/core#ConceptScheme");
    public static final Node SKOS_PREF_LABEL = uri("http://www.w3.org/2004/02/skos/core#prefLabel");
    public static final Node SKOS_IN_SCHEME = uri("http://www.w3.org/2004/02/skos/core#inScheme");

    private HarvestVocab() {
    }

    private static Node pg(String local) {
        return uri(PG.NS + local);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
