package org.policygraph.store;

import org.apache.jena.system.Txn;
import java.util.function.Consumer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.RDF;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.PG;

/**
 * The summary graph: precomputed rows for the catalogue queries that would otherwise aggregate the
 * whole corpus on every run ({@link SummaryDefinition#ALL}), kept in step with the documents on every
 * write path, in the same transaction as the documents (a kill leaves both or neither). Catalogue
 * queries read it as {@code GRAPH <.../graph/summary> { ?row sum:rowOf "name" ; sum:column ?value }}.
 * <ul>
 * <li>Per-document summaries: each document's rows carry {@code sum:document}, are computed from the
 * document's own graph when it is written, and go when it is replaced or removed; totals per group
 * are recomputed from the contributions of the groups a transaction touched.</li>
 * <li>Per-key summaries: recomputed by their query for the keys (questions, grant amounts and
 * recipients, named persons) a written or removed document holds, before and after the change, and
 * the keys those tie to ({@code # also:}). With measures, their rows are contributions to totals per
 * group like the per-document ones: a member's count follows the questions a commit touched instead
 * of being recounted over the member's whole history.</li>
 * </ul>
 * A store without summaries, or with summaries of other definitions, gets them rebuilt when opened
 * ({@link #ensureCurrent}).
 */
public final class Summaries {

    /** The named graph holding every summary row. */
    public static final Node GRAPH = NodeFactory.createURI(PG.ID + "graph/summary");
    /** Namespace of summary terms and columns. */
    public static final String NS = "https://w3id.org/policygraph/def/summary#";

    /** A row of summary {@code name}'s result. */
    static final Node ROW_OF = term("rowOf");
    /** A per-document contribution to summary {@code name}, added up into a total row. */
    static final Node CONTRIBUTION_OF = term("contributionOf");
    /** The document graph a row comes from. */
    static final Node DOCUMENT = term("document");
    /** The total row a contribution adds to. */
    static final Node TOTAL = term("addsTo");
    /** On the summary graph itself: which definitions its rows were computed by. */
    static final Node VERSION = term("version");

    /** Changes whenever a summary query does, so that older rows are recomputed on the next open. */
    static final String CURRENT_VERSION = sha(String.join("\n", SummaryDefinition.ALL.stream().map(SummaryDefinition::text).toList()));

    private Summaries() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    static Node column(String var) {
        return term(var);
    }

    /**
     * The per-document summary rows of {@code graph} stored as {@code docGraph}: computed from that
     * graph alone, so that a bulk load can write them with the document.
     */
    public static List<Quad> documentRows(Node docGraph, Graph graph) {
        DatasetGraph one = DatasetGraphFactory.createGeneral();
        one.addGraph(docGraph, graph);
        List<Quad> out = new ArrayList<>();
        Map<String, Integer> made = new HashMap<>();
        for (PlannedSummary planned : PER_DOCUMENT_PLANS)
            planned.select(one, row -> addDocumentRow(planned.def(), row, made, out));
        return out;
    }

    /** The per-document summaries, each with its query compiled and optimised once. */
    private static final List<PlannedSummary> PER_DOCUMENT_PLANS = SummaryDefinition.ALL.stream()
            .filter(def -> def.kind() == SummaryDefinition.Kind.PER_DOCUMENT).map(PlannedSummary::of).toList();

    /**
     * A summary query compiled to algebra and optimised once. Run per document, ARQ's own
     * preparation of the query (compile, then the optimiser's rewrites) was two thirds of the time
     * of {@link #documentRows} (bench/RESULTS.md); the plan is the same for every document, since
     * the optimiser reads the query and the context, not the data.
     */
    private record PlannedSummary(SummaryDefinition def, Op op) {

        static PlannedSummary of(SummaryDefinition def) {
            return new PlannedSummary(def, Algebra.optimize(Algebra.compile(def.query()), ARQ.getContext()));
        }

        /** Runs the plan over {@code dsg} as a query execution would, without preparing it again. */
        void select(DatasetGraph dsg, Consumer<Binding> each) {
            Context context = ARQ.getContext().copy();
            ExecutionContext execCxt = ExecutionContext.create(dsg, context);
            QueryIterator rows = QC.execute(op, QueryIterRoot.create(execCxt), execCxt);
            try {
                while (rows.hasNext())
                    each.accept(rows.nextBinding());
            } finally {
                rows.close();
            }
        }
    }

