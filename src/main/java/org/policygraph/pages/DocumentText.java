package org.policygraph.pages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.nodes.Element;
import org.policygraph.rdf.CommitmentVocab;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.Nif;
import org.policygraph.rdf.PG;
import org.policygraph.rdf.Prov;

/**
 * A source document's normalised text with every extracted fact highlighted at its NIF span, a
 * written question's sub-questions beside the answer parts that answer them (pointers and
 * unanswered sub-questions marked), and the document's parse issues from the registry graph.
 */
final class DocumentText {

    /** A highlighted stretch: UTF-16 offsets, the kind shown, the facts read from it. */
    private record Mark(int start, int end, String kind, Set<Node> facts, Set<String> flags) {
    }

    private static final Map<Node, String> KINDS = Map.of(
            PG.Figure, "figure",
            PG.SubQuestion, "subquestion",
            PG.AnswerPart, "answerpart",
            PG.Section, "section",
            PG.Recommendation, "recommendation",
            CommitmentVocab.Commitment, "commitment",
            PG.Grant, "grant");

    private DocumentText() {
    }

    /** Appends the sections for the source document {@code source} whose text is {@code text}. */
    static void render(DatasetGraph dsg, Node source, String text, Element main) {
        List<Mark> marks = marks(dsg, source, text);
        main.appendElement("h2").text("Text");
        Element legend = main.appendElement("p").addClass("legend");
        for (String kind : List.of("title", "subquestion", "answerpart", "figure", "reference", "mention", "commitment", "grant",
                "section", "recommendation"))
            legend.appendElement("span").addClass("fact").addClass(kind).text(kind);
        Element body = main.appendElement("div").addClass("layout");
        Element pre = body.appendElement("pre").addClass("document-text").attr("id", "document-text");
        write(pre, text, marks);
        body.appendElement("aside").attr("id", "fact-panel").attr("aria-live", "polite")
                .appendElement("p").text("Click a highlight to see its triples.");
        questionAndAnswers(dsg, source, main);
        diagnostics(dsg, source, main);
    }

    private static List<Mark> marks(DatasetGraph dsg, Node source, String text) {
        Map<Node, Mark> bySpan = new HashMap<>();
        Iterator<Quad> spans = dsg.find(Node.ANY, Node.ANY, Nif.referenceContext, source);
        while (spans.hasNext()) {
            Node span = spans.next().getSubject();
            if (bySpan.containsKey(span))
                continue;
            Optional<Integer> begin = integer(dsg, span, Nif.beginIndex);
            Optional<Integer> end = integer(dsg, span, Nif.endIndex);
            if (begin.isEmpty() || end.isEmpty())
                continue;
            String kind = null;
            Set<Node> facts = new LinkedHashSet<>();
            Set<String> flags = new LinkedHashSet<>();
            Iterator<Quad> holders = dsg.find(Node.ANY, Node.ANY, PG.hasSpan, span);
            while (holders.hasNext()) {
                Node fact = holders.next().getSubject();
                String k = kind(dsg, fact);
                if (k == null)
                    continue;
                kind = kind == null ? k : kind;
                facts.add(fact);
                if (k.equals("answerpart") && dsg.find(Node.ANY, fact, PG.pointsTo, Node.ANY).hasNext())
                    flags.add("pointer");
                if (k.equals("subquestion") && !dsg.find(Node.ANY, Node.ANY, PG.respondsTo, fact).hasNext())
                    flags.add("unanswered");
            }
            Iterator<Quad> titled = dsg.find(Node.ANY, Node.ANY, PG.titleSpan, span);
            while (titled.hasNext()) {
                facts.add(titled.next().getSubject());
                kind = kind == null ? "title" : kind;
            }
            Iterator<Quad> named = dsg.find(Node.ANY, span, Nif.taIdentRef, Node.ANY);
            while (named.hasNext()) {
                Node thing = named.next().getObject();
                facts.add(thing);
                if (kind == null)
                    kind = dsg.find(Node.ANY, span, PG.occursIn, Node.ANY).hasNext() && isPlaceOrBody(dsg, thing)
                            ? "mention" : "reference";
            }
            if (kind == null)
                continue;
            int s = offset(text, begin.get());
            int e = offset(text, end.get());
            if (s < 0 || e < s)
                continue;
            bySpan.put(span, new Mark(s, e, kind, facts, flags));
        }
        List<Mark> list = new ArrayList<>(bySpan.values());
        list.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        return list;
    }

