package org.policygraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Fuseki server over the store: dataset {@value #DATASET}, queries at
 * {@code /policygraph/sparql} and {@code /policygraph/query}, graph store reads at
 * {@code /policygraph/get}. Read-only: no update, upload or graph-store write operation is
 * registered at all, so there is nothing to switch on by accident.
 * <pre>{@code
 * FusekiServer server = PolicyGraphServer.start(store.dataset(), ServerSettings.DEFAULTS);
 * try { ... } finally { server.stop(); }
 * }</pre>
 */
public final class PolicyGraphServer {

    /** Name of the dataset on the server. */
    public static final String DATASET = "/policygraph";

    private PolicyGraphServer() {
    }

    /** Builds and starts the server; the caller stops it. */
    public static FusekiServer start(DatasetGraph dsg, ServerSettings settings) {
        // The time limit sits on the endpoints, not on the dataset, whose context the in-process
        // query command shares.
        Context limits = new Context();
        limits.set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        DataService service = DataService.newBuilder(dsg)
                .withStdServices(false)
                .addEndpoint(endpoint(Operation.Query, "sparql", limits))
                .addEndpoint(endpoint(Operation.Query, "query", limits))
                .addEndpoint(endpoint(Operation.GSP_R, "get", limits))
                .build();
        FusekiServer server = FusekiServer.create()
                .port(settings.port())
                .add(DATASET, service)
                .enablePing(true)
                .enableStats(true)
                .verbose(false)
                .build();
        for (Connector c : server.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc)
                sc.setHost(settings.host());
        server.start();
        return server;
    }

    private static Endpoint endpoint(Operation operation, String name, Context context) {
        return Endpoint.create().operation(operation).endpointName(name).context(context).build();
    }

    /** The query endpoint's URL of a started server. */
    public static String queryUrl(FusekiServer server, String host) {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getHttpPort() + DATASET + "/sparql";
    }
}
