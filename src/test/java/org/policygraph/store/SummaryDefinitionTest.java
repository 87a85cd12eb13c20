package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.policygraph.rdf.PG;

/**
 * The rules every summary definition is held to when the definitions are loaded, and the
 * {@code # key:} header of per-key summaries: with and without the object a key's triple must have, of
 * several values, and the keys one ties to ({@code # also:}).
 */
class SummaryDefinitionTest {

    private static SummaryDefinition perKey(String name, String text) {
        return new SummaryDefinition(name, SummaryDefinition.Kind.PER_KEY, QueryFactory.create(text), text, List.of(),
                Map.of(), new SummaryDefinition.Key("p", NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"), true, Node.ANY));
    }

    @Test
    void aKeyWithAnObjectTakesOnlyTriplesWithThatObject() {
        // Every question a document describes, not every typed resource of it (sub-questions, figures, spans).
        assertEquals(new SummaryDefinition.Key("q", RDF.Nodes.type, true, PG.WrittenQuestion),
                Summaries.definition("unanswered-questions").key());
        assertEquals(new SummaryDefinition.Key("q", RDF.Nodes.type, true, PG.WrittenQuestion),
                Summaries.definition("open-questions-per-member").key());
    }

    @Test
    void aKeyWithoutAnObjectTakesEveryTripleOfItsPredicate() {
        assertEquals(new SummaryDefinition.Key("grantee", PG.recipient, false, Node.ANY), Summaries.definition("recipient-names").key());
    }

    @Test
    void aColumnOwnedByOneSummaryIsRefusedInAnother() {
        SummaryDefinition other = perKey("other-names", "SELECT ?p ?name WHERE { ?p <http://example.org/label> ?name }");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SummaryDefinition.ownColumnsKept(List.of(other)));
        assertTrue(e.getMessage().contains("other-names") && e.getMessage().contains("person-names"), e.getMessage());
    }

    @Test
    void theOwnerKeepsItsColumnAndTheShippedSummariesPass() {
        SummaryDefinition owner = perKey("person-names", "SELECT ?p ?name WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?name }");
        assertEquals(List.of(owner), SummaryDefinition.ownColumnsKept(List.of(owner)));
        assertEquals(SummaryDefinition.ALL, SummaryDefinition.ownColumnsKept(SummaryDefinition.ALL));
    }

    private static final String PREFIXES = """
            PREFIX pg:      <https://w3id.org/policygraph/def#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    @Test
    void aKeyOfSeveralValuesIsFoundByItsPattern() {
        SummaryDefinition grants = Summaries.definition("grants-per-recipient-and-year");
        assertEquals(List.of("value", "recipient"), grants.key().vars());
        Graph g = GraphFactory.createDefaultGraph();
        Node grant = NodeFactory.createURI("http://example.org/grant"), figure = NodeFactory.createURI("http://example.org/figure");
        Node recipient = NodeFactory.createURI("http://example.org/club"), amount = NodeFactory.createLiteralDT("14700", XSDDatatype.XSDdecimal);
        g.add(grant, PG.recipient, recipient);
        g.add(grant, PG.amount, figure);
        g.add(figure, PG.value, amount);
        Set<List<Node>> keys = new LinkedHashSet<>();
        grants.key().tuplesIn(g, keys);
        assertEquals(Set.of(List.of(amount, recipient)), keys);
    }

    @Test
    void aQuestionTiesToTheQuestionsOfItsNumberAndDate() {
        SummaryDefinition perMember = Summaries.definition("questions-per-member");
        Graph g = GraphFactory.createDefaultGraph();
        Node cited = NodeFactory.createURI("http://example.org/q/2024-10-17/58"), asked = NodeFactory.createURI("http://example.org/q/2024-10-17/58/minister");
        Node other = NodeFactory.createURI("http://example.org/q/2024-10-18/58");
        Node date = NodeFactory.createLiteralDT("2024-10-17", XSDDatatype.XSDdate);
        for (Node q : List.of(cited, asked, other)) {
            g.add(q, RDF.Nodes.type, PG.WrittenQuestion);
            g.add(q, PG.questionNumber, NodeFactory.createLiteralString("58"));
            g.add(q, NodeFactory.createURI("http://purl.org/dc/terms/date"), q == other ? NodeFactory.createLiteralDT("2024-10-18", XSDDatatype.XSDdate) : date);
        }
        Set<List<Node>> related = new LinkedHashSet<>();
        perMember.key().relatedIn(DatasetGraphFactory.wrap(g), Set.of(List.of(asked)), related);
        assertEquals(Set.of(List.of(cited), List.of(asked)), related);
    }

    @Test
    void onlyAKeyOfOneValueTiesToOthers() {
        IllegalStateException several = assertThrows(IllegalStateException.class, () -> SummaryDefinition.parse("t", PREFIXES + """
                # summary: per-key
                # key: ?a ?b in { ?a pg:recipient ?b }
                # also: { ?a pg:recipient ?also }
                SELECT ?a ?b WHERE { ?a pg:recipient ?b }
                """));
        assertTrue(several.getMessage().contains("several values"), several.getMessage());
        IllegalStateException unused = assertThrows(IllegalStateException.class, () -> SummaryDefinition.parse("t", PREFIXES + """
                # summary: per-key
                # key: ?a object of <https://w3id.org/policygraph/def#recipient>
                # also: { ?b pg:recipient ?also }
                SELECT ?a WHERE { ?x pg:recipient ?a }
                """));
        assertTrue(unused.getMessage().contains("does not use the key ?a"), unused.getMessage());
    }
}
