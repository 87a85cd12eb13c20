package org.policygraph.textindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.Nif;
import org.policygraph.rdf.PG;
import org.policygraph.store.PolicyGraphStore;

@Tag("store")
class TextIndexTest {

    @TempDir
    Path tmp;

    private static final Node DOC_A = Iris.documentGraph("a.txt");
    private static final Node DOC_B = Iris.documentGraph("b.txt");

    /** A document graph of our own: a record with key and hash, a question with a title and a text, a figure in a sentence. */
    private static Graph document(String key, String sha, String title, String text, String sentence) {
        Graph g = GraphFactory.createDefaultGraph();
        Node doc = NodeFactory.createURI(PG.ID + "doc/" + key);
        g.add(doc, PG.documentKey, NodeFactory.createLiteralString(key));
        g.add(doc, PG.sha256, NodeFactory.createLiteralString(sha));
        g.add(doc, PG.parserVersion, NodeFactory.createLiteralString("t1"));
        Node q = NodeFactory.createURI(PG.ID + "q/" + key);
        g.add(q, IndexedLiterals.TITLE, NodeFactory.createLiteralString(title));
        g.add(q, PG.text, NodeFactory.createLiteralString(text));
        Node f = NodeFactory.createURI(PG.ID + "f/" + key);
        Node span = NodeFactory.createURI(PG.ID + "span/" + key + "/s");
        Node mention = NodeFactory.createURI(PG.ID + "span/" + key + "/m");
        g.add(f, PG.measure, NodeFactory.createLiteralString("werkingssubsidie voor jeugdhuizen"));
        g.add(f, PG.inSentence, span);
        g.add(span, Nif.anchorOf, NodeFactory.createLiteralString(sentence));
        g.add(mention, Nif.anchorOf, NodeFactory.createLiteralString("Genk"));
        return g;
    }

    /** Writes the graph into the store the way the ingest does: journal, store commit, index, index commit. */
    private static void write(PolicyGraphStore store, Node name, Graph g) {
        DatasetGraph dsg = store.dataset();
        store.textIndex().willChange(List.of(name));
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        store.textIndex().put(name, g);
        store.textIndex().commit();
    }

    private static List<String> subjects(PolicyGraphStore store, String query) {
        return store.textIndex().search(query, null, null, null, null, 0).stream()
                .map(h -> h.subject().getURI().substring(PG.ID.length())).sorted().toList();
    }

