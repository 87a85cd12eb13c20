package org.policygraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.policygraph.store.PolicyGraphStore;
import org.policygraph.textindex.TextIndex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policygraph reindex [--store DIR] [--changed-only]} */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuilds the store's full-text index (text:query) from the store. With --changed-only, "
                + "re-reads only the documents whose indexed version differs from the stored one and drops "
                + "documents the store no longer has.")
public final class ReindexCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--changed-only", description = "Compare versions and re-read only the differences.")
    boolean changedOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (PolicyGraphStore s = PolicyGraphStore.openExisting(store.path())) {
            TextIndex index = s.textIndex();
            PrintWriter out = spec.commandLine().getOut();
            long begin = System.nanoTime();
            if (changedOnly) {
                TextIndex.Reconciliation r = index.reconcile(s.dataset());
                out.printf("Re-read %d document(s), removed %d from the text index in %d ms%n",
                        r.reindexed(), r.removed(), (System.nanoTime() - begin) / 1_000_000);
            } else {
                long n = index.rebuild(s.dataset());
                out.printf("Indexed %d document(s) in %d ms (%s)%n", n, (System.nanoTime() - begin) / 1_000_000,
                        index.folder());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
