package org.policygraph.cli;

import java.util.concurrent.Callable;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.StoreValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code policygraph validate [--store DIR]} */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "SHACL report of the store against ontology/shapes.ttl; exit code 1 on violations.")
public final class ValidateCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (PolicyGraphStore s = PolicyGraphStore.openExisting(store.path())) {
            ValidationReport report = StoreValidator.validate(s);
            if (report.conforms()) {
                System.out.println("Conforms: no violations of ontology/shapes.ttl");
                return ExitCodes.OK;
            }
            ShLib.printReport(System.out, report);
            System.out.println(report.getEntries().size() + " violation(s)");
            return ExitCodes.INPUT_FAILED;
        }
    }
}
