package org.policygraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.policygraph.store.Restore;
import org.policygraph.store.StoreException;
import org.policygraph.store.StoreHolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policygraph restore --store DIR [--replace] FILE.nq.gz} */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Build a store from a backup written by 'policygraph backup'.",
                "A store that holds data is refused unless --replace; a damaged backup leaves the store as it was."})
public final class RestoreCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--replace", description = "Discard what the store holds and put the backup in its place")
    boolean replace;

    @Parameters(index = "0", paramLabel = "FILE.nq.gz", description = "The backup file")
    Path backup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StoreHolder.of(store.path()).ifPresent(p -> {
            throw new StoreException("Store " + store.path() + " is in use by " + StoreHolder.describe(p) + "; stop that process first");
        });
        Restore.Restored r = Restore.run(backup, store.path(), replace, DerivedDataWiring.of(store.path()));
        spec.commandLine().getErr().println(r.summary());
        return ExitCodes.OK;
    }
}
