package org.policygraph.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class RdfFormatTest {

    @Test
    void browsersGetHtmlAndRdfClientsTheirRdf() {
        assertEquals(Optional.of(RdfFormat.HTML), RdfFormat.choose(null, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertEquals(Optional.of(RdfFormat.HTML), RdfFormat.choose(null, "*/*"));
        assertEquals(Optional.of(RdfFormat.HTML), RdfFormat.choose(null, null));
        assertEquals(Optional.of(RdfFormat.TURTLE), RdfFormat.choose(null, "text/turtle"));
        assertEquals(Optional.of(RdfFormat.TURTLE), RdfFormat.choose(null, "text/turtle;q=0.9, application/ld+json;q=0.5, */*;q=0.1"));
        assertEquals(Optional.of(RdfFormat.JSONLD), RdfFormat.choose(null, "application/ld+json, text/turtle;q=0.5"));
        assertEquals(Optional.of(RdfFormat.NTRIPLES), RdfFormat.choose(null, "application/n-triples"));
        assertEquals(Optional.of(RdfFormat.RDFXML), RdfFormat.choose(null, "application/rdf+xml"));
        assertEquals(Optional.of(RdfFormat.TURTLE), RdfFormat.choose(null, "text/*;q=0.5, text/html;q=0.1"));
    }

    @Test
    void theFormatParameterWinsAndNothingFittingIsEmpty() {
        assertEquals(Optional.of(RdfFormat.RDFXML), RdfFormat.choose("rdf", "text/html"));
        assertEquals(Optional.empty(), RdfFormat.choose("pdf", null));
        assertEquals(Optional.empty(), RdfFormat.choose(null, "image/png"));
        assertEquals(Optional.empty(), RdfFormat.choose(null, "text/html;q=0"));
    }
}
