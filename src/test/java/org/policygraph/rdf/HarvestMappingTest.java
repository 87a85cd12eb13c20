package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.policygraph.harvest.MemberRecord;
import org.policygraph.harvest.QuestionRecord;
import org.policygraph.harvest.RecordReader;
import org.policygraph.model.Person;
import org.policygraph.rdf.HarvestMapping.DocumentQuestion;

/** The metadata graph of a harvested record, alone and joined to a document that disagrees. */
class HarvestMappingTest {

    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");
    private static final String RECORD = """
            {"id": 1001, "vraagnummer": "101", "titel": "Speelpleinwerking - Vrijwilligers",
             "thema": ["Jeugd", "Vrije tijd"],
             "vraagsteller": {"id": 41, "voornaam": "Lotte", "naam": "Vermeulen"},
             "minister": {"id": 77, "voornaam": "Pieter", "naam": "Daems"},
             "procedureverloop": [{"datum": "2024-02-05T00:00:00+01:00", "status": "Ingediend"},
                                  {"datum": "2024-02-27T10:15:00+01:00", "status": "Tijdig beantwoord"}],
             "soort-antwoord": "Eigen antwoord", "tijdig": true}
            """;
    private static final String MEMBER = """
            {"id": 41, "voornaam": "Lotte", "naam": "Vermeulen", "huidigefractie": {"naam": "Vooruit"},
             "fracties": [{"fractie": {"naam": "Open Vld"}, "van": "2019-06-01", "tot": "2023-12-31"},
                          {"fractie": {"naam": "Vooruit"}, "van": "2024-01-01"}]}
            """;

    private static Node q() {
        return Iris.question("101", LocalDate.of(2024, 2, 5), Optional.of(new Person("Pieter Daems")));
    }

    private static String one(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        assertEquals(1, ts.size(), p + " " + ts);
        Node o = ts.get(0).getObject();
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.getURI();
    }

    @Test
    void aRecordWithoutItsDocument() {
        QuestionRecord r = RecordReader.question(RECORD, "1001");
        MemberRecord m = RecordReader.member(MEMBER, "41");
        Graph g = HarvestMapping.map(r, Optional.of(m), Optional.empty(), NOW);
        Node q = q();
        assertEquals("1001", one(g, q, HarvestVocab.DCTERMS_IDENTIFIER));
        assertEquals("https://ws.vlpar.be/e/opendata/schv/1001", one(g, q, HarvestVocab.OWL_SAME_AS));
        assertEquals("101", one(g, q, PG.questionNumber), "no document: the record's own facts");
        assertEquals("2024-02-05", one(g, q, Vocab.DCTERMS_DATE));
        assertEquals(PG.ID + "person/lotte-vermeulen", one(g, q, PG.askedBy));
        assertEquals("2024-02-27", one(g, q, HarvestVocab.answerDate));
        assertEquals("2024-03-04", one(g, q, HarvestVocab.answerDeadline));
        assertEquals("16", one(g, q, HarvestVocab.workingDaysToAnswer));
        assertEquals("0", one(g, q, HarvestVocab.workingDaysLate));
        assertEquals("true", one(g, q, HarvestVocab.answeredOnTime));
        assertEquals(HarvestVocab.OwnAnswer.getURI(), one(g, q, HarvestVocab.answerKind));
        assertEquals(PG.ID + "party/vooruit", one(g, q, HarvestVocab.askerParty), "the party on the question's date");
        Set<String> themes = g.find(q, HarvestVocab.DCTERMS_SUBJECT, Node.ANY).mapWith(t -> t.getObject().getURI()).toSet();
        assertEquals(Set.of(PG.ID + "theme/jeugd", PG.ID + "theme/vrije-tijd"), themes);
        Node jeugd = NodeFactory.createURI(PG.ID + "theme/jeugd");
        assertTrue(g.contains(jeugd, HarvestVocab.SKOS_IN_SCHEME, HarvestVocab.THEMES));
        assertEquals(2, g.find(q, HarvestVocab.procedureStep, Node.ANY).toList().size());
        assertFalse(g.contains(Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, PG.ParseIssue));
    }

    @Test
    void aDocumentThatDisagreesKeepsItsOwnFactsAndGetsAnIssue() {
        QuestionRecord r = RecordReader.question(RECORD, "1001");
        Node docQ = Iris.question("101", LocalDate.of(2024, 2, 6), Optional.of(new Person("Pieter Daems")));
        DocumentQuestion doc = new DocumentQuestion(docQ, Optional.of("0101"), Optional.of(LocalDate.of(2024, 2, 6)),
                Optional.of("PIETER DAEMS"), Optional.of("Lotte Vermeulen"));
        Graph g = HarvestMapping.map(r, Optional.empty(), Optional.of(doc), NOW);
        assertEquals("1001", one(g, docQ, HarvestVocab.DCTERMS_IDENTIFIER), "joined to the document's question");
        assertFalse(g.contains(docQ, Vocab.DCTERMS_DATE, Node.ANY), "the document's date is not overridden");
        assertFalse(g.contains(docQ, PG.questionNumber, Node.ANY));
        List<Node> issues = g.find(Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, PG.ParseIssue).mapWith(Triple::getSubject).toList();
        assertEquals(1, issues.size(), "the number (leading zero) and the names (case) agree; the date does not");
        Node issue = issues.get(0);
        assertEquals(HarvestMapping.DISAGREES, one(g, issue, PG.issueCode));
        assertEquals("2024-02-06", one(g, issue, HarvestVocab.documentValue));
        assertEquals("2024-02-05", one(g, issue, HarvestVocab.recordValue));
        assertEquals(docQ.getURI(), one(g, issue, HarvestVocab.concerns));
        assertTrue(one(g, issue, org.apache.jena.vocabulary.RDFS.Nodes.comment).contains("2024-02-06"));
    }

    @Test
    void lateAnswersCountedInWorkingDaysAndATijdigThatContradictsThem() {
        String late = RECORD.replace("2024-02-27T10:15:00+01:00", "2024-03-18").replace("Tijdig beantwoord", "Laattijdig beantwoord");
        Graph g = HarvestMapping.map(RecordReader.question(late, "1001"), Optional.empty(), Optional.empty(), NOW);
        assertEquals("30", one(g, q(), HarvestVocab.workingDaysToAnswer));
        assertEquals("10", one(g, q(), HarvestVocab.workingDaysLate));
        assertEquals("true", one(g, q(), HarvestVocab.answeredOnTime), "the record's tijdig is what is written");
        Set<String> codes = g.find(Node.ANY, PG.issueCode, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
                .toList().stream().collect(Collectors.toSet());
        assertEquals(Set.of(HarvestMapping.TIMELINESS_DISAGREES), codes);

        String noTijdig = late.replace("\"tijdig\": true", "\"tijdig\": \"?\"");
        Graph h = HarvestMapping.map(RecordReader.question(noTijdig, "1001"), Optional.empty(), Optional.empty(), NOW);
        assertEquals("false", one(h, q(), HarvestVocab.answeredOnTime), "counted when the record does not say");
    }
}
