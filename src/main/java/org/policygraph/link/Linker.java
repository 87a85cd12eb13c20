package org.policygraph.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.policygraph.link.CorpusFacts.QuestionFact;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.WriteGate;

/**
 * The link step: reads the extracted facts of a whole store and writes what links them, into two
 * named graphs of their own, replaced whole on every run and never read by ingest:
 * {@link LinkIris#CORPUS_GRAPH} (persons' name variants, posts and their holders, questions' posts,
 * NIS codes from a code list) and {@link LinkIris#EXTERNAL_GRAPH} ({@code owl:sameAs} and
 * {@code skos:exactMatch} to items of reference sources). Every link carries its method, score and
 * time (PROV); ambiguous candidates are recorded for review and reported.
 * <pre>{@code
 * LinkReport r = Linker.create(store)
 *         .codeList(NisCodeList.read(List.of(Path.of("TU_COM_REFNIS.txt"))))
 *         .source(ReferenceSource.endpoint(ReferenceSource.WIKIDATA, Duration.ofSeconds(60)))
 *         .run();
 * }</pre>
 */
public final class Linker {

    private final PolicyGraphStore store;
    private NisCodeList codeList = NisCodeList.empty();
    private final List<Node> codeListFiles = new ArrayList<>();
    private final List<ReferenceSource> sources = new ArrayList<>();
    private Clock clock = Clock.systemUTC();

    private Linker(PolicyGraphStore store) {
        this.store = Objects.requireNonNull(store);
    }

    /** A linker over {@code store}, with no code list and no sources yet. */
    public static Linker create(PolicyGraphStore store) {
        return new Linker(store);
    }

    /** The REFNIS code list (and merger lists) read from {@code files}. */
    public Linker codeList(List<Path> files) {
        this.codeList = NisCodeList.read(files);
        for (Path f : files)
            codeListFiles.add(LinkIris.referenceFile(f.getFileName().toString(), sha256(f)));
        return this;
    }

    /** Adds a reference source to look persons and places up in. */
    public Linker source(ReferenceSource source) {
        sources.add(Objects.requireNonNull(source));
        return this;
    }

    /** The clock for link times (fixed in tests, so that two runs give the same graph). */
    public Linker clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        return this;
    }

    /**
     * Runs the step: reads the store, looks up, and replaces both link graphs in one transaction.
     * When a source cannot be reached, the corpus graph is still replaced, the external graph is
     * left as it was, and the report says why ({@link LinkReport#unavailable()}).
     */
    public LinkReport run() {
        Instant started = clock.instant();
        DatasetGraph dsg = store.dataset();
        CorpusFacts facts = CorpusFacts.read(dsg);

        LinkGraph corpus = new LinkGraph(LinkIris.CORPUS_GRAPH, started);
        PersonIdentity persons = PersonIdentity.resolve(facts.persons());
        persons.links().forEach(corpus::link);
        persons.ambiguities().forEach(corpus::review);
        Posts posts = Posts.write(facts, persons, corpus);
        PlaceCodes codes = PlaceCodes.write(facts, codeList, corpus);

        LinkGraph external = new LinkGraph(LinkIris.EXTERNAL_GRAPH, started);
        Reconciler reconciler = new Reconciler(sources);
        java.util.Optional<String> unavailable = java.util.Optional.empty();
        if (!sources.isEmpty()) {
            try {
                reconciler.persons(personQueries(facts, persons, posts), external);
                reconciler.places(facts.places(), codes.codes(), external);
            } catch (SourceUnavailableException e) {
                // Offline: the corpus graph needs no source and is still written; the external graph keeps its last links.
                unavailable = java.util.Optional.of(e.getMessage());
                reconciler = new Reconciler(List.of());
            }
        }
        Instant ended = clock.instant();
        corpus.describeRun(codeListFiles, ended);
        external.describeRun(sources.stream().map(ReferenceSource::iri).toList(), ended);

        List<LinkGraph> written = unavailable.isPresent() ? List.of(corpus) : List.of(corpus, external);
        // Past the write gate, like every writer: under a server a compaction may be copying the store.
        WriteGate.of(dsg).writing(() -> Txn.executeWrite(dsg, () -> {
            for (LinkGraph g : written) {
                dsg.deleteAny(g.name(), Node.ANY, Node.ANY, Node.ANY);
                for (Triple t : g.graph().find().toList())
                    dsg.add(g.name(), t.getSubject(), t.getPredicate(), t.getObject());
            }
        }));

        List<Ambiguity> ambiguities = new ArrayList<>(persons.ambiguities());
        ambiguities.addAll(posts.ambiguities());
        ambiguities.addAll(codes.ambiguities());
        ambiguities.addAll(reconciler.ambiguities());
        long postCount = posts.holdings().stream().map(Posts.Holding::post).distinct().count();
        return new LinkReport(persons.persons().size(), persons.links().size(), (int) postCount, posts.holdings().size(),
                codes.codes().size(), codeList.isEmpty() ? 0 : codes.notFound().size(), corpus.links(),
                unavailable.isPresent() ? 0 : external.links(), reconciler.notFound(), ambiguities, unavailable);
    }

    /** Each canonical person with the dates the corpus shows them asking (member) and in a post (minister). */
    private static List<Reconciler.PersonQuery> personQueries(CorpusFacts facts, PersonIdentity persons, Posts posts) {
        Map<Node, Map<Role, Set<LocalDate>>> roles = new java.util.TreeMap<>(java.util.Comparator.comparing(Node::getURI));
        for (QuestionFact q : facts.questions())
            q.askedBy().ifPresent(a -> roles.computeIfAbsent(persons.canonical(a), k -> Reconciler.roles())
                    .computeIfAbsent(Role.MEMBER, k -> new TreeSet<>()).add(q.date()));
        for (Posts.Holding h : posts.holdings())
            roles.computeIfAbsent(h.person(), k -> Reconciler.roles())
                    .computeIfAbsent(Role.MINISTER, k -> new TreeSet<>()).addAll(h.dates());
        for (QuestionFact q : facts.questions())
            q.addressee().ifPresent(a -> roles.computeIfAbsent(persons.canonical(a), k -> Reconciler.roles())
                    .computeIfAbsent(Role.MINISTER, k -> new TreeSet<>()).add(q.date()));
        List<Reconciler.PersonQuery> out = new ArrayList<>();
        for (Node p : persons.persons())
            persons.name(p).ifPresent(name -> out.add(new Reconciler.PersonQuery(p, name,
                    roles.getOrDefault(p, Reconciler.roles()))));
        return out;
    }

    private static String sha256(Path f) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + f + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
