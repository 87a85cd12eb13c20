package org.policygraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.apache.jena.fuseki.main.FusekiServer;
import org.policygraph.ingest.FolderWatcher;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.maintenance.StoreMaintenance;
import org.policygraph.server.PolicyGraphServer;
import org.policygraph.server.ServerSettings;
import org.policygraph.store.PolicyGraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code policygraph serve [--store DIR] [--host H] [--port P] [--timeout SECONDS] [--max-rows N]
 * [--max-request-size BYTES] [--cors ORIGIN...] [--allow-update --password-file F]
 * [--allow-service URL...] [PATH...]}
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Ingest PATHs if given, then serve the store over SPARQL until Ctrl-C.",
                "Read-only unless --allow-update with --password-file; the query page is at /."})
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger("policygraph");

    @Mixin
    StoreOption store;

    @Option(names = "--watch", paramLabel = "DIR", arity = "1..*",
            description = "Ingest new and changed files in these folders while serving (readers keep seeing whole documents)")
    List<Path> watch = List.of();

    @Option(names = "--remove-deleted",
            description = "With --watch: remove the graph of a file deleted from a watched folder (default: keep it, and log that it was kept)")
    boolean removeDeleted;

    @Option(names = "--watch-interval", paramLabel = "SECONDS", defaultValue = "2",
            description = "How often watched folders are scanned (default: ${DEFAULT-VALUE})")
    double watchSeconds;

    // 1.25: the store grows past the trigger by up to one commit before the writers are held, and the
    // watcher's largest commits (a landing backlog, 256 documents) grew the soak's store by up to 0.2x;
    // at 1.3 that left no room under the 1.5x the store is kept under (1.497x beside the CI check).
    @Option(names = "--compact-above", paramLabel = "RATIO", defaultValue = "1.25",
            description = "Compact the store while serving when its size passes RATIO times its size after the last compaction; 0: never (default: ${DEFAULT-VALUE})")
    double compactAbove;

    @Option(names = "--compact-check", paramLabel = "SECONDS", defaultValue = "60",
            description = "How often the store's size is checked against --compact-above (default: ${DEFAULT-VALUE})")
    double compactCheckSeconds;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port)")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query and update time limit in seconds; the query is stopped and the client gets 503 (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Most result rows a query returns: a larger or missing LIMIT is lowered to N; 0 for no cap (default: ${DEFAULT-VALUE})")
    int maxRows;

    @Option(names = "--max-request-size", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE})")
    long maxRequestBytes;

    @Option(names = "--max-queries", paramLabel = "N",
            description = "Queries answered at once (one per processor while a compaction holds the writers); more wait their"
                    + " turn, up to the time limit, then get 503; 0 for no limit (default: 4 per processor, at least 8; here ${DEFAULT-VALUE})")
    int maxQueries = ServerSettings.DEFAULT_MAX_QUERIES;

    @Option(names = "--cors", paramLabel = "ORIGIN", arity = "1..*",
            description = "Let browser pages from these origins (e.g. https://example.org, or * for any) call the endpoint; default: none")
    List<String> corsOrigins = List.of();

    @Option(names = "--allow-update",
            description = "Add the update endpoint /policygraph/update, for the users of --password-file only (HTTP basic authentication)")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Jetty password file, one 'user: password' per line; required by --allow-update")
    Path passwordFile;

    @Option(names = "--allow-service", paramLabel = "URL", arity = "1..*",
            description = "Endpoints a query may call with SERVICE; default: SERVICE is refused")
    List<String> allowedServices = List.of();

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to ingest first")
    List<Path> paths = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ServerSettings settings = settings();
        PolicyGraphStore s = PolicyGraphStore.open(store.path());
        int ingestCode = ExitCodes.OK;
        if (!paths.isEmpty()) {
            IngestReport report = Ingester.builder(s).build().ingest(paths);
            ingestCode = IngestCommand.printReport(report, spec.commandLine().getErr());
        }
        FusekiServer server = PolicyGraphServer.start(s.dataset(), settings);
        FolderWatcher watcher = watch.isEmpty() ? null
                : FolderWatcher.start(s, watch, Duration.ofMillis((long) (watchSeconds * 1000)), removeDeleted, this::watched);
        // Backups asked for by 'policygraph backup'; compaction only where something writes.
        StoreMaintenance maintenance = StoreMaintenance.start(s, watch.isEmpty() && !allowUpdate ? 0 : compactAbove,
                Duration.ofMillis((long) (compactCheckSeconds * 1000)), DerivedDataWiring.of(s));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Shutting down");
            if (watcher != null)
                watcher.close();
            maintenance.close();
            server.stop();
            s.close();
            stopped.countDown();
        }, "policygraph-shutdown"));
        LOG.info("Serving {} {} at {} (query time limit {} s, at most {} rows); query page at {}/{}", s.location(),
                settings.updatable() ? "with updates for authenticated users" : "read-only",
                PolicyGraphServer.queryUrl(server, host), timeoutSeconds, maxRows == 0 ? "unlimited" : maxRows,
                PolicyGraphServer.baseUrl(server, host),
                ingestCode == ExitCodes.OK ? "" : "; some inputs failed, see above");
        stopped.await();
        return ingestCode;
    }

    private void watched(IngestReport report) {
        report.failures().forEach(f -> LOG.warn("error: {}", f));
        report.duplicates().forEach(d -> LOG.warn("Watch: {}", d));
        report.deletions().forEach(d -> LOG.info("Watch: {}", d));
        if (report.changedStore())
            LOG.info("Watch: {}", report.summary().replace('\n', ' '));
    }

    /** The settings from the options; a wrong combination is a command-line error. */
    ServerSettings settings() {
        if (compactAbove != 0 && !(compactAbove > 1))
            throw new ParameterException(spec.commandLine(), "--compact-above must be above 1, or 0 for never: " + compactAbove);
        if (!(compactCheckSeconds > 0))
            throw new ParameterException(spec.commandLine(), "--compact-check must be positive: " + compactCheckSeconds);
        if (allowUpdate && passwordFile == null)
            throw new ParameterException(spec.commandLine(), "--allow-update needs --password-file: updates are never open");
        if (removeDeleted && watch.isEmpty())
            throw new ParameterException(spec.commandLine(), "--remove-deleted is only used with --watch");
        for (Path folder : watch)
            FolderWatcher.notWatchable(folder).ifPresent(reason -> {
                throw new ParameterException(spec.commandLine(), "Cannot watch " + folder + ": " + reason);
            });
        if (!allowUpdate && passwordFile != null)
            throw new ParameterException(spec.commandLine(), "--password-file is only used with --allow-update");
        if (passwordFile != null && !Files.isReadable(passwordFile))
            throw new ParameterException(spec.commandLine(), "Cannot read password file " + passwordFile);
        try {
            return new ServerSettings(host, port, Duration.ofMillis((long) (timeoutSeconds * 1000)), maxRows,
                    maxRequestBytes, corsOrigins, passwordFile, allowedServices, maxQueries);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
