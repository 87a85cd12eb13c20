package org.policygraph.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.rdf.HarvestMapping;
import org.policygraph.rdf.HarvestMapping.DocumentQuestion;
import org.policygraph.rdf.Iris;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.SummaryUpdate;
import org.policygraph.store.WriteGate;
import org.policygraph.text.SourceFiles;
import org.policygraph.text.SourceFiles.SourceFile;

/**
 * Puts a folder of saved records and PDFs into the store, without the network: ingests the PDFs
 * (unchanged ones are skipped), then writes each record's metadata graph, joined to the question
 * its own PDFs gave. A record is a {@code .json} file with a {@code /schv/{id}} detail; its PDFs are
 * the PDFs of its folder (a harvest's {@code {id}/vraag.json} layout), or, in a folder of several
 * records, the PDFs whose names begin with the record's file name ({@code 1234.json},
 * {@code 1234-antwoord.pdf}). Members are read from {@code vv/{id}.json} when present.
 */
public final class HarvestImport {

    /** What an import did. */
    public record Result(int records, int metadataGraphs, int joined, Map<String, String> failed, IngestReport ingest) {
    }

    /** Metadata graphs per write transaction: a whole corpus's would not fit in memory at once. */
    private static final int BATCH = 1000;

    private final PolicyGraphStore store;
    private Clock clock = Clock.systemUTC();

    public HarvestImport(PolicyGraphStore store) {
        this.store = store;
    }

    /** The clock for the harvest time written in the graphs (fixed in tests). */
    public HarvestImport clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** Imports {@code root}. */
    public Result importFolder(Path root) {
        Map<String, String> failed = new java.util.LinkedHashMap<>();
        List<Path> recordFiles = recordFiles(root);
        IngestReport ingest = Ingester.builder(store).build().ingest(List.of(root));
        Map<Path, String> keys = new HashMap<>();
        for (SourceFile f : SourceFiles.discover(List.of(root)))
            keys.put(f.path().toAbsolutePath().normalize(), f.key());
        Instant now = clock.instant();
        List<Node> names = new ArrayList<>();
        List<Graph> graphs = new ArrayList<>();
        int joined = 0;
        int written = 0;
        DatasetGraph dsg = store.dataset();
        RecordPdfs pdfs = new RecordPdfs();
        for (Path file : recordFiles) {
            String name = root.relativize(file).toString().replace('\\', '/');
            QuestionRecord r;
            try {
                r = RecordReader.question(Files.readString(file, StandardCharsets.UTF_8), "");
            } catch (HarvestException e) {
                failed.put(name, e.getMessage());
                continue;
            } catch (IOException | UncheckedIOException e) {
                failed.put(name, "cannot be read: " + e.getMessage());
                continue;
            }
            Optional<DocumentQuestion> doc = Optional.empty();
            for (Path pdf : pdfs.of(file))
                if (doc.isEmpty()) {
                    String key = keys.get(pdf.toAbsolutePath().normalize());
                    if (key != null)
                        doc = Txn.calculateRead(dsg, () -> documentQuestion(dsg, key));
                }
            if (doc.isPresent())
                joined++;
            Optional<MemberRecord> member = r.asker().flatMap(PersonRef::id).flatMap(id -> member(root, id));
            names.add(HarvestMapping.graphName(r.id()));
            graphs.add(HarvestMapping.map(r, member, doc, now));
            written++;
            if (names.size() >= BATCH)
                replace(dsg, names, graphs);
        }
        replace(dsg, names, graphs);
        return new Result(recordFiles.size(), written, joined, failed, ingest);
    }

    /** Replaces the named graphs with their new content in one transaction, and empties the lists. */
    private static void replace(DatasetGraph dsg, List<Node> names, List<Graph> graphs) {
        // Past the write gate, one batch at a time like the ingester: under a server a compaction may be copying the store.
        // The summaries over the union (open questions per member, names) follow in the same transaction.
        WriteGate.of(dsg).writing(() -> Txn.executeWrite(dsg, () -> {
            SummaryUpdate summaries = SummaryUpdate.begin(dsg);
            for (int i = 0; i < names.size(); i++) {
                Node g = names.get(i);
                summaries.replacingMetadata(g, graphs.get(i));
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                for (Triple t : graphs.get(i).find().toList())
                    dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
            }
            summaries.finish();
        }));
        names.clear();
        graphs.clear();
    }

    /** The question the document with this key holds (the one read from it, not one it cites). */
    static Optional<DocumentQuestion> documentQuestion(DatasetGraph dsg, String key) {
        String q = """
                PREFIX pg: <https://w3id.org/policygraph/def#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?q ?number ?date ?minister ?asker WHERE {
                  GRAPH <%s> { ?q a pg:WrittenQuestion ; prov:wasDerivedFrom <%s> .
                    OPTIONAL { ?q pg:questionNumber ?number } OPTIONAL { ?q dcterms:date ?date }
                    OPTIONAL { ?q pg:addressedTo/foaf:name ?minister } OPTIONAL { ?q pg:askedBy/foaf:name ?asker } }
                } ORDER BY ?q LIMIT 1""".formatted(Iris.documentGraph(key).getURI(), Iris.source(key).getURI());
        try (QueryExec qe = QueryExec.dataset(dsg).query(QueryFactory.create(q)).build()) {
            RowSet rs = qe.select();
            if (!rs.hasNext())
                return Optional.empty();
            Binding b = rs.next();
            return Optional.of(new DocumentQuestion(b.get("q"), lexical(b, "number"),
                    lexical(b, "date").flatMap(JsonValues::date), lexical(b, "minister"), lexical(b, "asker")));
        }
    }

    private static Optional<String> lexical(Binding b, String var) {
        Node n = b.get(var);
        return n == null || !n.isLiteral() ? Optional.empty() : Optional.of(n.getLiteralLexicalForm());
    }

    private static Optional<MemberRecord> member(Path root, String id) {
        Path f = root.resolve(new HarvestFolder(root).member(id));
        if (!Files.isRegularFile(f))
            return Optional.empty();
        try {
            return Optional.of(RecordReader.member(Files.readString(f, StandardCharsets.UTF_8), id));
        } catch (IOException | HarvestException e) {
            return Optional.empty();
        }
    }

    /** The record files under {@code root}: {@code .json} files outside {@code vv/}. */
    static List<Path> recordFiles(Path root) {
        if (!Files.isDirectory(root))
            throw new UncheckedIOException(new IOException(root + ": no such folder"));
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !root.relativize(p).startsWith("vv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the folder " + root + ": " + e.getMessage(), e);
        }
    }
}
