package org.policygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.policygraph.harvest.ApiClient;
import org.policygraph.harvest.ApiPaths;
import org.policygraph.harvest.ClientSettings;
import org.policygraph.harvest.HarvestException;
import org.policygraph.harvest.HarvestImport;
import org.policygraph.harvest.HarvestReport;
import org.policygraph.harvest.Harvester;
import org.policygraph.harvest.JsonValues;
import org.policygraph.store.PolicyGraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code policygraph harvest [--from DATE] [--to DATE] [--legislature L] [--out DIR] [--ingest --store DIR]
 * [--base-url URL] [--from-dir DIR] [--dry-run]}
 */
@Command(name = "harvest", mixinStandardHelpOptions = true,
        description = {"Fetches the Flemish Parliament's written questions from its open-data API: finds them through"
                + " the search API, saves each question's detail (JSON) beside its PDFs in the --out folder, and with"
                + " --ingest reads them into the store with the API's metadata (answer date, on time or late, kind of"
                + " answer, themes, the asker's party) in a graph of its own per question.",
                "Resumable: a second run fetches only what is missing or changed. Polite: --rate requests per second,"
                        + " retries with backoff on 429 and 5xx (honouring Retry-After), a time limit per request.",
                "--from-dir DIR imports a folder of saved JSON and PDFs into the store without the network."})
public final class HarvestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--from", paramLabel = "DATE", description = "first publication date (YYYY-MM-DD or DD-MM-YYYY)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last publication date (default: today)")
    String to;

    @Option(names = "--legislature", paramLabel = "L", description = "only questions of this legislature (\"2024-2029\")")
    String legislature;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "data/harvest",
            description = "folder for the JSON, PDFs and state file (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--ingest", description = "read what was harvested into the store (--store) with its metadata")
    boolean ingest;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = ApiPaths.PARLIAMENT,
            description = "the API's address: a mirror or a test server (default: ${DEFAULT-VALUE})")
    String baseUrl;

    @Option(names = "--from-dir", paramLabel = "DIR",
            description = "import saved JSON and PDFs from DIR into the store instead of using the network")
    Path fromDir;

    @Option(names = "--dry-run", description = "list what would be fetched; fetch and write nothing")
    boolean dryRun;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "1",
            description = "requests per second at most (default: ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "time limit per request (default: ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "4",
            description = "retries per request on 429, 5xx and network errors (default: ${DEFAULT-VALUE})")
    int retries;

    @Option(names = "--backoff", paramLabel = "SECONDS", defaultValue = "2",
            description = "wait before the first retry, doubled for each next one (default: ${DEFAULT-VALUE})")
    double backoff;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (fromDir != null)
            return importFolder(fromDir, err);
        if (from == null)
            return usage("--from DATE is required (or --from-dir DIR)");
        Optional<LocalDate> first = JsonValues.date(from);
        Optional<LocalDate> last = to == null ? Optional.of(LocalDate.now(ZoneId.of("Europe/Brussels"))) : JsonValues.date(to);
        if (first.isEmpty() || last.isEmpty())
            return usage("cannot read the date " + (first.isEmpty() ? from : to) + " (use YYYY-MM-DD)");
        if (last.get().isBefore(first.get()))
            return usage("--to " + last.get() + " is before --from " + first.get());
        if (rate <= 0 || timeout < 1 || retries < 0 || backoff < 0)
            return usage("--rate and --timeout must be positive, --retries and --backoff not negative");
        ClientSettings settings = new ClientSettings(rate, Duration.ofSeconds(timeout), retries + 1,
                Duration.ofMillis((long) (backoff * 1000)), Duration.ofMinutes(2), ClientSettings.USER_AGENT);
        HarvestReport report;
        try (ApiClient client = new ApiClient(settings)) {
            Harvester harvester = new Harvester(client, new ApiPaths(baseUrl), out, line -> {
                err.println(line);
                err.flush();
            });
            report = harvester.harvest(first.get(), last.get(), Optional.ofNullable(legislature), dryRun);
        } catch (HarvestException e) {
            err.println("policygraph: the search failed: " + e.getMessage());
            err.flush();
            return ExitCodes.CANNOT_RUN;
        } catch (IllegalArgumentException e) {
            return usage("--base-url " + baseUrl + ": " + e.getMessage());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        report.wouldFetch().forEach(id -> stdout.println(new ApiPaths(baseUrl).question(id)));
        stdout.flush();
        report.warnings().forEach(w -> err.println("policygraph: warning: " + w));
        for (Map.Entry<String, String> f : report.failures().entrySet())
            err.println("policygraph: error: question " + f.getKey() + ": " + f.getValue());
        err.println(report.summary());
        err.flush();
        int code = report.ok() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
        if (ingest && !dryRun) {
            int imported = importFolder(out, err);
            return Math.max(code, imported);
        }
        return code;
    }

    private int importFolder(Path folder, PrintWriter err) {
        if (dryRun)
            return usage("--dry-run does not go with --from-dir: an import reads no network");
        try (PolicyGraphStore s = PolicyGraphStore.openForIngest(store.path())) {
            HarvestImport.Result r = new HarvestImport(s).importFolder(folder);
            int code = IngestCommand.printReport(r.ingest(), err);
            for (Map.Entry<String, String> f : r.failed().entrySet())
                err.println("policygraph: error: " + folder.resolve(f.getKey()) + ": " + f.getValue());
            err.println(String.format("Metadata: %d records, %d metadata graphs written, %d joined to their document, %d failed",
                    r.records(), r.metadataGraphs(), r.joined(), r.failed().size()));
            err.flush();
            return r.failed().isEmpty() ? code : ExitCodes.INPUT_FAILED;
        } catch (java.io.UncheckedIOException e) {
            err.println("policygraph: " + e.getMessage());
            err.flush();
            return ExitCodes.CANNOT_RUN;
        }
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("policygraph harvest: " + message);
        spec.commandLine().getErr().flush();
        return ExitCodes.USAGE;
    }
}
