package org.policygraph.store;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Node;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Locale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;

/**
 * One precomputed summary behind a catalogue query: the query that computes it (a data file under
 * {@code summaries/}), and how its rows are kept. Its header says which kind it is:
 * <ul>
 * <li>{@code # summary: per-document}: the query has {@code ?doc} and matches inside each document's
 * graph only, so a document's rows depend on that document alone and are written with it. With
 * {@code # group:} and {@code # measures: name=sum|max|min ...} the rows are contributions, and one total
 * row per group adds them up; without measures the rows are the listing itself.</li>
 * <li>{@code # summary: per-key} with {@code # key: ?var subject|object of <predicate>}: a query
 * over the union of all documents whose rows each belong to one value of {@code ?var}; they are
 * recomputed for the values a changed document has in that place of that predicate, before and
 * after the change. {@code # key: ?var subject of <predicate> <object>} takes only the triples
 * with that object ({@code ?q subject of <rdf:type> <pg:WrittenQuestion>}: the questions a
 * document describes, whatever it says of them). {@code # key: ?a ?b in { pattern }} is a key of
 * several values, found by the pattern in the changed graph; its rows are looked up by the first.
 * {@code # also: { pattern }} binds {@code ?also} to the keys a one-value key ties to in the store,
 * whose rows depend on its data too. With {@code # group:} and {@code # measures:} the rows are
 * contributions to totals, as for per-document summaries.</li>
 * </ul>
 */
