package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.testing.Corpora;
import org.policygraph.testing.Rdf4j;

@Tag("store")
class ExporterTest {

    @TempDir
    Path tmp;
    private PolicyGraphStore store;

    @BeforeEach
    void setUp() {
        store = PolicyGraphStore.open(tmp.resolve("store"));
        IngestReport r = Ingester.builder(store).build().ingest(List.of(Corpora.examples()));
        assertTrue(r.ok(), r.failures().toString());
        // The same person occurs in several documents: the union must still hold each triple once.
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private byte[] export(ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(store, format, out);
        return out.toByteArray();
    }

    private Graph union() {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().getUnionGraph().find().forEachRemaining(g::add);
            return g;
        });
    }

    private DatasetGraph copyOfStore() {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            store.dataset().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    @Test
    void turtleExportReadByRdf4jIsIsomorphicToTheUnionGraph() {
        byte[] ttl = export(ExportFormat.TTL);
        String text = new String(ttl, StandardCharsets.UTF_8);
        assertTrue(text.contains("PREFIX pg:") || text.contains("@prefix pg:"), "carries the ontology's prefixes");
        Graph union = union();
        assertTrue(union.size() > 100);
        var exported = Rdf4j.parseTurtle(ttl);
        assertEquals(union.size(), exported.size(), "each triple once");
        assertTrue(Rdf4j.isomorphic(Rdf4j.fromJena(union), exported));
    }

    @Test
    void exportsAreDeterministic() {
        for (ExportFormat f : ExportFormat.values())
            assertArrayEquals(export(f), export(f), f.toString());
    }

    @Test
    void quadFormatsRoundTripToTheWholeDataset() {
        DatasetGraph expected = copyOfStore();
        for (ExportFormat f : List.of(ExportFormat.TRIG, ExportFormat.NQ, ExportFormat.JSONLD)) {
            Lang lang = switch (f) {
                case TRIG -> Lang.TRIG;
                case NQ -> Lang.NQUADS;
                default -> Lang.JSONLD;
            };
            DatasetGraph read = DatasetGraphFactory.createGeneral();
            RDFParser.source(new ByteArrayInputStream(export(f))).lang(lang).parse(read);
            assertTrue(IsoMatcher.isomorphic(expected, read), f + " export differs from the store");
        }
    }

    @Test
    void trigAndNQuadsLoadIntoAnEmptyStoreGraphByGraph() {
        DatasetGraph expected = copyOfStore();
        for (ExportFormat f : List.of(ExportFormat.TRIG, ExportFormat.NQ)) {
            byte[] dump = export(f);
            try (PolicyGraphStore empty = PolicyGraphStore.open(tmp.resolve("reloaded-" + f))) {
                Txn.executeWrite(empty.dataset(), () -> RDFParser.source(new ByteArrayInputStream(dump))
                        .lang(f == ExportFormat.TRIG ? Lang.TRIG : Lang.NQUADS).parse(empty.dataset()));
                Txn.executeRead(empty.dataset(), () -> {
                    List<org.apache.jena.graph.Node> names = new java.util.ArrayList<>();
                    expected.listGraphNodes().forEachRemaining(names::add);
                    List<org.apache.jena.graph.Node> reloaded = new java.util.ArrayList<>();
                    empty.dataset().listGraphNodes().forEachRemaining(reloaded::add);
                    assertEquals(names.size(), reloaded.size(), f + ": same number of graphs");
                    for (org.apache.jena.graph.Node g : names)
                        assertTrue(expected.getGraph(g).isIsomorphicWith(empty.dataset().getGraph(g)), f + ": graph " + g);
                });
            }
        }
    }
}
