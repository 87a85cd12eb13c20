package org.policygraph.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpMinus;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpReduced;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_NegPropSet;
import org.apache.jena.sparql.path.P_ReverseLink;
import org.apache.jena.sparql.path.PathVisitor;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Mod;
import org.apache.jena.sparql.path.P_FixedLength;
import org.apache.jena.sparql.path.P_Distinct;
import org.apache.jena.sparql.path.P_Multi;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_OneOrMoreN;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.P_Shortest;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrMoreN;
import org.apache.jena.sparql.path.P_ZeroOrOne;

/**
 * The quads a set of queries can read: a query's triple patterns and paths match only quads of the
 * predicates they name, and a pattern whose object is an IRI only quads with that object. Over a
 * store holding just those quads the queries give the same answers as over the whole store, in any
 * graph and in the union of them all. Known only when every pattern names its predicate and reads
 * the store by patterns alone; a variable predicate, a negated property set, a property function, a
 * SERVICE or a list of graph names leaves it unknown.
 */
final class QueryFootprint {

    /** Per predicate, the IRIs its patterns ask for as object; absent from the map: not read at all. */
    private final Map<Node, Set<Node>> objects;

    /** Marks a predicate read with any object. */
    private static final Set<Node> ANY_OBJECT = Set.of();

    private QueryFootprint(Map<Node, Set<Node>> objects) {
        this.objects = objects;
    }

    /** The footprint of {@code queries} together, or empty when one of them reads more than patterns of known predicates. */
    static Optional<QueryFootprint> of(Collection<Query> queries) {
        Collector c = new Collector();
        // Compiled, not in quad form: patterns are BGPs, triples and paths, GRAPH stays an operator.
        for (Query q : queries)
            c.walk(Algebra.compile(q));
        return c.unknown ? Optional.empty() : Optional.of(new QueryFootprint(Map.copyOf(c.objects)));
    }

    /** Whether some pattern of the queries can match {@code q}. */
    boolean admits(Quad q) {
        Set<Node> wanted = objects.get(q.getPredicate());
        return wanted != null && (wanted == ANY_OBJECT || wanted.contains(q.getObject()));
    }

    /** The predicates read, for messages and tests. */
    Set<Node> predicates() {
        return objects.keySet();
    }

    private static final class Collector extends OpVisitorBase {
        final Map<Node, Set<Node>> objects = new HashMap<>();
        boolean unknown;

        void walk(Op op) {
            // The expression visitor makes the walker go into the patterns of EXISTS and NOT EXISTS.
            Walker.walk(op, this, new ExprVisitorBase());
        }

        private void pattern(Node predicate, Node object) {
            if (!predicate.isURI()) {
                unknown = true;
                return;
            }
            Set<Node> wanted = objects.get(predicate);
            if (wanted == ANY_OBJECT)
                return;
            // Only IRIs: a literal object may match stored literals of the same value spelled otherwise.
            if (!object.isURI()) {
                objects.put(predicate, ANY_OBJECT);
                return;
            }
            if (wanted == null)
                objects.put(predicate, wanted = new HashSet<>());
            wanted.add(object);
        }

        private void anyObject(Node predicate) {
            pattern(predicate, Node.ANY);
        }

        @Override
        public void visit(OpBGP op) {
            op.getPattern().forEach(t -> pattern(t.getPredicate(), t.getObject()));
        }

        @Override
        public void visit(OpTriple op) {
            pattern(op.getTriple().getPredicate(), op.getTriple().getObject());
        }

        @Override
        public void visit(OpPath op) {
            TriplePath tp = op.getTriplePath();
            if (tp.isTriple())
                pattern(tp.getPredicate(), tp.getObject());
            else
                tp.getPath().visit(new Links());
        }

        @Override
        public void visit(OpGraph op) {
            // GRAPH <special> names a graph the store keeps apart (its real default graph): not a pattern over named graphs.
            if (op.getNode().isURI() && (Quad.isDefaultGraph(op.getNode()) || Quad.isUnionGraph(op.getNode())))
                unknown = true;
            // GRAPH ?g over a pattern that matches without a quad binds ?g to every graph, whatever it holds.
            if (!readsAQuad(op.getSubOp()))
                unknown = true;
        }

        /** Whether every solution of {@code op} rests on a quad it matched (false when unsure). */
        private static boolean readsAQuad(Op op) {
            return switch (op) {
                case OpBGP b -> !b.getPattern().isEmpty();
                case OpTriple t -> true;
                case OpPath p -> true;
                case OpJoin j -> readsAQuad(j.getLeft()) || readsAQuad(j.getRight());
                case OpSequence seq -> seq.getElements().stream().anyMatch(Collector::readsAQuad);
                case OpLeftJoin l -> readsAQuad(l.getLeft());
                case OpConditional c -> readsAQuad(c.getLeft());
                case OpMinus m -> readsAQuad(m.getLeft());
                case OpUnion u -> readsAQuad(u.getLeft()) && readsAQuad(u.getRight());
                case OpGraph g -> readsAQuad(g.getSubOp());
                case OpFilter f -> readsAQuad(f.getSubOp());
                case OpExtend e -> readsAQuad(e.getSubOp());
                case OpProject p -> readsAQuad(p.getSubOp());
                case OpDistinct d -> readsAQuad(d.getSubOp());
                case OpReduced r -> readsAQuad(r.getSubOp());
                case OpOrder o -> readsAQuad(o.getSubOp());
                case OpSlice s -> readsAQuad(s.getSubOp());
                default -> false;
            };
        }

        @Override
        public void visit(OpDatasetNames op) {
            unknown = true;
        }

        @Override
        public void visit(OpPropFunc op) {
            unknown = true;
        }

        @Override
        public void visit(OpProcedure op) {
            unknown = true;
        }

        @Override
        public void visit(OpService op) {
            unknown = true;
        }

        /**
         * Every step of a path reads its predicate with any object (a step's end is no pattern
         * object). A path that may take no step matches every node of a graph, whichever
         * predicate holds it: over fewer quads it would match fewer nodes.
         */
        private final class Links implements PathVisitor {
            private void steps(boolean atLeastOne, P_Path1 p) {
                if (atLeastOne)
                    p.getSubPath().visit(this);
                else
                    unknown = true;
            }

            @Override public void visit(P_Link p) { anyObject(p.getNode()); }
            @Override public void visit(P_ReverseLink p) { anyObject(p.getNode()); }
            @Override public void visit(P_NegPropSet p) { unknown = true; }
            @Override public void visit(P_Inverse p) { p.getSubPath().visit(this); }
            @Override public void visit(P_Mod p) { steps(p.getMin() > 0, p); }
            @Override public void visit(P_FixedLength p) { steps(p.getCount() > 0, p); }
            @Override public void visit(P_Distinct p) { p.getSubPath().visit(this); }
            @Override public void visit(P_Multi p) { p.getSubPath().visit(this); }
            @Override public void visit(P_Shortest p) { p.getSubPath().visit(this); }
            @Override public void visit(P_ZeroOrOne p) { steps(false, p); }
            @Override public void visit(P_ZeroOrMore1 p) { steps(false, p); }
            @Override public void visit(P_ZeroOrMoreN p) { steps(false, p); }
            @Override public void visit(P_OneOrMore1 p) { p.getSubPath().visit(this); }
            @Override public void visit(P_OneOrMoreN p) { p.getSubPath().visit(this); }
            @Override public void visit(P_Alt p) { p.getLeft().visit(this); p.getRight().visit(this); }
            @Override public void visit(P_Seq p) { p.getLeft().visit(this); p.getRight().visit(this); }
        }
    }
}
