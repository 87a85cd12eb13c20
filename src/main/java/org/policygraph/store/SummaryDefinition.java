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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

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
 * document describes, whatever it says of them).</li>
 * </ul>
 */
record SummaryDefinition(String name, Kind kind, Query query, String text, List<String> group, Map<String, Op> measures,
        Key key) {

    /**
     * What a per-key summary is recomputed for: the values of {@code var} that a changed document
     * has as subject (or object) of {@code predicate}, in triples with object {@code object} when
     * that is not {@link Node#ANY}.
     */
    record Key(String var, Node predicate, boolean subject, Node object) {

        /** Adds to {@code into} the values this key takes in {@code graph}. */
        void valuesIn(org.apache.jena.graph.Graph graph, Set<Node> into) {
            graph.find(Node.ANY, predicate, subject ? object : Node.ANY)
                    .forEachRemaining(t -> into.add(subject ? t.getSubject() : t.getObject()));
        }
    }

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
    static final Map<String, String> OWN_COLUMNS = Map.of("p", "person-names");

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
            load("open-questions-per-member")));

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
        Key perKey = null;
        if (kind == Kind.PER_KEY) {
            // "?m object of <https://w3id.org/policygraph/def#askedBy>", or with the object a subject's
            // triple must have: "?q subject of <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/policygraph/def#WrittenQuestion>".
            Matcher km = Pattern.compile("\\?(\\w+) (subject|object) of <([^>]+)>(?: <([^>]+)>)?")
                    .matcher(header.getOrDefault("key", ""));
            if (!km.matches() || km.group(4) != null && km.group(2).equals("object"))
                throw new IllegalStateException("summary " + name + " names no key ('# key: ?var subject|object of <iri>', or '?var subject of <iri> <object>')");
            perKey = new Key(km.group(1), NodeFactory.createURI(km.group(3)), km.group(2).equals("subject"),
                    km.group(4) == null ? Node.ANY : NodeFactory.createURI(km.group(4)));
        }
        Query query = QueryFactory.create(text);
        List<String> vars = new ArrayList<>(query.getResultVars());
        String key = kind == Kind.PER_DOCUMENT ? DOC : perKey.var();
        if (!vars.contains(key) || !vars.containsAll(group) || !vars.containsAll(measures.keySet()))
            throw new IllegalStateException("summary " + name + " does not select ?" + key + ", its group and its measures");
        for (String v : vars)
            if (RESERVED.contains(v))
                throw new IllegalStateException("summary " + name + " names a column ?" + v + ", a term of the summary graph");
        return new SummaryDefinition(name, kind, query, text, group, measures, perKey);
    }
}
