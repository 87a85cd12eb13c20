package org.policygraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.policygraph.store.ExportFormat;
import org.policygraph.store.Exporter;
import org.policygraph.store.PolicyGraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policygraph export [--store DIR] [--format ttl|trig|nq|jsonld] [-o FILE]} */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Dump the graph: ttl is the union of all documents; trig, nq and jsonld keep one named graph per document.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "ttl", description = "ttl, trig, nq or jsonld (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExportFormat fmt = ExportFormat.of(format);
        try (PolicyGraphStore s = PolicyGraphStore.openExisting(store.path())) {
            if (output == null) {
                try (OutputStream out = WriterOutput.of(spec.commandLine().getOut())) {
                    Exporter.export(s, fmt, out);
                }
                return ExitCodes.OK;
            }
            // Written beside the target and moved into place, so a failed export leaves no half file.
            Path target = output.toAbsolutePath();
            Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    Exporter.export(s, fmt, out);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return ExitCodes.OK;
    }
}
