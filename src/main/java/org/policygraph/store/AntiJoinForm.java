package org.policygraph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;

/**
 * A query with each {@code FILTER NOT EXISTS { P }} that means the same as {@code MINUS { P }}
 * written as the latter, for queries over a whole store. ARQ evaluates NOT EXISTS once per row,
 * putting the row's values into P (a per-key summary over 100,000 documents: 150,000 evaluations,
 * 43% of its time); MINUS evaluates P once and drops the rows that agree with one of its solutions.
 * The rule itself stays written once, in the query; this is only another way to evaluate it, used
 * where the query runs over everything (a bulk build). A query restricted to a few keys keeps NOT
 * EXISTS, where the values put into P make each evaluation cheap.
 *
 * <p>The two agree when every variable P shares with the rows of its group is bound in every row
 * and in every solution of P: then "P has a solution with these values" and "some solution of P
 * agrees with the row on the shared variables" are the same, and MINUS's rule of no shared
 * variable never applies. Bound for certain here means named by a triple pattern of the group
 * itself (not an OPTIONAL, a BIND, VALUES or a sub-select, which may leave it unbound or scope it
 * apart), and P may hold only triple patterns, paths, GRAPH, and FILTERs over them. A NOT EXISTS
 * that fails any of this is kept; so is every one inside OPTIONAL, UNION, MINUS, EXISTS or SERVICE,
 * whose patterns ARQ may evaluate once per row, where a MINUS would read all of P each time.
 */
final class AntiJoinForm {

    private AntiJoinForm() {
    }

    /** {@code query}, or a copy with the NOT EXISTS filters that can be MINUS written so. */
    static Query of(Query query) {
        Element pattern = query.getQueryPattern();
        Element rewritten = rewrite(pattern);
        if (rewritten == pattern)
            return query;
        Query copy = query.cloneQuery();
        copy.setQueryPattern(rewritten);
        return copy;
    }

    /** The element rewritten, or the same instance when nothing in it changed. */
    private static Element rewrite(Element e) {
        return switch (e) {
            case ElementGroup g -> group(g);
            case ElementNamedGraph n -> {
                Element inner = rewrite(n.getElement());
                yield inner == n.getElement() ? n : new ElementNamedGraph(n.getGraphNameNode(), inner);
            }
            case ElementSubQuery s -> {
                Query inner = of(s.getQuery());
                yield inner == s.getQuery() ? s : new ElementSubQuery(inner);
            }
            default -> e;
        };
    }

    private static Element group(ElementGroup g) {
        boolean changed = false;
        List<Element> members = new ArrayList<>();
        for (Element m : g.getElements()) {
            Element r = rewrite(m);
            changed |= r != m;
            members.add(r);
        }
        ElementGroup rest = new ElementGroup();
        for (Element m : members)
            if (!isNotExists(m))
                rest.addElement(m);
        if (rest.size() < members.size()) {
            Set<Var> visible = OpVars.visibleVars(Algebra.compile(rest));
            Set<Var> bound = patternVars(members);
            ElementGroup out = new ElementGroup();
            List<Element> minus = new ArrayList<>();
            for (Element m : members) {
                if (m instanceof ElementFilter f && f.getExpr() instanceof E_NotExists ne && sameAsMinus(ne, visible, bound)) {
                    minus.add(new ElementMinus(rewrite(ne.getElement())));
                    changed = true;
                } else {
                    out.addElement(m);
                }
            }
            // a FILTER holds for the whole group wherever it stands; MINUS only for what comes before it
            minus.forEach(out::addElement);
            members = out.getElements();
        }
        if (!changed)
            return g;
        ElementGroup out = new ElementGroup();
        members.forEach(out::addElement);
        return out;
    }

    private static boolean isNotExists(Element e) {
        return e instanceof ElementFilter f && f.getExpr() instanceof E_NotExists;
    }

    /** Whether {@code notExists}, in a group whose rows have {@code visible} and bind {@code bound} in every row, can be a MINUS. */
    private static boolean sameAsMinus(E_NotExists notExists, Set<Var> visible, Set<Var> bound) {
        Set<Var> mentioned = new HashSet<>();
        if (!scan(notExists.getGraphPattern(), mentioned))
            return false;
        Set<Var> shared = new HashSet<>(mentioned);
        shared.retainAll(visible);
        Element inner = notExists.getElement();
        Set<Var> boundInP = patternVars(inner instanceof ElementGroup ig ? ig.getElements() : List.of(inner));
        return !shared.isEmpty() && bound.containsAll(shared) && boundInP.containsAll(shared);
    }

    /** The variables of the triple patterns and paths among {@code members} themselves: bound in every row of their group. */
    private static Set<Var> patternVars(List<Element> members) {
        Set<Var> vars = new HashSet<>();
        for (Element m : members) {
            if (m instanceof ElementPathBlock b)
                b.getPattern().forEach(tp -> addPath(tp, vars));
            else if (m instanceof ElementTriplesBlock b)
                b.getPattern().forEach(t -> addTriple(t, vars));
        }
        return vars;
    }

    private static void addPath(TriplePath tp, Set<Var> vars) {
        add(tp.getSubject(), vars);
        if (tp.isTriple())
            add(tp.getPredicate(), vars);
        add(tp.getObject(), vars);
    }

    private static void addTriple(Triple t, Set<Var> vars) {
        add(t.getSubject(), vars);
        add(t.getPredicate(), vars);
        add(t.getObject(), vars);
    }

    private static void add(Node n, Set<Var> vars) {
        if (Var.isVar(n))
            vars.add(Var.alloc(n));
    }

    /**
     * Adds every variable {@code op} mentions, in its patterns and its filters, to {@code vars};
     * false when it holds more than triple patterns, paths, GRAPH, joins and filters.
     */
    private static boolean scan(Op op, Set<Var> vars) {
        return switch (op) {
            case OpBGP b -> {
                b.getPattern().forEach(t -> addTriple(t, vars));
                yield true;
            }
            case OpTriple t -> {
                addTriple(t.getTriple(), vars);
                yield true;
            }
            case OpPath p -> {
                addPath(p.getTriplePath(), vars);
                yield true;
            }
            case OpGraph g -> {
                add(g.getNode(), vars);
                yield scan(g.getSubOp(), vars);
            }
            case OpJoin j -> scan(j.getLeft(), vars) && scan(j.getRight(), vars);
            case OpSequence seq -> seq.getElements().stream().allMatch(e -> scan(e, vars));
            case OpFilter f -> scan(f.getSubOp(), vars) && f.getExprs().getList().stream().allMatch(e -> scan(e, vars));
            default -> false;
        };
    }

    private static boolean scan(Expr expr, Set<Var> vars) {
        boolean[] simple = {true};
        Walker.walk(expr, new ExprVisitorBase() {
            @Override
            public void visit(ExprVar v) {
                vars.add(v.asVar());
            }

            @Override
            public void visit(ExprFunctionOp exists) {
                simple[0] &= scan(exists.getGraphPattern(), vars);
            }
        });
        return simple[0];
    }
}