    /**
     * Adds the quads of one row of per-document summary {@code def} to {@code out}. {@code made}
     * counts the rows of equal key made so far on this path, so that two equal rows stay two, as
     * in the query they stand for.
     */
    private static void addDocumentRow(SummaryDefinition def, Binding row, Map<String, Integer> made, List<Quad> out) {
        Node doc = row.get(Var.alloc(SummaryDefinition.DOC));
        // Named by the document, the definition and the row's values in order, and for an equal row
        // after the first, how many came before it: the same name whichever path computes the rows
        // (a document's graph as it is written, or the whole store when summaries are rebuilt). The
        // place in the output list, used before, differed between those paths.
        StringBuilder key = new StringBuilder(doc.getURI()).append('\n').append(def.name());
        for (Var v : vars(def))
            key.append('\n').append(row.contains(v) ? row.get(v).toString() : "");
        int before = made.merge(key.toString(), 1, Integer::sum) - 1;
        if (before > 0)
            key.append("\n#").append(before);
        Node subject = NodeFactory.createURI(PG.ID + "summary/" + def.name() + "/row/" + sha(key.toString()));
        out.add(Quad.create(GRAPH, subject, def.hasTotals() ? CONTRIBUTION_OF : ROW_OF, NodeFactory.createLiteralString(def.name())));
        out.add(Quad.create(GRAPH, subject, DOCUMENT, doc));
        if (def.hasTotals())
            out.add(Quad.create(GRAPH, subject, TOTAL, totalFor(def, row)));
        for (Var v : vars(def))
            if (row.contains(v))
                out.add(Quad.create(GRAPH, subject, column(v.getVarName()), row.get(v)));
    }

    /** The result variables other than {@code ?doc}. */
    private static List<Var> vars(SummaryDefinition def) {
        return def.query().getResultVars().stream().filter(v -> !v.equals(SummaryDefinition.DOC)).map(Var::alloc).toList();
    }

    private static Node totalFor(SummaryDefinition def, Binding row) {
        List<Node> values = new ArrayList<>();
        for (String g : def.group())
            values.add(row.get(Var.alloc(g)));
        return totalFor(def, values);
    }

    private static Node totalFor(SummaryDefinition def, List<Node> groupValues) {
        StringBuilder key = new StringBuilder(def.name());
        for (Node n : groupValues)
            key.append('\n').append(n == null ? "" : n.toString());
        return NodeFactory.createURI(PG.ID + "summary/" + def.name() + "/total/" + sha(key.toString()));
    }

    /**
     * The measures of the total row of summary {@code name} for one group (its values in the order
     * of the summary's {@code # group:}), by column; empty when no document contributes to it. Read
     * by the row's own IRI, so a group of a thousand contributions costs a lookup per measure.
     */
    public static Map<String, Node> total(DatasetGraph dsg, String name, List<Node> groupValues) {
        SummaryDefinition def = definition(name);
        if (!def.hasTotals() || groupValues.size() != def.group().size())
            throw new IllegalArgumentException("summary " + name + " has no totals by " + groupValues.size() + " values");
        Node total = totalFor(def, groupValues);
        Map<String, Node> out = new LinkedHashMap<>();
        for (String m : def.measures().keySet()) {
            Node v = first(dsg, total, column(m));
            if (v != null)
                out.put(m, v);
        }
        return out;
    }

