package org.policygraph.cli;

import java.io.PrintWriter;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.policygraph.diagnostic.Diagnostic;
import org.policygraph.layout.Block;
import org.policygraph.layout.BlockKind;
import org.policygraph.layout.Layout;
import org.policygraph.model.SourceDocument;
import org.policygraph.parse.Evidence;
import org.policygraph.parse.KindScore;
import org.policygraph.pipeline.Explanation;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.Namespaces;
import org.policygraph.rdf.PG;
import org.policygraph.rdf.Prov;

/** Writes what {@code parse --explain} shows: blocks, kinds with their evidence, diagnostics, and what the graph holds. */
final class ExplanationPrinter {

    private static final int PREVIEW = 90;
    private static final Node DCTERMS_TITLE = NodeFactory.createURI(Namespaces.DCTERMS + "title");

    private ExplanationPrinter() {
    }

    static void print(Explanation e, PrintWriter out) {
        SourceDocument source = e.document().source();
        Layout layout = e.document().layout();
        out.printf("%s: %s, %d bytes, read as %s; %d characters of normalised text%n", source.fileName(),
                source.mediaType(), source.byteSize(), layout.reader(), layout.text().length());
        out.printf("%nBlocks (%d):%n", layout.blocks().size());
        for (Block b : layout.blocks())
            out.println("  " + describe(b));
        out.printf("%nKinds:%n");
        for (KindScore s : e.scores()) {
            out.printf("  %-17s %4.1f%n", s.kind().label(), s.score());
            for (Evidence ev : s.evidence())
                out.println("      + " + ev);
        }
        e.mapped().ifPresent(m -> out.printf("  chosen: %s%n", m.kind().label()));
        e.refusal().ifPresent(r -> out.printf("  refused: %s%n", r));
        out.printf("%nDiagnostics (%d):%n", e.diagnostics().size());
        for (Diagnostic d : e.diagnostics())
            out.println("  " + d);
        e.mapped().ifPresent(m -> summary(m, layout, out));
        out.flush();
    }

    private static String describe(Block b) {
        StringBuilder sb = new StringBuilder(String.format("%6d-%-6d %-12s", b.span().start(), b.span().end(), b.kind()));
        b.box().ifPresent(box -> sb.append(String.format(" p%d", box.page())));
        b.label().ifPresent(l -> sb.append(" [").append(l.written()).append(']'));
        b.table().ifPresent(t -> sb.append(String.format(" %d rows x %d columns", t.rows().size(), t.columnCount())));
        String text = b.text().replace('\n', ' ');
        sb.append("  ").append(text.length() > PREVIEW ? text.substring(0, PREVIEW - 1) + "…" : text);
        return sb.toString();
    }

    /** What the graph holds, in the counts people check first. */
    private static void summary(MappedDocument m, Layout layout, PrintWriter out) {
        Graph g = m.graph();
        List<Node> figures = g.find(Node.ANY, RDF.Nodes.type, PG.Figure).mapWith(t -> t.getSubject()).toList();
        long withMeasure = figures.stream().filter(f -> g.contains(f, PG.measure, Node.ANY)).count();
        List<Block> tables = layout.blocks(BlockKind.TABLE);
        long cells = tables.stream().mapToLong(t -> t.table().orElseThrow().rows().stream().mapToLong(r -> r.cells().size()).sum()).sum();
        Node source = Iris.source(m.source().key());
        String title = g.find(Node.ANY, Prov.wasDerivedFrom, source).mapWith(t -> t.getSubject())
                .filterKeep(doc -> g.contains(doc, DCTERMS_TITLE, Node.ANY)).nextOptional()
                .map(doc -> g.find(doc, DCTERMS_TITLE, Node.ANY).next().getObject().getLiteralLexicalForm())
                .orElse("(none)");
        out.printf("%nGraph: %d triples; title: %s%n", g.size(), title);
        out.printf("  figures: %d (%d with a measure, %d without); tables in the layout: %d (%d cells)%n",
                figures.size(), withMeasure, figures.size() - withMeasure, tables.size(), cells);
    }
}
