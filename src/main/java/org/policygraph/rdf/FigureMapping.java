package org.policygraph.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.policygraph.model.Figure;
import org.policygraph.model.FigureTable;
import org.policygraph.model.Person;
import org.policygraph.model.Span;

/**
 * Maps figures: value, QUDT unit, what they measure, the quote and sentence, the part they stand
 * in and who states them. Table cells are also RDF Data Cube observations of a data set per table,
 * with the row and column as dimensions (the place a row names is the extract stage's: see
 * {@link FigureCountingMapping}).
 */
final class FigureMapping {

    /** Who speaks in a stretch of text: the member in the question, the minister in the answer. */
    record Speaker(Span span, String side, Optional<Person> person) {
    }

    private final Triples t;
    private final Spans spans;
    private final PartIndex parts;
    private final String key;
    private final List<FigureTable> tables = new ArrayList<>();
    /** The table of the last cell mapped and its data set: the cells of a table come one after another. */
    private FigureTable lastTable;
    private Node lastDataSet;

    FigureMapping(Triples t, Spans spans, PartIndex parts, String key) {
        this.t = t;
        this.spans = spans;
        this.parts = parts;
        this.key = key;
    }

    /** Maps {@code figures}; {@code document} stands for facts outside any part. */
    void map(List<Figure> figures, Node document, List<Speaker> speakers) {
        for (Figure f : figures) {
            Node node = Iris.figure(key, f.quote().span());
            t.type(node, PG.Figure)
                    .decimal(node, PG.value, f.value())
                    .add(node, PG.unit, NodeFactory.createURI(f.unit().qudtIri()))
                    .string(node, PG.quote, f.quote().text())
                    .add(node, PG.hasSpan, spans.of(f.quote().span()))
                    .add(node, PG.inSentence, spans.of(f.sentence().span()))
                    .add(node, PG.citedIn, parts.innermost(f.quote().span(), document));
            if (f.unitInferred())
                t.bool(node, PG.unitInferred, true);
            f.upperValue().ifPresent(v -> t.decimal(node, PG.upperValue, v));
            f.measure().ifPresent(m -> t.string(node, PG.measure, m));
            f.qualifier().ifPresent(q -> t.string(node, PG.qualifier, q));
            f.perUnit().ifPresent(p -> t.string(node, PG.perUnit, p));
            f.referenceYear().ifPresent(y -> t.year(node, PG.referenceYear, y));
            for (Speaker s : speakers)
                if (s.span().start() <= f.quote().span().start() && f.quote().span().end() <= s.span().end()) {
                    t.string(node, PG.statedIn, s.side());
                    s.person().ifPresent(p -> t.add(node, PG.statedBy, ReferenceMapping.person(t, p)));
                }
            f.cell().ifPresent(cell -> {
                Node dataSet = dataSet(document, cell.table());
                t.type(node, Qb.Observation)
                        .add(node, Qb.dataSet, dataSet)
                        .string(node, PG.tableRow, cell.row().text())
                        .string(node, PG.tableColumn, cell.columnHeader());
            });
        }
    }

    /** One data set per table, numbered in order of appearance. */
    private Node dataSet(Node document, FigureTable table) {
        // the same table again: its data set is described already (comparing whole tables per cell costs more)
        if (table == lastTable)
            return lastDataSet;
        int index = tables.indexOf(table);
        if (index < 0) {
            tables.add(table);
            index = tables.size() - 1;
        }
        Node ds = Iris.part(document, "table", Integer.toString(index + 1));
        t.type(ds, Qb.DataSet).add(ds, Qb.structure, PG.TableStructure).add(ds, PG.hasSpan, spans.of(table.span()));
        table.caption().ifPresent(c -> t.string(ds, Vocab.RDFS_LABEL, c));
        lastTable = table;
        lastDataSet = ds;
        return ds;
    }
}
