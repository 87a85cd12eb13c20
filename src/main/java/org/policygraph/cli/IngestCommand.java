package org.policygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policygraph ingest [--store DIR] PATH...} */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Parse files and folders (recursively; .txt, .md, .pdf, .html, .htm and .docx) into the store. "
                + "Unchanged files are skipped; changed files replace their graph; a renamed file moves its document; "
                + "a file with the same content as a stored one under another path is stored once, and named.")
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (PolicyGraphStore s = PolicyGraphStore.openForIngest(store.path())) {
            IngestReport report = Ingester.builder(s).build().ingest(paths);
            return printReport(report, spec.commandLine().getErr());
        }
    }

    /** Prints failures and the summary to {@code err}; returns the exit code the report calls for. */
    static int printReport(IngestReport report, PrintWriter err) {
        report.failures().forEach(f -> err.println("policygraph: error: " + f));
        report.duplicates().forEach(d -> err.println("policygraph: warning: " + d));
        err.println(report.summary());
        err.flush();
        return report.ok() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }
}
