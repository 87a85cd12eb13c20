package org.policygraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.policygraph.maintenance.BackupRequests;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.Snapshot;
import org.policygraph.store.StoreException;
import org.policygraph.store.StoreHolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policygraph backup [--store DIR] -o FILE.nq.gz} */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent snapshot of the store (every graph, the registry included) as gzipped N-Quads.",
                "Works while 'serve' holds the store: the server then writes it. The file is replaced only when the new one is complete."})
public final class BackupCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.nq.gz", required = true, description = "The backup file")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path target = output.toAbsolutePath();
        if (!Files.isDirectory(target.getParent()))
            throw new StoreException("Cannot write backup " + output + ": no folder " + target.getParent());
        if (!Files.isDirectory(store.path()))
            throw new StoreException("No store at " + store.path() + " (give --store)");
        Optional<ProcessHandle> holder = StoreHolder.of(store.path());
        String summary;
        if (holder.isPresent()) {
            spec.commandLine().getErr().println("Store " + store.path() + " is held by " + StoreHolder.describe(holder.get())
                    + "; asking it for the backup");
            summary = BackupRequests.ask(store.path(), holder.get(), target);
        } else {
            try (PolicyGraphStore s = PolicyGraphStore.openExisting(store.path())) {
                summary = Snapshot.write(s, target).summary();
            }
        }
        spec.commandLine().getErr().println(summary);
        return ExitCodes.OK;
    }
}