    /** Recomputes the total row {@code total} from its contributions; removes it when none is left. */
    static void recomputeTotal(DatasetGraph dsg, Node total) {
        dsg.deleteAny(GRAPH, total, Node.ANY, Node.ANY);
        List<Node> rows = new ArrayList<>();
        dsg.find(GRAPH, Node.ANY, TOTAL, total).forEachRemaining(q -> rows.add(q.getSubject()));
        if (rows.isEmpty())
            return;
        Node name = first(dsg, rows.get(0), CONTRIBUTION_OF);
        SummaryDefinition def = definition(name.getLiteralLexicalForm());
        dsg.add(GRAPH, total, ROW_OF, name);
        for (String g : def.group()) {
            Node value = first(dsg, rows.get(0), column(g));
            if (value != null)
                dsg.add(GRAPH, total, column(g), value);
        }
        for (Map.Entry<String, SummaryDefinition.Op> m : def.measures().entrySet()) {
            NodeValue acc = null;
            for (Node row : rows) {
                Node v = first(dsg, row, column(m.getKey()));
                if (v == null)
                    continue;
                NodeValue nv = NodeValue.makeNode(v);
                acc = acc == null ? nv : accumulate(m.getValue(), acc, nv);
            }
            if (acc != null)
                dsg.add(GRAPH, total, column(m.getKey()), acc.asNode());
        }
    }

    /** One contribution's measure {@code nv} added to the total so far. */
    static NodeValue accumulate(SummaryDefinition.Op op, NodeValue acc, NodeValue nv) {
        return switch (op) {
            case SUM -> XSDFuncOp.numAdd(acc, nv);
            case MAX -> NodeValue.compareAlways(nv, acc) > 0 ? nv : acc;
            case MIN -> NodeValue.compareAlways(nv, acc) < 0 ? nv : acc;
        };
    }

    /**
     * Recomputes the rows of a per-key summary for {@code keys}, each a tuple of values of its key's
     * variables (null: unbound, any value). A summary with measures keeps its rows as contributions
     * to totals per group: {@code totals} hears of each one removed and added. For all keys of a
     * store that has none of the rows yet: {@link #allKeyRows}.
     */
    static void recomputeKeys(DatasetGraph dsg, SummaryDefinition def, Collection<List<Node>> keys, TotalChanges totals) {
        if (keys.isEmpty())
            return;
        List<Var> keyVars = def.key().vars().stream().map(Var::alloc).toList();
        Map<Node, Map<Node, Node>> old = keyRows(dsg, def, keyVars, keys);
        Query query = QueryFactory.create(def.text());
        restrictTo(innermostSelecting(query, keyVars), keyVars, keys);
        replaceRows(dsg, old, keyRowsOf(dsg, def, query), totals);
    }

    /**
     * The rows of per-key summary {@code def} for all its keys, with their totals when it has
     * measures, as quads to add to a store that has none of them yet. Only reads {@code dsg}. The
     * query runs over everything, so in its {@link AntiJoinForm}.
     */
    static List<Quad> allKeyRows(DatasetGraph dsg, SummaryDefinition def) {
        List<Quad> out = new ArrayList<>();
        keyRowsOf(dsg, def, AntiJoinForm.of(def.query())).forEach((subject, values) -> values.forEach((p, o) -> out.add(Quad.create(GRAPH, subject, p, o))));
        if (def.hasTotals()) {
            SummaryTotals all = new SummaryTotals();
            all.add(out);
            out.addAll(all.quads());
        }
        return out;
    }

    /** The rows {@code query} (the summary's own, or restricted to some keys) gives for {@code def}, each with its values by predicate. */
    private static Map<Node, Map<Node, Node>> keyRowsOf(DatasetGraph dsg, SummaryDefinition def, Query query) {
        Map<Node, Map<Node, Node>> rows = new LinkedHashMap<>();
        Node name = NodeFactory.createLiteralString(def.name());
        select(dsg, query, row -> {
            StringBuilder key = new StringBuilder(def.name());
            for (Var v : vars(def))
                if (!def.measures().containsKey(v.getVarName()))
                    key.append('\n').append(row.contains(v) ? row.get(v).toString() : "");
            Node subject = NodeFactory.createURI(PG.ID + "summary/" + def.name() + "/row/" + sha(key.toString()));
            Map<Node, Node> values = new HashMap<>();
            values.put(def.hasTotals() ? CONTRIBUTION_OF : ROW_OF, name);
            if (def.hasTotals())
                values.put(TOTAL, totalFor(def, row));
            for (Var v : vars(def))
                if (row.contains(v))
                    values.put(column(v.getVarName()), row.get(v));
            rows.put(subject, values);
        });
        return rows;
    }

