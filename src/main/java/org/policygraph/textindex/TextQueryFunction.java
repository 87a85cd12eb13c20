package org.policygraph.textindex;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterNullIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.IterLib;

/**
 * {@code text:query} with jena-text's IRI and argument shape, over the {@link TextIndex} in the
 * dataset's context:
 * <pre>
 * ?s text:query "zorg*"
 * ?s text:query (pg:title "zorg*" 10)
 * (?s ?score ?literal ?graph ?property) text:query (pg:title "zorg*" 10 "lang:nl")
 * </pre>
 * The subject list binds the literal's subject, the score, the literal, its document graph and its
 * predicate; the object list is an optional predicate, the Lucene query, an optional limit and
 * optional {@code "lang:xx"}. A bound subject or graph narrows the search, and so does
 * {@code GRAPH <g>} around it. Outside {@code GRAPH} it searches the whole store: bind the graph with
 * the fourth subject variable rather than wrapping it in {@code GRAPH ?g}, which ARQ evaluates once
 * per named graph.
 */
public final class TextQueryFunction extends PropertyFunctionBase {

    /** jena-text's namespace, whose prefix {@code text:} the query tools declare. */
    public static final String NS = "http://jena.apache.org/text#";
    /** The property function's IRI. */
    public static final String QUERY = NS + "query";

    private static final String LANG_OPTION = "lang:";

    /** Makes {@code text:query} known to every SPARQL query in this JVM (idempotent). */
    public static void register() {
        PropertyFunctionRegistry.get().put(QUERY, TextQueryFunction.class);
    }

    @Override
    public void build(PropFuncArg argSubject, Node predicate, PropFuncArg argObject, ExecutionContext execCxt) {
        super.build(argSubject, predicate, argObject, execCxt);
        if (argSubject.isList() && (argSubject.getArgListSize() < 1 || argSubject.getArgListSize() > 5))
            throw new QueryBuildException("text:query: the subject is ?s or a list of 1 to 5 of (?s ?score ?literal ?graph ?property)");
        if (argObject.isList() && argObject.getArgListSize() < 1)
            throw new QueryBuildException("text:query: the object list needs a query string");
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg argSubject, Node predicate, PropFuncArg argObject,
            ExecutionContext execCxt) {
        Object held = execCxt.getContext().get(TextIndex.CONTEXT);
        if (!(held instanceof TextIndex index))
            throw new QueryExecException("text:query: this dataset has no text index");
        Request request = Request.of(argObject);
        if (request == null)
            return QueryIterNullIterator.create(execCxt);
        List<Node> targets = argSubject.isList() ? argSubject.getArgList() : List.of(argSubject.getArg());
        Node subject = targets.get(0);
        Node graph = targets.size() > 3 ? targets.get(3) : null;
        if ((graph == null || !graph.isConcrete()) && execCxt.getActiveGraph() instanceof GraphView view
                && view.getGraphName() != null && !Quad.isDefaultGraph(view.getGraphName())
                && !Quad.isUnionGraph(view.getGraphName()))
            // Inside GRAPH <g> { ... }: that graph's literals only.
            graph = view.getGraphName();
        List<TextHit> hits;
        try {
            hits = index.search(request.query(), request.predicate(),
                    graph != null && graph.isConcrete() ? graph : null,
                    subject.isConcrete() ? subject : null, request.lang(), request.limit());
        } catch (IllegalArgumentException e) {
            throw new QueryExecException("text:query: " + e.getMessage(), e);
        }
        List<Binding> out = new ArrayList<>(hits.size());
        for (TextHit h : hits) {
            BindingBuilder b = BindingBuilder.create(binding);
            if (bind(b, binding, targets, 0, h.subject())
                    && bind(b, binding, targets, 1, NodeFactory.createLiteralDT(Float.toString(h.score()), XSDDatatype.XSDfloat))
                    && bind(b, binding, targets, 2, h.literal())
                    && bind(b, binding, targets, 3, h.graph())
                    && bind(b, binding, targets, 4, h.predicate()))
                out.add(b.build());
        }
        return out.isEmpty() ? IterLib.noResults(execCxt) : QueryIterPlainWrapper.create(Iter.iter(out.iterator()), execCxt);
    }

    /** Binds target {@code i} to {@code value}; false when it is already something else. */
    private static boolean bind(BindingBuilder b, Binding binding, List<Node> targets, int i, Node value) {
        if (i >= targets.size())
            return true;
        Node t = targets.get(i);
        if (t.isVariable()) {
            Var v = Var.alloc(t);
            Node already = binding.get(v);
            if (already != null)
                return already.equals(value);
            if (!b.contains(v))
                b.add(v, value);
            return b.get(v).equals(value);
        }
        return t.equals(value) || i == 1;
    }

    /** The object side: predicate, query, limit, language; null when the query is unbound or not a string. */
    private record Request(Node predicate, String query, int limit, String lang) {
        static Request of(PropFuncArg argObject) {
            List<Node> args = argObject.isList() ? argObject.getArgList() : List.of(argObject.getArg());
            int i = 0;
            Node predicate = null;
            if (args.get(0).isURI()) {
                predicate = args.get(0);
                i++;
            }
            if (i >= args.size())
                throw new QueryExecException("text:query: no query string after the property");
            Node q = args.get(i++);
            if (!q.isLiteral())
                return null;
            int limit = -1;
            String lang = null;
            for (; i < args.size(); i++) {
                Node a = args.get(i);
                if (!a.isLiteral())
                    throw new QueryExecException("text:query: unexpected argument " + a);
                Object value = a.getLiteralValue();
                if (value instanceof Number n)
                    limit = n.intValue();
                else if (a.getLiteralLexicalForm().startsWith(LANG_OPTION))
                    lang = a.getLiteralLexicalForm().substring(LANG_OPTION.length());
                else
                    throw new QueryExecException("text:query: unsupported option '" + a.getLiteralLexicalForm()
                            + "' (supported: a limit, \"lang:xx\")");
            }
            return new Request(predicate, q.getLiteralLexicalForm(), limit, lang);
        }
    }
}
