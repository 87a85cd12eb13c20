package org.policygraph.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void ourIrisMapOntoTheServerAndBack() {
        String iri = "https://w3id.org/policygraph/id/source/vragen/sv-0087%20x.txt";
        assertEquals(Optional.of("/id/source/vragen/sv-0087%20x.txt"), Links.href(NodeFactory.createURI(iri)));
        assertEquals(Optional.of(NodeFactory.createURI(iri)), Links.resource("/id/source/vragen/sv-0087%20x.txt"));
        assertEquals(Optional.of("/def#askedBy"), Links.href(NodeFactory.createURI("https://w3id.org/policygraph/def#askedBy")));
        assertEquals(Optional.of("/def"), Links.href(NodeFactory.createURI("https://w3id.org/policygraph/def")));
        assertEquals(Optional.of("http://qudt.org/vocab/unit/CCY_EUR"), Links.href(NodeFactory.createURI("http://qudt.org/vocab/unit/CCY_EUR")));
    }

    @Test
    void whatCannotBeOneOfOurIrisIsNoResource() {
        assertEquals(Optional.empty(), Links.resource("/id/"));
        assertEquals(Optional.empty(), Links.resource("/id/a b"));
        assertEquals(Optional.empty(), Links.resource("/id/<script>"));
        assertEquals(Optional.empty(), Links.href(NodeFactory.createURI("javascript:alert(1)")));
        assertEquals(Optional.empty(), Links.href(NodeFactory.createBlankNode()));
    }
}
