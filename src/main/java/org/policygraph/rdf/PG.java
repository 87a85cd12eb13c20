package org.policygraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the policygraph ontology ({@code ontology/policygraph.ttl}), namespace
 * {@value #NS}. The ontology file is the documentation; this class only names its terms.
 */
public final class PG {

    /** Namespace of the ontology. */
    public static final String NS = "https://w3id.org/policygraph/def#";
    /** Base of all instance IRIs. */
    public static final String ID = "https://w3id.org/policygraph/id/";

    private PG() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    // Classes
    public static final Node Document = term("Document");
    public static final Node WrittenQuestion = term("WrittenQuestion");
    public static final Node Advice = term("Advice");
    public static final Node Answer = term("Answer");
    public static final Node SourceDocument = term("SourceDocument");
    public static final Node TextSpan = term("TextSpan");
    public static final Node SubQuestion = term("SubQuestion");
    public static final Node AnswerPart = term("AnswerPart");
    public static final Node Decision = term("Decision");
    public static final Node Decree = term("Decree");
    public static final Node PolicyNote = term("PolicyNote");
    public static final Node Province = term("Province");
    public static final Node Municipality = term("Municipality");
    public static final Node Organisation = term("Organisation");
    public static final Node Programme = term("Programme");
    public static final Node Section = term("Section");
    public static final Node Recommendation = term("Recommendation");
    public static final Node Draft = term("Draft");
    public static final Node Figure = term("Figure");
    public static final Node TableStructure = term("TableStructure");
    public static final Node IngestActivity = term("IngestActivity");
    public static final Node ParseIssue = term("ParseIssue");

    // Written questions and answers
    public static final Node questionNumber = term("questionNumber");
    public static final Node askedBy = term("askedBy");
    public static final Node addressedTo = term("addressedTo");
    public static final Node addresseeTitle = term("addresseeTitle");
    public static final Node hasAnswer = term("hasAnswer");
    public static final Node answers = term("answers");
    public static final Node answeredBy = term("answeredBy");
    public static final Node answererTitle = term("answererTitle");
    public static final Node refersTo = term("refersTo");
    public static final Node text = term("text");
    public static final Node context = term("context");
    public static final Node hasSubQuestion = term("hasSubQuestion");
    public static final Node hasAnswerPart = term("hasAnswerPart");
    public static final Node label = term("label");
    public static final Node position = term("position");
    public static final Node respondsTo = term("respondsTo");
    public static final Node pointsTo = term("pointsTo");
    public static final Node session = term("session");
    public static final Node mentions = term("mentions");
    public static final Node hasSection = term("hasSection");
    public static final Node hasRecommendation = term("hasRecommendation");
    public static final Node advisesOn = term("advisesOn");

    // Figures
    public static final Node value = term("value");
    public static final Node upperValue = term("upperValue");
    public static final Node unit = term("unit");
    public static final Node unitInferred = term("unitInferred");
    public static final Node measure = term("measure");
    public static final Node quote = term("quote");
    public static final Node qualifier = term("qualifier");
    public static final Node perUnit = term("perUnit");
    public static final Node referenceYear = term("referenceYear");
    public static final Node citedIn = term("citedIn");
    public static final Node inSentence = term("inSentence");
    public static final Node statedBy = term("statedBy");
    public static final Node statedIn = term("statedIn");
    public static final Node tableRow = term("tableRow");
    public static final Node tableColumn = term("tableColumn");
    public static final Node rowPlace = term("rowPlace");
    public static final Node documentKind = term("documentKind");

    // Spans: where in the normalised text a fact was read (offsets and quote in NIF, see Nif)
    public static final Node hasSpan = term("hasSpan");
    public static final Node titleSpan = term("titleSpan");
    public static final Node occursIn = term("occursIn");

    // Source documents
    public static final Node fileName = term("fileName");
    public static final Node documentKey = term("documentKey");
    public static final Node sha256 = term("sha256");
    public static final Node byteSize = term("byteSize");
    public static final Node mediaType = term("mediaType");
    public static final Node characterEncoding = term("characterEncoding");
    public static final Node parserVersion = term("parserVersion");

    // Store bookkeeping (registry graph)
    public static final Node graph = term("graph");
    public static final Node sourcePath = term("sourcePath");
    public static final Node sourceModified = term("sourceModified");
    public static final Node sourceChanged = term("sourceChanged");
    public static final Node reportedIssue = term("reportedIssue");
    public static final Node severity = term("severity");
    public static final Node issueCode = term("issueCode");
    public static final Node line = term("line");
    public static final Node column = term("column");

    // Links (the link step's graphs, kept apart from the document graphs)
    public static final Node Post = term("Post");
    public static final Node PostHolding = term("PostHolding");
    public static final Node Link = term("Link");
    public static final Node AmbiguousMatch = term("AmbiguousMatch");
    public static final Node LinkActivity = term("LinkActivity");
    public static final Node addressedToPost = term("addressedToPost");
    public static final Node answeredInPost = term("answeredInPost");
    public static final Node firstSeen = term("firstSeen");
    public static final Node lastSeen = term("lastSeen");
    public static final Node evidence = term("evidence");
    public static final Node nisCode = term("nisCode");
    public static final Node validFrom = term("validFrom");
    public static final Node validUntil = term("validUntil");
    public static final Node linkMethod = term("linkMethod");
    public static final Node linkScore = term("linkScore");
    public static final Node linkSubject = term("linkSubject");
    public static final Node candidate = term("candidate");
    public static final Node reason = term("reason");

    // Grants (issue 19.4): amounts given to one named organisation
    public static final Node Grant = term("Grant");
    public static final Node recipient = term("recipient");
    public static final Node recipientName = term("recipientName");
    public static final Node amount = term("amount");
    public static final Node grantYear = term("grantYear");
    public static final Node planned = term("planned");

    // Counting figures right (issue 19.5)
    public static final Node aboutPlace = term("aboutPlace");
    public static final Node restates = term("restates");
}
