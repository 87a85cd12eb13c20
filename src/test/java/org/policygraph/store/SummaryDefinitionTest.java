package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.policygraph.rdf.PG;

/** The {@code # key:} header of per-key summaries, with and without the object a key's triple must have. */
class SummaryDefinitionTest {

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
}
