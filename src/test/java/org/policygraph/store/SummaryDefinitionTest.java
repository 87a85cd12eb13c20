package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.policygraph.rdf.PG;

/**
 * The rules every summary definition is held to when the definitions are loaded, and the
 * {@code # key:} header of per-key summaries, with and without the object a key's triple must have.
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
        assertEquals(new SummaryDefinition.Key("m", PG.askedBy, false, Node.ANY), Summaries.definition("questions-per-member").key());
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
}
