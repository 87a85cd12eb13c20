package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;

import java.nio.file.Path;

/**
 * A second, independent client: RDF4J's SPARQL repository asks every catalogue query over HTTP and
 * gets the same rows as ARQ in-process (compared as multisets; blank nodes as "_").
 */
@Tag("server")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Rdf4jClientIT {

    @TempDir
    static Path tmp;
    private PolicyGraphStore store;
    private FusekiServer server;
    private SPARQLRepository repository;

    @BeforeAll
    void start() {
        store = PolicyGraphStore.open(tmp.resolve("store"));
        assertTrue(Ingester.builder(store).build().ingest(List.of(Corpora.examples())).ok());
        server = PolicyGraphServer.start(store.dataset(), ServerSettings.DEFAULTS.withPort(0));
        repository = new SPARQLRepository("http://127.0.0.1:" + server.getHttpPort() + PolicyGraphServer.DATASET + "/sparql");
        repository.init();
    }

    @AfterAll
    void stop() {
        if (repository != null)
            repository.shutDown();
        if (server != null)
            server.stop();
        if (store != null)
            store.close();
    }

    /** Every catalogue query but the federated ones, which the server refuses (and the tests have no network). */
    Stream<QueryCatalogue.Entry> catalogue() {
        return QueryCatalogue.load().stream().filter(e -> !e.query().contains("SERVICE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void sameAnswersAsInProcessArq(QueryCatalogue.Entry entry) {
        List<String> viaRdf4j = new ArrayList<>();
        try (RepositoryConnection conn = repository.getConnection();
             TupleQueryResult result = conn.prepareTupleQuery(entry.query()).evaluate()) {
            List<String> vars = result.getBindingNames();
            for (BindingSet row : result) {
                StringBuilder sb = new StringBuilder();
                for (String v : vars)
                    sb.append(rdf4j(row.getValue(v))).append(" | ");
                viaRdf4j.add(sb.toString());
            }
        }
        List<String> viaArq = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(entry.query()).build()) {
                ResultSet rs = qe.execSelect();
                List<String> out = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    StringBuilder sb = new StringBuilder();
                    for (String v : rs.getResultVars())
                        sb.append(jena(row.get(v) == null ? null : row.get(v).asNode())).append(" | ");
                    out.add(sb.toString());
                }
                return out;
            }
        });
        viaRdf4j.sort(null);
        viaArq.sort(null);
        assertEquals(viaArq, viaRdf4j, entry.file());
    }

    private static String rdf4j(Value v) {
        if (v == null)
            return "-";
        if (v instanceof IRI iri)
            return "<" + iri.stringValue() + ">";
        if (v instanceof BNode)
            return "_";
        Literal l = (Literal) v;
        return "\"" + l.getLabel() + "\"" + l.getLanguage().map(t -> "@" + t.toLowerCase())
                .orElse("^^" + l.getDatatype().stringValue());
    }

    private static String jena(Node n) {
        if (n == null)
            return "-";
        if (n.isURI())
            return "<" + n.getURI() + ">";
        if (n.isBlank())
            return "_";
        String lang = n.getLiteralLanguage();
        return "\"" + n.getLiteralLexicalForm() + "\"" + (lang.isEmpty() ? "^^" + n.getLiteralDatatypeURI() : "@" + lang.toLowerCase());
    }
}
