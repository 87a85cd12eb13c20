package org.policygraph.pages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The analyst's pages: {@code /id/...} for every resource in the store and {@code /def} for the
 * vocabulary, as HTML or RDF by content negotiation or {@code ?format=}; {@code /search?q=...}.
 * GET and HEAD only; anything the store does not know is 404.
 */
public final class PagesServlet extends HttpServlet {

    /** Most statements naming a resource listed on its page. */
    static final int MAX_INCOMING = 200;
    /** Most hits of a search. */
    static final int MAX_HITS = 50;

    private final transient DatasetGraph dsg;
    private final transient Vocabulary vocabulary;
    private final transient TextSearch search;

    /** Pages over this dataset (read in read transactions), labelled from the vocabulary, searched by {@code search}. */
    public PagesServlet(DatasetGraph dsg, Vocabulary vocabulary, TextSearch search) {
        this.dsg = dsg;
        this.vocabulary = vocabulary;
        this.search = search;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals("/search")) {
            String q = Optional.ofNullable(req.getParameter("q")).orElse("");
            if (q.length() > 500)
                q = q.substring(0, 500);
            String query = q;
            List<TextSearch.Hit> hits = Txn.calculateRead(dsg, () -> search.search(dsg, query, MAX_HITS));
            html(resp, 200, SearchPage.render(query, hits, MAX_HITS));
            return;
        }
        Optional<RdfFormat> format = RdfFormat.choose(req.getParameter("format"), req.getHeader("Accept"));
        resp.setHeader("Vary", "Accept");
        if (format.isEmpty()) {
            resp.sendError(req.getParameter("format") != null ? 400 : 406,
                    "Formats: html, ttl, jsonld, nt, rdf (?format= or Accept)");
            return;
        }
        if (path.equals(Links.DEF_PATH)) {
            if (format.get() == RdfFormat.HTML)
                html(resp, 200, VocabularyPage.render(vocabulary));
            else
                rdf(resp, vocabulary.graph(), format.get());
            return;
        }
        Optional<Node> resource = Links.resource(path);
        if (resource.isEmpty()) {
            notFound(resp, path);
            return;
        }
        Txn.executeRead(dsg, () -> {
            try {
                Description d = Description.read(dsg, resource.get(), MAX_INCOMING);
                if (!d.known())
                    notFound(resp, path);
                else if (format.get() == RdfFormat.HTML)
                    html(resp, 200, new ResourcePage(vocabulary).render(dsg, d));
                else
                    rdf(resp, d.asGraph(), format.get());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void notFound(HttpServletResponse resp, String path) throws IOException {
        Page page = new Page("Not found");
        page.main().appendElement("p").text("Nothing in the store has the IRI of " + path + ".");
        html(resp, 404, page.html());
    }

    private static void html(HttpServletResponse resp, int status, String html) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Content-Security-Policy", Page.CSP);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static void rdf(HttpServletResponse resp, Graph g, RdfFormat format) throws IOException {
        resp.setContentType(format.mediaType() + "; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, g, format.lang());
        }
    }
}