    /** Puts {@code keys} (values of {@code vars} in order, null for unbound) as VALUES before {@code query}'s pattern. */
    static void restrictTo(Query query, List<Var> vars, Collection<List<Node>> keys) {
        ElementData values = new ElementData(vars, keys.stream().map(k -> {
            BindingBuilder b = BindingFactory.builder();
            for (int i = 0; i < vars.size(); i++)
                if (k.get(i) != null)
                    b.add(vars.get(i), k.get(i));
            return b.build();
        }).toList());
        ElementGroup where = new ElementGroup();
        where.addElement(values);
        where.addElement(query.getQueryPattern());
        query.setQueryPattern(where);
    }

    /** The rows of {@code def} that belong to {@code keys}, each with its values by predicate. */
    private static Map<Node, Map<Node, Node>> keyRows(DatasetGraph dsg, SummaryDefinition def, List<Var> keyVars,
                                                     Collection<List<Node>> keys) {
        Node name = NodeFactory.createLiteralString(def.name());
        Node of = def.hasTotals() ? CONTRIBUTION_OF : ROW_OF;
        Map<Node, Map<Node, Node>> rows = new LinkedHashMap<>();
        for (List<Node> k : keys) {
            // Looked up by the first value, which the # key: header names first for being the most telling.
            var candidates = k.get(0) == null ? dsg.find(GRAPH, Node.ANY, of, name)
                    : dsg.find(GRAPH, Node.ANY, column(keyVars.get(0).getVarName()), k.get(0));
            candidates.forEachRemaining(q -> {
                Node row = q.getSubject();
                if (rows.containsKey(row) || !dsg.contains(GRAPH, row, of, name))
                    return;
                for (int i = 1; i < keyVars.size(); i++)
                    if (k.get(i) != null && !dsg.contains(GRAPH, row, column(keyVars.get(i).getVarName()), k.get(i)))
                        return;
                rows.put(row, valuesOf(dsg, row));
            });
        }
        return rows;
    }

    /** A summary row's values by predicate (one each). */
    static Map<Node, Node> valuesOf(DatasetGraph dsg, Node row) {
        Map<Node, Node> values = new HashMap<>();
        dsg.find(GRAPH, row, Node.ANY, Node.ANY).forEachRemaining(q -> values.put(q.getPredicate(), q.getObject()));
        return values;
    }

    /**
     * Replaces rows {@code old} by rows {@code next} (each with its values by predicate), telling
     * {@code totals} of each contribution taken away and added. By difference: a replaced document
     * mostly gives the rows it had, and deleting them from six indexes to add them back was most of
     * what an incremental run spent on summary rows (bench/RESULTS.md).
     */
    static void replaceRows(DatasetGraph dsg, Map<Node, Map<Node, Node>> old, Map<Node, Map<Node, Node>> next, TotalChanges totals) {
        old.forEach((row, was) -> {
            Map<Node, Node> now = next.get(row);
            if (was.equals(now))
                return;
            totals.removed(was);
            was.forEach((p, o) -> {
                if (now == null || !o.equals(now.get(p)))
                    dsg.delete(GRAPH, row, p, o);
            });
        });
        next.forEach((row, now) -> {
            Map<Node, Node> was = old.get(row);
            if (now.equals(was))
                return;
            totals.added(now);
            now.forEach((p, o) -> {
                if (was == null || !o.equals(was.get(p)))
                    dsg.add(GRAPH, row, p, o);
            });
        });
    }

    /**
     * Where the keys' VALUES go: into the sub-select that is the whole pattern, as long as it selects
     * the key and neither groups nor aggregates (restricting it to the keys then restricts its
     * result alike). ARQ joins VALUES with a sub-select beside it, or with a pattern under a BIND,
     * only after computing that for every key, so a summary counting DISTINCT rows per key would
     * read the whole corpus per write; a summary keeps its BINDs in a sub-select's SELECT instead.
     */
    private static Query innermostSelecting(Query query, List<Var> key) {
        Query target = query;
        while (target.getQueryPattern() instanceof ElementGroup g && g.size() == 1
                && g.get(0) instanceof ElementSubQuery sub && sub.getQuery().getProjectVars().containsAll(key)
                && !sub.getQuery().hasGroupBy() && !sub.getQuery().hasAggregators())
            target = sub.getQuery();
        return target;
    }