    private static boolean isPlaceOrBody(DatasetGraph dsg, Node thing) {
        for (Node t : List.of(PG.Province, PG.Municipality, PG.Organisation, PG.Programme))
            if (dsg.find(Node.ANY, thing, RDF.Nodes.type, t).hasNext())
                return true;
        return false;
    }

    private static String kind(DatasetGraph dsg, Node fact) {
        Iterator<Quad> types = dsg.find(Node.ANY, fact, RDF.Nodes.type, Node.ANY);
        while (types.hasNext()) {
            String k = KINDS.get(types.next().getObject());
            if (k != null)
                return k;
        }
        return null;
    }

    /** UTF-16 offset of a code point offset, or -1 when it is past the text. */
    private static int offset(String text, int codePoints) {
        try {
            return text.offsetByCodePoints(0, codePoints);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    /**
     * Writes the text with the marks as nested elements. Marks come sorted by start, longest first;
     * one that crosses the end of the mark it starts in is cut there, so the elements nest.
     */
    private static void write(Element pre, String text, List<Mark> marks) {
        Deque<Element> open = new ArrayDeque<>();
        Deque<Integer> ends = new ArrayDeque<>();
        open.push(pre);
        ends.push(text.length());
        int at = 0;
        for (Mark m : marks) {
            while (ends.size() > 1 && ends.peek() <= m.start()) {
                int end = ends.pop();
                open.peek().appendText(text.substring(at, end));
                at = end;
                open.pop();
            }
            open.peek().appendText(text.substring(at, m.start()));
            at = m.start();
            int end = Math.min(m.end(), ends.peek());
            Node first = m.facts().iterator().next();
            // Spans, not links: facts nest (a figure in an answer part), and links may not.
            Element a = open.peek().appendElement("span").addClass("fact").addClass(m.kind())
                    .attr("data-href", Links.href(first).orElse("#")).attr("tabindex", "0").attr("role", "button");
            for (String flag : m.flags())
                a.addClass(flag);
            List<String> hrefs = m.facts().stream().map(Links::href).flatMap(Optional::stream).toList();
            a.attr("data-facts", String.join(" ", hrefs));
            open.push(a);
            ends.push(end);
        }
        while (ends.size() > 1) {
            int end = ends.pop();
            open.peek().appendText(text.substring(at, end));
            at = end;
            open.pop();
        }
        pre.appendText(text.substring(at));
    }

    /** For a written question: each sub-question beside the answer parts that answer it. */
    private static void questionAndAnswers(DatasetGraph dsg, Node source, Element main) {
        Iterator<Quad> derived = dsg.find(Node.ANY, Node.ANY, Prov.wasDerivedFrom, source);
        while (derived.hasNext()) {
            Node question = derived.next().getSubject();
            if (!dsg.find(Node.ANY, question, RDF.Nodes.type, PG.WrittenQuestion).hasNext())
                continue;
            List<Node> subs = ordered(dsg, question, PG.hasSubQuestion);
            if (subs.isEmpty())
                return;
            main.appendElement("h2").text("Sub-questions and their answers");
            Element table = main.appendElement("table").addClass("alignment");
            Element head = table.appendElement("tr");
            head.appendElement("th").text("sub-question");
            head.appendElement("th").text("answered by");
            for (Node sq : subs) {
                Element tr = table.appendElement("tr");
                item(dsg, tr.appendElement("td"), sq);
                Element answers = tr.appendElement("td");
                List<Node> parts = new ArrayList<>();
                dsg.find(Node.ANY, Node.ANY, PG.respondsTo, sq).forEachRemaining(q -> {
                    if (!parts.contains(q.getSubject()))
                        parts.add(q.getSubject());
                });
                if (parts.isEmpty())
                    answers.addClass("unanswered").appendElement("em").text("unanswered");
                for (Node ap : parts) {
                    Element div = answers.appendElement("div");
                    item(dsg, div, ap);
                    Iterator<Quad> pointers = dsg.find(Node.ANY, ap, PG.pointsTo, Node.ANY);
                    if (pointers.hasNext()) {
                        div.addClass("pointer");
                        Element p = div.appendElement("p").addClass("pointer-note").appendText("points to ");
                        Node target = pointers.next().getObject();
                        Values.append(p, target, Map.of());
                    }
                }
            }
            return;
        }
    }

    private static void item(DatasetGraph dsg, Element cell, Node node) {
        String label = literal(dsg, node, PG.label).orElse("");
        cell.appendElement("a").attr("href", Links.href(node).orElse("#")).addClass("item-label").text(label);
        cell.appendText(" ");
        cell.appendElement("span").text(literal(dsg, node, PG.text).orElse(""));
    }

    private static List<Node> ordered(DatasetGraph dsg, Node parent, Node link) {
        List<Node> items = new ArrayList<>();
        dsg.find(Node.ANY, parent, link, Node.ANY).forEachRemaining(q -> {
            if (!items.contains(q.getObject()))
                items.add(q.getObject());
        });
        items.sort(Comparator.comparingInt(n -> integer(dsg, n, PG.position).orElse(Integer.MAX_VALUE)));
        return items;
    }

    /** The document's parse issues, kept in the registry graph by its last ingest. */
    private static void diagnostics(DatasetGraph dsg, Node source, Element main) {
        List<Node> issues = new ArrayList<>();
        Iterator<Quad> acts = dsg.find(Iris.REGISTRY_GRAPH, Node.ANY, Prov.used, source);
        while (acts.hasNext())
            dsg.find(Iris.REGISTRY_GRAPH, acts.next().getSubject(), PG.reportedIssue, Node.ANY)
                    .forEachRemaining(q -> issues.add(q.getObject()));
        main.appendElement("h2").text("Diagnostics");
        if (issues.isEmpty()) {
            main.appendElement("p").addClass("diagnostics-none").text("No parse issues were reported for this document.");
            return;
        }
        Element table = main.appendElement("table").addClass("diagnostics");
        Element head = table.appendElement("tr");
        for (String h : List.of("severity", "code", "where", "message"))
            head.appendElement("th").text(h);
        for (Node issue : issues) {
            Element tr = table.appendElement("tr");
            tr.appendElement("td").text(literal(dsg, issue, PG.severity).orElse(""));
            tr.appendElement("td").appendElement("a").attr("href", Links.href(issue).orElse("#"))
                    .text(literal(dsg, issue, PG.issueCode).orElse(""));
            Optional<Integer> line = integer(dsg, issue, PG.line);
            tr.appendElement("td").text(line.map(l -> "line " + l + integer(dsg, issue, PG.column).map(c -> ", column " + c).orElse("")).orElse(""));
            tr.appendElement("td").text(literal(dsg, issue, RDFS.Nodes.comment).orElse(""));
        }
    }

    private static Optional<String> literal(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral())
                return Optional.of(o.getLiteralLexicalForm());
        }
        return Optional.empty();
    }

    private static Optional<Integer> integer(DatasetGraph dsg, Node s, Node p) {
        return literal(dsg, s, p).flatMap(v -> {
            try {
                return Optional.of(Integer.parseInt(v.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
