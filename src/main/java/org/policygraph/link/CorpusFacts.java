package org.policygraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.policygraph.rdf.Iris;

/**
 * What the link step needs from the extracted facts, read from the document graphs only (never from
 * earlier links): persons, questions with their addressee, post and answer, and places with the
 * dates of the documents that name them.
 */
public record CorpusFacts(List<PersonName> persons, List<QuestionFact> questions, List<PlaceFact> places) {

    /** A person resource and the name it carries. */
    public record PersonName(Node iri, String name) {
    }

    /**
     * A written question: its date, who asked, whom it addressed in which post as written, and who
     * answered in which post. {@code ingested} is false for questions only known from a reference.
     */
    public record QuestionFact(Node iri, LocalDate date, boolean ingested, Optional<Node> askedBy,
                               Optional<Node> addressee, Optional<String> addresseeTitle, Optional<Node> answer,
                               Optional<Node> answerer, Optional<String> answererTitle) {
    }

    /** A place resource, its level and label, and the dates of the documents that mention it. */
    public record PlaceFact(Node iri, PlaceLevel level, String label, Set<LocalDate> dates) {
    }

    private static final String PREFIXES = """
            PREFIX pg: <https://w3id.org/policygraph/def#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final String IN_DOCUMENTS = "FILTER(STRSTARTS(STR(?g), \"" + Iris.DOCUMENT_GRAPH_BASE + "\"))";

    /** Reads the facts in one read transaction. */
    public static CorpusFacts read(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> new CorpusFacts(persons(dsg), questions(dsg), places(dsg)));
    }

    private static List<PersonName> persons(DatasetGraph dsg) {
        Map<String, PersonName> out = new TreeMap<>();
        for (Binding b : select(dsg, "SELECT DISTINCT ?p ?name { GRAPH ?g { ?p a foaf:Person ; foaf:name ?name } " + IN_DOCUMENTS + " }"))
            out.putIfAbsent(b.get("p").getURI(), new PersonName(b.get("p"), b.get("name").getLiteralLexicalForm()));
        return List.copyOf(out.values());
    }

    private static List<QuestionFact> questions(DatasetGraph dsg) {
        String q = """
                SELECT ?q ?date ?src ?asker ?to ?title ?a ?by ?atitle {
                  GRAPH ?g { ?q a pg:WrittenQuestion ; dcterms:date ?date .
                    OPTIONAL { ?q prov:wasDerivedFrom ?src }
                    OPTIONAL { ?q pg:askedBy ?asker } OPTIONAL { ?q pg:addressedTo ?to }
                    OPTIONAL { ?q pg:addresseeTitle ?title }
                    OPTIONAL { ?q pg:hasAnswer ?a . OPTIONAL { ?a pg:answeredBy ?by } OPTIONAL { ?a pg:answererTitle ?atitle } } }
                """ + IN_DOCUMENTS + "} ORDER BY ?q ?src";
        Map<String, QuestionFact> out = new TreeMap<>();
        for (Binding b : select(dsg, q)) {
            QuestionFact f = new QuestionFact(b.get("q"), LocalDate.parse(b.get("date").getLiteralLexicalForm()),
                    b.contains("src"), opt(b, "asker"), opt(b, "to"), text(b, "title"), opt(b, "a"), opt(b, "by"),
                    text(b, "atitle"));
            // A question is read from its own document and may be referred to from others: keep the richest.
            out.merge(f.iri().getURI(), f, (x, y) -> richness(y) > richness(x) ? y : x);
        }
        return List.copyOf(out.values());
    }

    private static int richness(QuestionFact f) {
        return (f.ingested() ? 8 : 0) + (f.addresseeTitle().isPresent() ? 4 : 0) + (f.answer().isPresent() ? 2 : 0)
                + (f.addressee().isPresent() ? 1 : 0);
    }

    private static List<PlaceFact> places(DatasetGraph dsg) {
        String q = """
                SELECT ?place ?type ?label ?date {
                  GRAPH ?g { ?place a ?type ; rdfs:label ?label . VALUES ?type { pg:Province pg:Municipality }
                    OPTIONAL { ?doc prov:wasDerivedFrom ?src ; dcterms:date ?date } }
                """ + IN_DOCUMENTS + "}";
        Map<String, PlaceFact> out = new TreeMap<>();
        for (Binding b : select(dsg, q)) {
            PlaceLevel level = b.get("type").getURI().endsWith("Province") ? PlaceLevel.PROVINCE : PlaceLevel.MUNICIPALITY;
            PlaceFact f = out.computeIfAbsent(b.get("place").getURI(),
                    k -> new PlaceFact(b.get("place"), level, b.get("label").getLiteralLexicalForm(), new TreeSet<>()));
            if (b.contains("date"))
                f.dates().add(LocalDate.parse(b.get("date").getLiteralLexicalForm()));
        }
        return List.copyOf(out.values());
    }

    private static Optional<Node> opt(Binding b, String var) {
        return Optional.ofNullable(b.get(var));
    }

    private static Optional<String> text(Binding b, String var) {
        return Optional.ofNullable(b.get(var)).map(Node::getLiteralLexicalForm);
    }

    private static List<Binding> select(DatasetGraph dsg, String query) {
        Query parsed = QueryFactory.create(PREFIXES + query);
        List<Binding> rows = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(parsed).build()) {
            RowSet rs = qe.select();
            rs.forEachRemaining(rows::add);
        }
        return rows;
    }
}