    /**
     * Completes the summaries of a store whose per-document rows were written with its documents
     * (a bulk build): totals and per-member rows, and the version. Inside a write transaction.
     */
    public static void completeAfterBulk(DatasetGraph dsg) {
        Set<Node> totals = new LinkedHashSet<>();
        dsg.find(GRAPH, Node.ANY, TOTAL, Node.ANY).forEachRemaining(q -> totals.add(q.getObject()));
        for (Node t : totals)
            recomputeTotal(dsg, t);
        completeKeys(dsg);
    }

    /**
     * Completes the summaries of a store whose per-document rows and totals were written with its
     * documents ({@link SummaryTotals}): the per-key rows, and the version. Inside a write transaction.
     */
    static void completeKeys(DatasetGraph dsg) {
        for (SummaryDefinition def : SummaryDefinition.ALL)
            if (def.kind() == SummaryDefinition.Kind.PER_KEY)
                allKeyRows(dsg, def).forEach(dsg::add);
        markCurrent(dsg);
    }

    /** Recomputes every summary row from the documents in the store. Inside a write transaction. */
    public static void rebuild(DatasetGraph dsg) {
        dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        List<Quad> rows = new ArrayList<>();
        Map<String, Integer> made = new HashMap<>();
        for (SummaryDefinition def : SummaryDefinition.ALL)
            if (def.kind() == SummaryDefinition.Kind.PER_DOCUMENT)
                // Over the store, ?doc ranges over every document graph at once.
                select(dsg, AntiJoinForm.of(def.query()), row -> {
                    Node doc = row.get(Var.alloc(SummaryDefinition.DOC));
                    if (doc.isURI() && doc.getURI().startsWith(Iris.DOCUMENT_GRAPH_BASE))
                        addDocumentRow(def, row, made, rows);
                });
        rows.forEach(dsg::add);
        completeAfterBulk(dsg);
    }

    /** Whether the store's summaries were computed by the current definitions (or there is nothing to summarise). */
    static boolean isCurrent(DatasetGraph dsg) {
        if (dsg.contains(GRAPH, GRAPH, VERSION, NodeFactory.createLiteralString(CURRENT_VERSION)))
            return true;
        return !dsg.find(Iris.REGISTRY_GRAPH, Node.ANY, RDF.Nodes.type, PG.IngestActivity).hasNext();
    }

    /** Rebuilds the summaries of a store that has none, or has them from other definitions. */
    public static void ensureCurrent(DatasetGraph dsg) {
        if (Txn.calculateRead(dsg, () -> isCurrent(dsg)))
            return;
        Txn.executeWrite(dsg, () -> {
            if (!isCurrent(dsg))
                rebuild(dsg);
        });
    }

    /** True for the quad that marks a store's summaries as those of the current definitions. */
    static boolean isCurrentMarker(Quad q) {
        return q.getGraph().equals(GRAPH) && q.getSubject().equals(GRAPH) && q.getPredicate().equals(VERSION)
                && q.getObject().equals(NodeFactory.createLiteralString(CURRENT_VERSION));
    }

    static void markCurrent(DatasetGraph dsg) {
        dsg.deleteAny(GRAPH, GRAPH, VERSION, Node.ANY);
        dsg.add(currentMarker());
    }

    /** The quad that marks a store's summaries as those of the current definitions ({@link #isCurrentMarker}). */
    static Quad currentMarker() {
        return Quad.create(GRAPH, GRAPH, VERSION, NodeFactory.createLiteralString(CURRENT_VERSION));
    }

    static SummaryDefinition definition(String name) {
        for (SummaryDefinition def : SummaryDefinition.ALL)
            if (def.name().equals(name))
                return def;
        throw new IllegalStateException("no summary named " + name);
    }

    static Node first(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(GRAPH, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    static void select(DatasetGraph dsg, Query query, Consumer<Binding> each) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext())
                each.accept(rs.nextBinding());
        }
    }

    private static String sha(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
