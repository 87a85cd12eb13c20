package org.policygraph.server;

import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.policygraph.pages.IndexTextSearch;
import org.policygraph.pages.Links;
import org.policygraph.pages.PagesServlet;
import org.policygraph.pages.Vocabulary;
import org.policygraph.store.WriteGate;

/**
 * The embedded Fuseki server over the store: dataset {@value #DATASET}, queries at
 * {@code /policygraph/sparql} and {@code /policygraph/query}, graph store reads at
 * {@code /policygraph/get}, the query page at {@code /}, the catalogue at {@code /catalogue},
 * {@code /$/ping} and {@code /$/stats}; a page for every resource at {@code /id/...}, the vocabulary
 * at {@code /def} (also loaded into the dataset as a graph of its own, {@link VocabularyGraph}) and
 * search at {@code /search} ({@link PagesServlet}). Read-only unless the settings carry a password file: then
 * {@code /policygraph/update} is added, for authenticated users only. No upload, graph-store write or
 * admin operation is registered at all, so there is nothing to switch on by accident.
 * <pre>{@code
 * FusekiServer server = PolicyGraphServer.start(store.dataset(), ServerSettings.DEFAULTS.withPort(0));
 * try { ... } finally { server.stop(); }
 * }</pre>
 */
public final class PolicyGraphServer {

    /** Name of the dataset on the server. */
    public static final String DATASET = "/policygraph";

    /** Logger of the one-line-per-request log. */
    public static final String REQUEST_LOG = "policygraph.request";

    /** Request log line: client, request line, status, bytes sent, time taken. */
    private static final String REQUEST_LOG_FORMAT = "%{client}a \"%r\" %s %O bytes %{ms}T ms";

    private PolicyGraphServer() {
    }

    /** Builds and starts the server; the caller stops it. */
    public static FusekiServer start(DatasetGraph dsg, ServerSettings settings) {
        FusekiServer server = build(dsg, settings);
        server.start();
        return server;
    }

    /**
     * Lets an ORDER BY under the row cap keep only the best rows seen so far (LIMIT plus OFFSET, up
     * to twice the cap, leaving room for paging) instead of sorting every solution. ARQ's default
     * threshold, 1,000, is below the cap, so a capped ORDER BY over 700,000 solutions held all of
     * them: four at once filled a 4 GiB heap in the soak. ARQ reads this setting from its global
     * context only (TransformTopN), so it is raised there, never lowered.
     */
    static synchronized void raiseTopNThreshold(int maxRows) {
        int wanted = Math.max(1000, 2 * maxRows);
        Object current = ARQ.getContext().get(ARQ.topNSortingThreshold);
        if (!(current instanceof Number n) || n.intValue() < wanted)
            ARQ.getContext().set(ARQ.topNSortingThreshold, wanted);
    }

    /** Builds the server without starting it. */
    public static FusekiServer build(DatasetGraph dsg, ServerSettings settings) {
        // Limits and the SERVICE guard sit on the endpoints, not on the dataset, whose context the
        // in-process query command shares.
        Context limits = new Context();
        limits.set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        limits.set(ARQ.updateTimeout, Long.toString(settings.timeout().toMillis()));
        raiseTopNThreshold(settings.maxRows());
        ServiceGuard.install(limits, Set.copyOf(settings.allowedServices()));
        DataService.Builder service = DataService.newBuilder(dsg)
                .withStdServices(false)
                .addEndpoint(endpoint(Operation.Query, "sparql", limits))
                .addEndpoint(endpoint(Operation.Query, "query", limits))
                .addEndpoint(endpoint(Operation.GSP_R, "get", limits));
        if (settings.updatable())
            service.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update")
                    .context(limits).authPolicy(Auth.ANY_USER).build());
        PageServlet page = new PageServlet(QueryCatalogue.load());
        Vocabulary vocabulary = Vocabulary.load();
        VocabularyGraph.install(dsg, vocabulary);
        PagesServlet pages = new PagesServlet(dsg, vocabulary, new IndexTextSearch());
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .add(DATASET, service.build())
                .registerOperation(Operation.Query, new GuardedQuery(settings.maxRows(), Set.copyOf(settings.allowedServices())))
                .enablePing(true)
                .enableStats(true)
                .enableCors(false, null)
                .addFilter("/*", new RequestGuard(settings.maxRequestBytes(), settings.corsOrigins()))
                .addFilter("/*", new EncodedSlashes())
                .addServlet("", page)
                .addServlet("/ui/*", page)
                .addServlet("/catalogue", page)
                .addServlet("/prefixes", page)
                .addServlet("/charts", page)
                .addServlet("/id/*", pages)
                .addServlet(Links.DEF_PATH, pages)
                .addServlet("/search", pages)
                .verbose(false);
        if (settings.maxQueries() > 0) {
            WriteGate gate = WriteGate.of(dsg);
            QueryAdmission admission = new QueryAdmission(settings.maxQueries(), QueryAdmission.whileWritersHeld(settings.maxQueries()),
                    gate::writersHeld, settings.timeout());
            for (String path : List.of(DATASET + "/sparql", DATASET + "/query", DATASET + "/get", "/id/*", Links.DEF_PATH, "/search"))
                builder.addFilter(path, admission);
        }
        if (settings.updatable())
            builder.passwordFile(settings.passwordFile().toString()).auth(AuthScheme.BASIC)
                    .addFilter(DATASET + "/update", new UpdateGate(WriteGate.of(dsg)));
        FusekiServer server = builder.build();
        Server jetty = server.getJettyServer();
        for (Connector c : jetty.getConnectors())
            if (c instanceof ServerConnector sc)
                sc.setHost(settings.host());
        Slf4jRequestLogWriter writer = new Slf4jRequestLogWriter();
        writer.setLoggerName(REQUEST_LOG);
        jetty.setRequestLog(new CustomRequestLog(writer, REQUEST_LOG_FORMAT));
        ServletContextHandler context = findContext(jetty.getHandler());
        EncodedSlashes.allow(jetty, context);
        if (context != null)
            // HTML-form bodies are read by Jetty itself: same limit there.
            context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, settings.maxRequestBytes()));
        return server;
    }

    private static ServletContextHandler findContext(Handler handler) {
        if (handler instanceof ServletContextHandler sch)
            return sch;
        if (handler instanceof Handler.Wrapper w)
            return findContext(w.getHandler());
        return null;
    }

    private static Endpoint endpoint(Operation operation, String name, Context context) {
        return Endpoint.create().operation(operation).endpointName(name).context(context).build();
    }

    /** The query endpoint's URL of a started server. */
    public static String queryUrl(FusekiServer server, String host) {
        return baseUrl(server, host) + DATASET + "/sparql";
    }

    /** The server's root URL ({@code http://host:port}), where the query page is. */
    public static String baseUrl(FusekiServer server, String host) {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getHttpPort();
    }
}
