package org.policygraph.server;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Federated SERVICE calls from the server: refused unless the endpoint is on the operator's list, so
 * that no client can make the server fetch an arbitrary address. Works on the endpoint context, not on
 * the dataset, so the in-process {@code query} command keeps SERVICE.
 */
final class ServiceGuard {

    private ServiceGuard() {
    }

    /** Puts into {@code context} a SERVICE executor chain that refuses every endpoint not in {@code allowed}. */
    static void install(Context context, Set<String> allowed) {
        // Belt and braces: with no endpoint allowed, ARQ's own switch for HTTP SERVICE is off too.
        context.set(ARQ.httpServiceAllowed, !allowed.isEmpty());
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.standardRegistry().copy();
        registry.addSingleLink((opExec, opOriginal, binding, execCxt, chain) -> {
            Node service = opExec.getService();
            if (service == null || !service.isURI() || !allowed.contains(service.getURI()))
                throw new QueryExecException("SERVICE " + (service == null ? "" : service.toString())
                        + " is not allowed on this server");
            return chain.createExecution(opExec, opOriginal, binding, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }
}