record SummaryDefinition(String name, Kind kind, Query query, String text, List<String> group, Map<String, Op> measures,
        Key key) {

    /**
     * What a per-key summary is recomputed for: tuples of values of {@code vars} that a changed graph
     * holds, found by {@code source}, and with {@code also} (or null) the keys each of those ties to
     * in the store: the rows of a key may depend on other keys' data, as a question cited without
     * its minister depends on the question of its number and date that has one.
     */
    record Key(List<String> vars, Source source, Query also) {

        /** Where a graph holds the key's values. */
        sealed interface Source permits OnePlace, Selection {
        }

        /**
         * One place of one predicate: the subjects (or objects) of its triples, those with
         * {@code object} only when that is not {@link Node#ANY}. Read with {@code find}, no query.
         */
        record OnePlace(Node predicate, boolean subject, Node object) implements Source {
        }

        /** A pattern selecting the key's variables, for keys of more than one value. */
        record Selection(Query select) implements Source {
        }

        /** A key of one variable found in one place of a predicate, tied to nothing else. */
        Key(String var, Node predicate, boolean subject, Node object) {
            this(List.of(var), new OnePlace(predicate, subject, object), null);
        }

        /**
         * The keys {@code graph} holds, and those they tie to ({@link #also}) in {@code store}, whose
         * default graph holds the changed graph: a store before a removal or after a write.
         */
        Set<List<Node>> keysOf(Graph graph, DatasetGraph store) {
            Set<List<Node>> keys = new LinkedHashSet<>();
            tuplesIn(graph, keys);
            relatedIn(store, Set.copyOf(keys), keys);
            return keys;
        }

        /** Adds to {@code into} the keys {@code graph} holds, each as its values in the order of {@link #vars} (null for unbound). */
        void tuplesIn(Graph graph, Set<List<Node>> into) {
            switch (source) {
                case OnePlace p -> graph.find(Node.ANY, p.predicate(), p.subject() ? p.object() : Node.ANY)
                        .forEachRemaining(t -> into.add(List.of(p.subject() ? t.getSubject() : t.getObject())));
                case Selection p -> Summaries.select(DatasetGraphFactory.wrap(graph), p.select(), b -> {
                    List<Node> tuple = new ArrayList<>();
                    for (String v : vars)
                        tuple.add(b.get(Var.alloc(v)));
                    into.add(Collections.unmodifiableList(tuple));
                });
            }
        }

        /** Adds to {@code into} the keys that {@code keys} tie to ({@link #also}) in {@code store}. */
        void relatedIn(DatasetGraph store, Set<List<Node>> keys, Set<List<Node>> into) {
            if (also == null || keys.isEmpty())
                return;
            Query q = also.cloneQuery();
            Summaries.restrictTo(q, List.of(Var.alloc(vars.get(0))), keys);
            Summaries.select(store, q, b -> into.add(List.of(b.get(Var.alloc(ALSO)))));
        }
    }

    /** The variable an {@code # also:} pattern binds to the keys a key ties to. */
    static final String ALSO = "also";

    /** How a summary's rows follow the documents. */
    enum Kind { PER_DOCUMENT, PER_KEY }

    /** How contributions of one group add up. */
    enum Op { SUM, MAX, MIN }

    /** The variable of a per-document query naming the document graph. */
    static final String DOC = "doc";

    /**
     * Terms of the summary graph itself ({@link Summaries}), which no column may be named. Here and
     * not in Summaries, whose version is computed from {@link #ALL}: loading the definitions must
     * not need Summaries loaded first.
     */
    static final Set<String> RESERVED = Set.of("rowOf", "contributionOf", "document", "addsTo", "version");

    /**
     * Columns that only one summary may have, by column: catalogue queries find that summary's rows
     * by the column alone ({@code ?named sum:p ?m ; sum:name ?name}), without the row's
     * {@code sum:rowOf}, which was a third index lookup per row of every listing named this way
     * (a sixth of questions-per-month-per-member's time, bench/RESULTS.md).
     */
    static final Map<String, String> OWN_COLUMNS = Map.of("p", "person-names", "grantee", "recipient-names");

    /** The summaries, each named after the catalogue query that reads it (after OWN_COLUMNS, which it checks). */
    static final List<SummaryDefinition> ALL = ownColumnsKept(List.of(
            load("deflections-per-minister"),
            load("euro-amounts-per-minister"),
            load("unanswered-sub-questions"),
            load("questions-per-member"),
            load("questions-per-member-and-minister"),
            load("person-names"),
            load("person-answer-parts"),
            load("responsiveness-per-minister"),
            load("commitments-per-minister"),
            load("documents-per-kind"),
            load("questions-per-month-per-member"),
            load("grants-per-minister-and-year"),
            load("grants-per-recipient-and-year"),
            load("recipient-names"),
            load("cited-questions-not-in-corpus"),
            load("unanswered-questions"),
            load("open-questions-per-member"),
            load("member-vs-minister-figures")));

    /** {@code defs}, once no summary but its owner has an own column ({@link #OWN_COLUMNS}). */
    static List<SummaryDefinition> ownColumnsKept(List<SummaryDefinition> defs) {
        for (SummaryDefinition def : defs)
            for (String v : def.query().getResultVars()) {
                String owner = OWN_COLUMNS.get(v);
                if (owner != null && !owner.equals(def.name()))
                    throw new IllegalStateException("summary " + def.name() + " names a column ?" + v
                            + ", by which catalogue queries find the rows of " + owner + " alone");
            }
        return defs;
    }

    /** Whether the rows are contributions adding up to totals per group. */
    boolean hasTotals() {
        return !measures.isEmpty();
    }

    private static SummaryDefinition load(String name) {
        String text;
        try (InputStream in = SummaryDefinition.class.getResourceAsStream("summaries/" + name + ".rq")) {
            if (in == null)
                throw new IllegalStateException("summary query missing from the build: " + name);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(name, text);
    }

    /** The summary {@code name} defined by {@code text}: a query with its header. */
    static SummaryDefinition parse(String name, String text) {
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("# "))
                continue;
            int colon = line.indexOf(':');
            if (colon > 2 && line.substring(2, colon).matches("[a-z]+"))
                header.put(line.substring(2, colon), line.substring(colon + 1).strip());
        }
        Kind kind = switch (header.getOrDefault("summary", "")) {
            case "per-document" -> Kind.PER_DOCUMENT;
            case "per-key" -> Kind.PER_KEY;
            default -> throw new IllegalStateException("summary " + name + " names no kind ('# summary:')");
        };
        List<String> group = header.containsKey("group") ? List.of(header.get("group").split("\\s+")) : List.of();
        Map<String, Op> measures = new LinkedHashMap<>();
        if (header.containsKey("measures"))
            for (String m : header.get("measures").split("\\s+")) {
                String[] kv = m.split("=");
                measures.put(kv[0], Op.valueOf(kv[1].toUpperCase(Locale.ROOT)));
            }
        Query query = QueryFactory.create(text);
        Key perKey = kind == Kind.PER_KEY ? key(name, header, prologue(query)) : null;
        List<String> vars = new ArrayList<>(query.getResultVars());
        List<String> key = kind == Kind.PER_DOCUMENT ? List.of(DOC) : perKey.vars();
        if (!vars.containsAll(key) || !vars.containsAll(group) || !vars.containsAll(measures.keySet()))
            throw new IllegalStateException("summary " + name + " does not select " + key + ", its group and its measures");
        for (String v : vars)
            if (RESERVED.contains(v))
                throw new IllegalStateException("summary " + name + " names a column ?" + v + ", a term of the summary graph");
        return new SummaryDefinition(name, kind, query, text, group, measures, perKey);
    }

    /**
     * The {@code # key:} of a per-key summary: {@code ?var subject|object of <predicate>}, or
     * {@code ?var subject of <predicate> <object>}, or {@code ?a ?b in { pattern }} for a key of
     * several values; and its {@code # also: { pattern }} binding {@code ?also} from a one-value key.
     */
    private static Key key(String name, Map<String, String> header, String prologue) {
        String spec = header.getOrDefault("key", "");
        Matcher one = Pattern.compile("\\?(\\w+) (subject|object) of <([^>]+)>(?: <([^>]+)>)?").matcher(spec);
        Matcher several = Pattern.compile("((?:\\?\\w+ )+)in (\\{.*\\})").matcher(spec);
        List<String> vars;
        Key.Source source;
        if (one.matches() && !(one.group(4) != null && one.group(2).equals("object"))) {
            vars = List.of(one.group(1));
            source = new Key.OnePlace(NodeFactory.createURI(one.group(3)), one.group(2).equals("subject"),
                    one.group(4) == null ? Node.ANY : NodeFactory.createURI(one.group(4)));
        } else if (several.matches()) {
            vars = List.of(several.group(1).strip().replace("?", "").split("\\s+"));
            source = new Key.Selection(QueryFactory.create(prologue + "SELECT DISTINCT " + several.group(1) + "WHERE " + several.group(2)));
        } else {
            throw new IllegalStateException("summary " + name + " names no key ('# key: ?var subject|object of <iri>', '?var subject of <iri> <object>'"
                    + " or '?var ... in { pattern }')");
        }
        Query also = null;
        if (header.containsKey("also")) {
            if (vars.size() != 1)
                throw new IllegalStateException("summary " + name + " ties keys of several values to others ('# also:'), which only a key of one value can");
            also = QueryFactory.create(prologue + "SELECT DISTINCT ?" + ALSO + " WHERE " + header.get("also"));
            if (!org.apache.jena.sparql.syntax.PatternVars.vars(also.getQueryPattern()).contains(Var.alloc(vars.get(0))))
                throw new IllegalStateException("summary " + name + ": its '# also:' pattern does not use the key ?" + vars.get(0));
        }
        return new Key(vars, source, also);
    }

    /** The query's PREFIX declarations, for the patterns of its header. */
    private static String prologue(Query query) {
        StringBuilder out = new StringBuilder();
        query.getPrefixMapping().getNsPrefixMap().forEach((p, iri) -> out.append("PREFIX ").append(p).append(": <").append(iri).append(">\n"));
        return out.toString();
    }
}
