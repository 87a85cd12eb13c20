package org.policygraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.policygraph.link.CorpusFacts.PersonName;

class PersonIdentityTest {

    private static PersonName p(String slug, String name) {
        return new PersonName(NodeFactory.createURI("https://w3id.org/policygraph/id/person/" + slug), name);
    }

    private static Node iri(String slug) {
        return NodeFactory.createURI("https://w3id.org/policygraph/id/person/" + slug);
    }

    @Test
    void spacingVariantsAndUnambiguousInitialsAreOnePerson() {
        PersonIdentity id = PersonIdentity.resolve(List.of(
                p("lise-vandecasteele", "Lise Vandecasteele"), p("lise-vande-casteele", "Lise Vande Casteele"),
                p("hilde-crevits", "Hilde Crevits"), p("h-crevits", "H. Crevits"),
                p("jana-peeters", "Jana Peeters"), p("jan-peeters", "Jan Peeters"), p("j-peeters", "J. Peeters"),
                p("kurt-de-loor", "Kurt De Loor")));
        assertEquals(iri("lise-vande-casteele"), id.canonical(iri("lise-vandecasteele")), "the more structured name stands");
        assertEquals(iri("hilde-crevits"), id.canonical(iri("h-crevits")));
        assertEquals(iri("j-peeters"), id.canonical(iri("j-peeters")), "two persons fit: not merged");
        assertEquals(1, id.ambiguities().size());
        assertEquals(List.of(iri("jan-peeters"), iri("jana-peeters")), id.ambiguities().get(0).candidates());
        assertEquals(iri("kurt-de-loor"), id.canonical(iri("kurt-de-loor")));
        assertEquals(2, id.links().size());
        assertTrue(id.links().stream().anyMatch(l -> l.method().equals("initials") && l.subject().equals(iri("h-crevits"))));
        assertEquals(6, id.persons().size());
    }
}