    @Test
    void searchNarrowedToSeveralPredicatesReturnsTheirLiteralsOnly() {
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            // "subsidie" is in the text and the sentence of a, the measure of both, the title of b.
            write(store, DOC_A, document("a.txt", "1", "Fietspaden", "Hoeveel subsidie ging naar fietspaden?",
                    "De subsidie bedroeg 2 miljoen euro."));
            write(store, DOC_B, document("b.txt", "2", "Subsidie voor jeugdhuizen", "Welke steun krijgen jeugdhuizen?",
                    "Genk kreeg niets."));
            String q = "exact:*subsidie*";
            List<String> narrowed = store.textIndex().search(q, List.of(IndexedLiterals.TITLE, PG.text), 0).stream()
                    .map(h -> h.predicate().getURI() + " " + h.subject().getURI().substring(PG.ID.length())).sorted().toList();
            assertEquals(List.of(IndexedLiterals.TITLE.getURI() + " q/b.txt", PG.text.getURI() + " q/a.txt"), narrowed);
            assertEquals(5, store.textIndex().search(q, null, null, null, null, 0).size(), "two measures and a sentence besides");
            assertEquals(1, store.textIndex().search(q, List.of(IndexedLiterals.TITLE, PG.text), 1).size());
        }
    }

    @Test
    void findsStemmedWordsPrefixesAndSubstringsButNotOtherSpans() {
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            write(store, DOC_A, document("a.txt", "1", "Zorgverzekering en zorgen", "Hoeveel subsidie ging naar fietspaden?",
                    "De gemeente Genk kreeg 2 miljoen euro."));
            assertEquals(List.of("q/a.txt"), subjects(store, "fietspad"), "Dutch stemming: fietspad finds fietspaden");
            assertEquals(List.of("q/a.txt"), subjects(store, "zorg*"));
            assertEquals(List.of("f/a.txt"), subjects(store, "exact:*subsidie* -exact:subsidie"), "a word containing the string");
            assertEquals(List.of("span/a.txt/s"), subjects(store, "miljoen"), "sentences are indexed");
            assertEquals(List.of("span/a.txt/s"), subjects(store, "genk"), "other spans (mentions) are not");
            List<TextHit> titles = store.textIndex().search("zorg*", IndexedLiterals.TITLE, null, null, null, 10);
            assertEquals(1, titles.size());
            assertEquals("Zorgverzekering en zorgen", titles.get(0).literal().getLiteralLexicalForm());
            assertEquals(DOC_A, titles.get(0).graph());
            assertTrue(store.textIndex().search("fietspaden", IndexedLiterals.TITLE, null, null, null, 10).isEmpty(),
                    "the predicate narrows the search");
        }
    }

    @Test
    void replacingADocumentDropsItsOldWords() {
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            write(store, DOC_A, document("a.txt", "1", "Over fietspaden", "tekst", "zin"));
            write(store, DOC_A, document("a.txt", "2", "Over zwembaden", "tekst", "zin"));
            assertEquals(List.of(), subjects(store, "fietspaden"));
            assertEquals(List.of("q/a.txt"), subjects(store, "zwembaden"));
            assertEquals(1, store.textIndex().graphCount());
            write(store, DOC_A, GraphFactory.createDefaultGraph());
            assertEquals(List.of(), subjects(store, "zwembaden"), "a removed document is not found");
            assertEquals(0, store.textIndex().graphCount());
        }
    }

    @Test
    void aWriterKilledAfterTheStoreCommitIsCaughtUpOnOpen() throws Exception {
        Path dir = tmp.resolve("store");
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            write(store, DOC_A, document("a.txt", "1", "Over fietspaden", "tekst", "zin"));
            // The store commits, the process "dies" before the index does: only the journal knows.
            DatasetGraph dsg = store.dataset();
            Graph next = document("a.txt", "2", "Over zwembaden", "tekst", "zin");
            store.textIndex().willChange(List.of(DOC_A));
            Txn.executeWrite(dsg, () -> {
                dsg.deleteAny(DOC_A, Node.ANY, Node.ANY, Node.ANY);
                next.find().forEachRemaining(t -> dsg.add(DOC_A, t.getSubject(), t.getPredicate(), t.getObject()));
            });
            store.textIndex().put(DOC_A, next);
            assertTrue(Files.size(TextIndex.folderOf(dir).resolve("pending")) > 0);
        }
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            assertEquals(List.of("q/a.txt"), subjects(store, "zwembaden"));
            assertEquals(List.of(), subjects(store, "fietspaden"));
            assertEquals(0, Files.size(TextIndex.folderOf(dir).resolve("pending")), "the journal is cleared");
        }
    }

    @Test
    void anIndexThatMissesGraphsIsReconciledOnOpenAndAMissingIndexRebuilt() throws Exception {
        Path dir = tmp.resolve("store");
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            write(store, DOC_A, document("a.txt", "1", "Over fietspaden", "tekst", "zin"));
            // A writer that bypassed the index (no journal): the count on open differs.
            Graph b = document("b.txt", "1", "Over zwembaden", "tekst", "zin");
            Txn.executeWrite(store.dataset(), () -> b.find().forEachRemaining(
                    t -> store.dataset().add(DOC_B, t.getSubject(), t.getPredicate(), t.getObject())));
        }
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            assertEquals(List.of("q/b.txt"), subjects(store, "zwembaden"));
        }
        // A store without an index (say, restored from a backup): built on open.
        try (var files = Files.walk(TextIndex.folderOf(dir))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList())
                Files.delete(p);
        }
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            assertEquals(List.of("q/a.txt", "q/b.txt"), subjects(store, "exact:over"), "over is a Dutch stop word: only the exact field has it");
        }
    }

    @Test
    void reconcileRereadsOnlyChangedVersions() {
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            write(store, DOC_A, document("a.txt", "1", "Over fietspaden", "tekst", "zin"));
            write(store, DOC_B, document("b.txt", "1", "Over zwembaden", "tekst", "zin"));
            Graph changed = document("b.txt", "2", "Over kusttrams", "tekst", "zin");
            DatasetGraph dsg = store.dataset();
            Txn.executeWrite(dsg, () -> {
                dsg.deleteAny(DOC_B, Node.ANY, Node.ANY, Node.ANY);
                changed.find().forEachRemaining(t -> dsg.add(DOC_B, t.getSubject(), t.getPredicate(), t.getObject()));
            });
            assertEquals(new TextIndex.Reconciliation(1, 0), store.textIndex().reconcile(dsg));
            assertEquals(List.of("q/b.txt"), subjects(store, "kusttrams"));
            assertEquals(List.of(), subjects(store, "zwembaden"));
            Txn.executeWrite(dsg, () -> dsg.deleteAny(DOC_A, Node.ANY, Node.ANY, Node.ANY));
            assertEquals(new TextIndex.Reconciliation(0, 1), store.textIndex().reconcile(dsg));
            assertEquals(List.of(), subjects(store, "fietspaden"));
            assertEquals(new TextIndex.Reconciliation(0, 0), store.textIndex().reconcile(dsg));
        }
    }

    @Test
    void textQueryTakesJenaTextsArgumentShapes() {
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            write(store, DOC_A, document("a.txt", "1", "Zorgverzekering", "Over zorg en scholen", "zin"));
            write(store, DOC_B, document("b.txt", "1", "Zwembaden", "Over zwembaden", "zin"));
            String prefixes = "PREFIX text: <http://jena.apache.org/text#> PREFIX pg: <" + PG.NS + "> "
                    + "PREFIX dcterms: <http://purl.org/dc/terms/> ";
            assertEquals(List.of(PG.ID + "q/a.txt"), column(store, prefixes + "SELECT DISTINCT ?s { ?s text:query 'zorg*' }", "s"),
                    "title and text both match: one hit per literal, as in jena-text");
            assertEquals(List.of("Zorgverzekering"), column(store,
                    prefixes + "SELECT ?lit { (?s ?score ?lit ?g) text:query (dcterms:title 'zorg*' 10) }", "lit"));
            assertEquals(List.of(DOC_B.getURI()), column(store,
                    prefixes + "SELECT DISTINCT ?g { (?s ?score ?lit ?g) text:query ('zwembaden' 10) }", "g"));
            assertEquals(List.of(PG.text.getURI()), column(store,
                    prefixes + "SELECT ?p { (?s ?score ?lit ?g ?p) text:query (pg:text 'scholen') }", "p"));
            assertEquals(List.of(), column(store, prefixes
                    + "SELECT ?s { BIND(<" + PG.ID + "q/b.txt> AS ?s) ?s text:query 'zorg*' }", "s"), "a bound subject narrows");
            assertEquals(List.of(PG.ID + "q/b.txt"), column(store, prefixes + "SELECT DISTINCT ?s { GRAPH <" + DOC_B.getURI()
                    + "> { ?s text:query 'exact:over' } }", "s"), "GRAPH <g> narrows to that graph");
            assertThrows(RuntimeException.class, () -> column(store, prefixes + "SELECT ?s { ?s text:query 'AND (' }", "s"));
        }
    }

    private static List<String> column(PolicyGraphStore store, String query, String var) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset()))
                    .query(query).build()) {
                ResultSet rs = qe.execSelect();
                List<String> out = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    var n = row.get(var);
                    out.add(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
                return out;
            }
        });
    }

    @Test
    void aCompactionLeavesTheIndexInStepAndInUse() {
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            write(store, DOC_A, document("a.txt", "1", "Over fietspaden", "tekst", "zin"));
            // TDB2 moves the data to a new Data-NNNN generation folder; the index is not in it.
            org.policygraph.store.Compaction.run(store, org.policygraph.store.DerivedData.NONE);
            String query = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'fietspaden' }";
            assertEquals(List.of(PG.ID + "q/a.txt"), column(store, query, "s"), "text:query still answers");
            write(store, DOC_A, document("a.txt", "2", "Over zwembaden", "tekst", "zin"));
            assertEquals(List.of(), column(store, query, "s"), "writes after the compaction still reach the index");
            assertEquals(new TextIndex.Reconciliation(0, 0), store.textIndex().reconcile(store.dataset()));
        }
    }

    @Test
    void theIndexLivesOutsideTdbsGenerationFolders() {
        Path dir = tmp.resolve("store");
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            assertEquals(dir.resolve("text"), store.textIndex().folder());
            assertFalse(store.textIndex().folder().getFileName().toString().startsWith("Data-"));
        }
    }
}
