package org.policygraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.policygraph.rdf.QueryPrefixes;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The query page: {@code /} (index.html), the charts at {@code /charts}, their files under
 * {@code /ui/} (from the jar's {@code ui/}: our pages and the YASGUI, Observable Plot and d3 builds), {@code /catalogue} (the ready queries as JSON) and {@code /prefixes}
 * (the prefixes every query may use undeclared, as JSON). Read-only: GET
 * and HEAD only.
 */
final class PageServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml");

    private final byte[] catalogue;
    private final byte[] prefixes;

    PageServlet(List<QueryCatalogue.Entry> entries) {
        JsonArray array = new JsonArray();
        for (QueryCatalogue.Entry e : entries) {
            JsonObject o = new JsonObject();
            o.put("file", e.file());
            o.put("title", e.title());
            o.put("description", e.description());
            o.put("query", e.query());
            array.add(o);
        }
        catalogue = JSON.toString(array).getBytes(StandardCharsets.UTF_8);
        JsonObject declared = new JsonObject();
        QueryPrefixes.prefixes().getNsPrefixMap().forEach(declared::put);
        prefixes = JSON.toString(declared).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (path.equals("/catalogue")) {
            resp.setContentType(TYPES.get("json"));
            resp.getOutputStream().write(catalogue);
            return;
        }
        if (path.equals("/prefixes")) {
            resp.setContentType(TYPES.get("json"));
            resp.getOutputStream().write(prefixes);
            return;
        }
        String resource = path.isEmpty() || path.equals("/") ? "/ui/index.html" : path.equals("/charts") ? "/ui/charts.html" : path;
        if (!resource.startsWith("/ui/") || resource.contains("..")) {
            resp.sendError(404);
            return;
        }
        try (InputStream in = PageServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(404);
                return;
            }
            String ext = resource.substring(resource.lastIndexOf('.') + 1);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            if (resource.endsWith(".html"))
                // The page runs only its own scripts; queries go to this server only.
                resp.setHeader("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; "
                        + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'none'");
            in.transferTo(resp.getOutputStream());
        }
    }
}
