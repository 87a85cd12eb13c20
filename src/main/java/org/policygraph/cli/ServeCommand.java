package org.policygraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.apache.jena.fuseki.main.FusekiServer;
import org.policygraph.server.PolicyGraphServer;
import org.policygraph.server.ServerSettings;
import org.policygraph.store.IngestReport;
import org.policygraph.store.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policygraph serve [--store DIR] [--host H] [--port P] [--timeout SECONDS] [PATH...]} */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Ingest PATHs if given, then serve the store read-only over SPARQL until Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger("policygraph");

    @Mixin
    StoreOption store;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port)")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query time limit in seconds (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to ingest first")
    List<Path> paths = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ServerSettings settings = new ServerSettings(host, port, Duration.ofMillis((long) (timeoutSeconds * 1000)));
        PolicyGraphStore s = PolicyGraphStore.open(store.path());
        int ingestCode = ExitCodes.OK;
        if (!paths.isEmpty()) {
            IngestReport report = new Ingester(s).ingest(paths);
            ingestCode = IngestCommand.printReport(report, spec.commandLine().getErr());
        }
        FusekiServer server = PolicyGraphServer.start(s.dataset(), settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Shutting down");
            server.stop();
            s.close();
            stopped.countDown();
        }, "policygraph-shutdown"));
        LOG.info("Serving {} read-only at {} (query time limit {} s){}", s.location(),
                PolicyGraphServer.queryUrl(server, host), timeoutSeconds,
                ingestCode == ExitCodes.OK ? "" : "; some inputs failed, see above");
        stopped.await();
        return ingestCode;
    }
}
