package org.policygraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.StoreValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code policygraph validate [--store DIR]} */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "SHACL report of the store against ontology/shapes.ttl; exit code 1 on violations.")
public final class ValidateCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (PolicyGraphStore s = PolicyGraphStore.openExisting(store.path())) {
            ValidationReport report = StoreValidator.validate(s);
            PrintWriter out = spec.commandLine().getOut();
            if (report.conforms()) {
                out.println("Conforms: no violations of ontology/shapes.ttl");
                out.flush();
                return ExitCodes.OK;
            }
            try (OutputStream bytes = WriterOutput.of(out)) {
                ShLib.printReport(bytes, report);
            }
            out.println(report.getEntries().size() + " violation(s)");
            out.flush();
            return ExitCodes.INPUT_FAILED;
        }
    }
}
