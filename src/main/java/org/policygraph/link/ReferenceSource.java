package org.policygraph.link;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.policygraph.rdf.Iris;

/**
 * Where the link step looks things up: a SPARQL endpoint (Wikidata's by default) or a local RDF file
 * in the same shape. Both answer the same SELECT queries.
 */
public interface ReferenceSource {

    /** Wikidata's public SPARQL endpoint. */
    String WIKIDATA = "https://query.wikidata.org/sparql";

    /** Runs a SELECT query; fails with a {@link LinkException} naming the source. */
    List<Binding> select(String query);

    /** The source as a resource, for {@code prov:used}. */
    Node iri();

    /** A SPARQL endpoint over HTTP. */
    static ReferenceSource endpoint(String url, Duration timeout) {
        Node iri = NodeFactory.createURI(url);
        return new ReferenceSource() {
            @Override
            public List<Binding> select(String query) {
                try (QueryExec qe = QueryExecHTTP.service(url).query(query)
                        .httpHeader("User-Agent", "policygraph-link/0.1 (https://w3id.org/policygraph)")
                        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                    return collect(qe.select());
                } catch (RuntimeException e) {
                    java.util.Optional<String> unreachable = unreachable(e);
                    if (unreachable.isPresent())
                        throw new SourceUnavailableException("endpoint " + url + " cannot be reached (" + unreachable.get() + ")", e);
                    throw new LinkException("Endpoint " + url + " failed: " + brief(e.getMessage()), e);
                }
            }

            @Override
            public Node iri() {
                return iri;
            }

            @Override
            public String toString() {
                return url;
            }
        };
    }

    /** A local RDF file (any syntax Jena reads; quads are read as the union of their graphs). */
    static ReferenceSource file(Path file) {
        Graph g;
        try {
            Lang lang = RDFLanguages.filenameToLang(file.toString());
            g = lang != null && RDFLanguages.isQuads(lang) ? RDFDataMgr.loadDatasetGraph(file.toString()).getUnionGraph()
                    : RDFDataMgr.loadGraph(file.toString());
        } catch (RuntimeException e) {
            throw new LinkException("Cannot read reference RDF " + file + ": " + e.getMessage(), e);
        }
        // Named by file name only, so that the same file gives the same links on any machine.
        Node iri = NodeFactory.createURI("urn:policygraph:reference-file:" + Iris.slug(file.getFileName().toString()));
        return new ReferenceSource() {
            @Override
            public List<Binding> select(String query) {
                try (QueryExec qe = QueryExec.graph(g).query(query).build()) {
                    return collect(qe.select());
                }
            }

            @Override
            public Node iri() {
                return iri;
            }

            @Override
            public String toString() {
                return file.toString();
            }
        };
    }

    /** Why a request never reached the endpoint, when that is what happened (the cause chain's network error). */
    private static java.util.Optional<String> unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.NoRouteToHostException || t instanceof java.net.http.HttpConnectTimeoutException
                    || t instanceof java.nio.channels.UnresolvedAddressException)
                return java.util.Optional.of(t.getClass().getSimpleName()
                        + (t.getMessage() == null || t.getMessage().isBlank() ? "" : ": " + brief(t.getMessage())));
        return java.util.Optional.empty();
    }

    /** A message without the query a request URL carries (kilobytes of SPARQL), on one line. */
    private static String brief(String message) {
        if (message == null)
            return "no detail";
        String s = message.replaceAll("\\?query=\\S*", "?query=...").replaceAll("\\s+", " ").strip();
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    private static List<Binding> collect(RowSet rs) {
        List<Binding> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }
}
