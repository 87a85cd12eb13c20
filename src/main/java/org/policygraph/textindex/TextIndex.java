package org.policygraph.textindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.system.Txn;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of a store's searchable literals, one entry per literal (subject, predicate,
 * literal, document graph) and one marker per graph with the document version it holds.
 * <p>
 * Writers keep it in step in three steps around their store transaction:
 * <pre>{@code
 * index.willChange(graphs);              // journal, forced to disk
 * Txn.executeWrite(dsg, () -> ...);      // the store's commit
 * index.put(graph, contents); ...        // or index.refresh(dsg, graphs) when the commit failed
 * index.commit();                        // Lucene's commit, then the journal is cleared
 * }</pre>
 * {@link #openFor} replays what a killed process left in the journal. Not tied to TDB2's files:
 * after a compaction or a restore, call {@link #reconcile} (differences only) or {@link #rebuild}.
 */
public final class TextIndex implements AutoCloseable {

    /** Where a dataset's context holds its index, for {@code text:query}. */
    public static final Symbol CONTEXT = Symbol.create("https://w3id.org/policygraph/def#textIndex");

    /**
     * Lucene says on every start that the incubating vector module is not enabled; it only speeds
     * up vector search, which is not used here. Held here so that the setting is not collected.
     */
    private static final java.util.logging.Logger VECTOR_NOTICE =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    static {
        VECTOR_NOTICE.setLevel(java.util.logging.Level.OFF);
    }

    private static final String INDEX_FOLDER = "index";
    private static final String JOURNAL = "pending";

    private final Path folder;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final PendingGraphs pending;

    private TextIndex(Path folder) throws IOException {
        this.folder = folder;
        Files.createDirectories(folder.resolve(INDEX_FOLDER));
        directory = FSDirectory.open(folder.resolve(INDEX_FOLDER));
        IndexWriterConfig config = new IndexWriterConfig(TextFields.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(64);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
        pending = new PendingGraphs(folder.resolve(JOURNAL));
    }

    /** The index's folder for the store in {@code storeDir}. */
    public static Path folderOf(Path storeDir) {
        return storeDir.resolve("text");
    }

    /** Opens (creating when needed) the index in {@code folder}, without looking at any store. */
    public static TextIndex open(Path folder) {
        try {
            return new TextIndex(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the text index " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the index of the store in {@code storeDir} and brings it in step with {@code dsg}: a
     * new index of a store with documents is built, the graphs a killed writer left in the journal
     * are re-read, and a count of indexed graphs that differs from the store's starts a
     * {@link #reconcile}.
     */
    public static TextIndex openFor(Path storeDir, DatasetGraph dsg) {
        Path folder = folderOf(storeDir);
        boolean existed = hasIndex(folder.resolve(INDEX_FOLDER));
        TextIndex index = open(folder);
        try {
            if (!existed)
                index.rebuild(dsg);
            else {
                index.replayJournal(dsg);
                if (index.graphCount() != storedGraphCount(dsg))
                    index.reconcile(dsg);
            }
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        return index;
    }

    /** The folder the index and its journal live in. */
    public Path folder() {
        return folder;
    }

    /** Records, durably, that {@code graphs} are about to change in the store: call before its commit. */
    public synchronized void willChange(Collection<Node> graphs) {
        List<String> names = new ArrayList<>(graphs.size());
        for (Node g : graphs)
            names.add(g.getURI());
        try {
            pending.add(names);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the text index journal in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the entries of {@code graph} with the indexed literals of {@code contents} (empty: removes it); not yet committed. */
    public synchronized void put(Node graph, Graph contents) {
        try {
            writer.deleteDocuments(new Term(TextFields.GRAPH, graph.getURI()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the text index " + folder + ": " + e.getMessage(), e);
        }
        add(graph, contents);
    }

    /**
     * Adds the indexed literals of {@code contents} for a graph the index does not hold (a bulk build
     * into a new index): without {@link #put}'s delete, which Lucene would otherwise resolve against
     * every segment at each flush. Not yet committed.
     */
    public synchronized void add(Node graph, Graph contents) {
        try {
            if (contents.isEmpty())
                return;
            String g = graph.getURI();
            for (TextEntry e : IndexedLiterals.of(contents))
                writer.addDocument(entry(g, e));
            Document marker = new Document();
            marker.add(new StringField(TextFields.KIND, TextFields.KIND_GRAPH, Field.Store.NO));
            marker.add(new StringField(TextFields.GRAPH, g, Field.Store.YES));
            marker.add(new StoredField(TextFields.VERSION, IndexedLiterals.version(contents)));
            writer.addDocument(marker);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the text index " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Document entry(String graph, TextEntry e) {
        Document d = new Document();
        d.add(new StringField(TextFields.KIND, TextFields.KIND_LITERAL, Field.Store.NO));
        d.add(new StringField(TextFields.GRAPH, graph, Field.Store.YES));
        d.add(new StringField(TextFields.SUBJECT, nodeKey(e.subject()), Field.Store.YES));
        d.add(new StringField(TextFields.PREDICATE, e.predicate().getURI(), Field.Store.YES));
        d.add(new StringField(TextFields.LANG, e.lang(), Field.Store.YES));
        d.add(new StoredField(TextFields.LITERAL, e.text()));
        d.add(new TextField(TextFields.TEXT, e.text(), Field.Store.NO));
        d.add(new TextField(TextFields.EXACT, e.text(), Field.Store.NO));
        return d;
    }

    /** Makes every change since the last commit durable and visible, then clears the journal. */
    public synchronized void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
            pending.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the text index " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Re-reads {@code graphs} from the store (whatever it holds now) into the index, and commits. */
    public synchronized void refresh(DatasetGraph dsg, Collection<Node> graphs) {
        Txn.executeRead(dsg, () -> {
            for (Node g : graphs)
                put(g, dsg.getGraph(g));
        });
        commit();
    }

    private void replayJournal(DatasetGraph dsg) {
        Set<String> names;
        try {
            names = pending.read();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the text index journal in " + folder + ": " + e.getMessage(), e);
        }
        List<Node> graphs = new ArrayList<>();
        for (String n : names)
            graphs.add(NodeFactory.createURI(n));
        refresh(dsg, graphs);
    }

    /** What {@link #reconcile} did: graphs re-read from the store and graphs removed from the index. */
    public record Reconciliation(int reindexed, int removed) {
    }

    /**
     * Compares the document version of every graph in the store with the one indexed, re-reads the
     * graphs that differ or are missing and removes graphs the store no longer has: for after a
     * compaction, a restore or writes that bypassed this index.
     */
    public synchronized Reconciliation reconcile(DatasetGraph dsg) {
        Map<String, String> indexed = indexedVersions();
        List<Node> changed = new ArrayList<>();
        Set<String> stored = new HashSet<>();
        Txn.executeRead(dsg, () -> {
            for (Node g : DocumentGraphs.of(dsg)) {
                stored.add(g.getURI());
                String version = IndexedLiterals.version(dsg.getGraph(g));
                if (!version.equals(indexed.get(g.getURI())))
                    changed.add(g);
            }
        });
        List<Node> gone = new ArrayList<>();
        for (String g : indexed.keySet())
            if (!stored.contains(g))
                gone.add(NodeFactory.createURI(g));
        List<Node> all = new ArrayList<>(changed);
        all.addAll(gone);
        refresh(dsg, all);
        return new Reconciliation(changed.size(), gone.size());
    }

    /** Throws the index away and indexes every document graph of the store again; returns the number of graphs. */
    public synchronized long rebuild(DatasetGraph dsg) {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the text index " + folder + ": " + e.getMessage(), e);
        }
        long n = Txn.calculateRead(dsg, () -> {
            long count = 0;
            for (Node g : DocumentGraphs.of(dsg)) {
                put(g, dsg.getGraph(g));
                count++;
            }
            return count;
        });
        commit();
        return n;
    }

    private static long storedGraphCount(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> DocumentGraphs.of(dsg).size());
    }

    /** The number of graphs the index holds. */
    public long graphCount() {
        return withSearcher(s -> (long) s.count(new TermQuery(new Term(TextFields.KIND, TextFields.KIND_GRAPH))));
    }

    private Map<String, String> indexedVersions() {
        return withSearcher(s -> {
            Map<String, String> versions = new HashMap<>();
            TermQuery markers = new TermQuery(new Term(TextFields.KIND, TextFields.KIND_GRAPH));
            TopDocs top = s.search(markers, Math.max(1, s.count(markers)));
            StoredFields fields = s.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = fields.document(sd.doc);
                versions.put(d.get(TextFields.GRAPH), d.get(TextFields.VERSION));
            }
            return versions;
        });
    }

    /**
     * Searches with a Lucene query ({@code zorg*}, {@code "duaal leren"}, {@code exact:*subsidie*});
     * each of {@code predicate}, {@code graph}, {@code subject} and {@code lang} narrows the hits when
     * not null; {@code limit} below 1 means all hits. Best first.
     *
     * @throws IllegalArgumentException when the query is not valid Lucene syntax
     */
    public List<TextHit> search(String queryText, Node predicate, Node graph, Node subject, String lang, int limit) {
        return search(parse(queryText), predicate == null ? List.of() : List.of(predicate), graph, subject, lang, limit);
    }

    /**
     * As {@link #search(String, Node, Node, Node, String, int)}, narrowed to literals of any of
     * {@code predicates}: one search, where one per predicate would expand the query's wildcards
     * once per predicate.
     *
     * @throws IllegalArgumentException when the query is not valid Lucene syntax
     */
    public List<TextHit> search(String queryText, Collection<Node> predicates, int limit) {
        return search(parse(queryText), predicates, null, null, null, limit);
    }

    private static Query parse(String queryText) {
        try {
            QueryParser parser = new QueryParser(TextFields.TEXT, TextFields.analyzer());
            parser.setAllowLeadingWildcard(true);
            return parser.parse(queryText);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a valid text query '" + queryText + "': " + e.getMessage(), e);
        }
    }

    private List<TextHit> search(Query parsed, Collection<Node> predicates, Node graph, Node subject, String lang, int limit) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(parsed, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(TextFields.KIND, TextFields.KIND_LITERAL)), BooleanClause.Occur.FILTER);
        if (!predicates.isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (Node p : predicates)
                any.add(new TermQuery(new Term(TextFields.PREDICATE, p.getURI())), BooleanClause.Occur.SHOULD);
            b.add(any.build(), BooleanClause.Occur.FILTER);
        }
        if (graph != null)
            b.add(new TermQuery(new Term(TextFields.GRAPH, graph.isURI() ? graph.getURI() : graph.toString())), BooleanClause.Occur.FILTER);
        if (subject != null)
            b.add(new TermQuery(new Term(TextFields.SUBJECT, nodeKey(subject))), BooleanClause.Occur.FILTER);
        if (lang != null)
            b.add(new TermQuery(new Term(TextFields.LANG, lang)), BooleanClause.Occur.FILTER);
        Query query = b.build();
        return withSearcher(s -> {
            int n = limit > 0 ? limit : Math.max(1, s.count(query));
            TopDocs top = s.search(query, n);
            StoredFields fields = s.storedFields();
            List<TextHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = fields.document(sd.doc);
                String l = d.get(TextFields.LANG);
                Node literal = l == null || l.isEmpty() ? NodeFactory.createLiteralString(d.get(TextFields.LITERAL))
                        : NodeFactory.createLiteralLang(d.get(TextFields.LITERAL), l);
                hits.add(new TextHit(node(d.get(TextFields.SUBJECT)), sd.score, literal,
                        NodeFactory.createURI(d.get(TextFields.GRAPH)), NodeFactory.createURI(d.get(TextFields.PREDICATE))));
            }
            return hits;
        });
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the text index " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String nodeKey(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }

    private static Node node(String key) {
        return key.startsWith("_:") ? NodeFactory.createBlankNode(key.substring(2)) : NodeFactory.createURI(key);
    }

    /** Closes the index, dropping uncommitted changes (the journal still names their graphs). */
    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.rollback();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the text index " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code dir} holds a committed Lucene index. */
    private static boolean hasIndex(Path dir) {
        if (!Files.isDirectory(dir))
            return false;
        try (FSDirectory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        } catch (IOException e) {
            return false;
        }
    }
}
