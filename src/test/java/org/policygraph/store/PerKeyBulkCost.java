package org.policygraph.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * For the benchmark: the per-key phase of a bulk build, summary by summary, on a built store. A
 * bulk build runs the per-key summaries on a scratch store of the quads they read ({@link
 * PerKeyScratch}), several at a time, and prints only the phase's wall and CPU time; this loads the
 * same scratch store from {@code store} and then runs each summary's query alone, printing its
 * seconds, its rows and a digest of them (sorted N-Quads), so that a change to one summary query
 * can be timed and checked for the same rows without a full build. The scratch folder is kept
 * between runs (its load takes minutes at 100,000 documents); delete it when the documents change.
 */
public final class PerKeyBulkCost {

    private PerKeyBulkCost() {
    }

    /**
     * Prints, per per-key summary named in {@code only} (all when empty), its seconds, quads and
     * digest, {@code rounds} times. The store in {@code storeDir} is read only to load the scratch
     * store, and opened without {@link PolicyGraphStore#open}'s rebuild of summaries made by other
     * definitions: a changed summary query is what this is run for.
     */
    public static void print(Path storeDir, Path scratch, List<String> only, int rounds) {
        QueryFootprint footprint = PerKeyScratch.FOOTPRINT
                .orElseThrow(() -> new IllegalStateException("the per-key summaries read more than patterns of known predicates: no scratch store"));
        boolean load = !Files.exists(scratch);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(scratch));
        try {
            if (load) {
                DatasetGraph store = DatabaseMgr.connectDatasetGraph(Location.create(storeDir));
                try {
                    load(store, dsg, footprint);
                } finally {
                    TDBInternal.expel(store);
                }
            }
            else
                System.out.printf("scratch store %s kept from an earlier run%n", scratch);
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            for (int round = 1; round <= rounds; round++)
                for (SummaryDefinition def : SummaryDefinition.ALL) {
                    if (def.kind() != SummaryDefinition.Kind.PER_KEY || !(only.isEmpty() || only.contains(def.name())))
                        continue;
                    long t0 = System.nanoTime();
                    List<Quad> rows = Txn.calculateRead(dsg, () -> Summaries.allKeyRows(dsg, def));
                    double secs = (System.nanoTime() - t0) / 1e9;
                    System.out.printf("per-key %-40s round %d  quads %9d  seconds %8.2f  sha-256 %s%n", def.name(), round, rows.size(), secs,
                            digest(rows));
                }
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static void load(DatasetGraph store, DatasetGraph dsg, QueryFootprint footprint) {
        DataLoader loader = BulkLoad.startLoader(LoaderPlans.loaderPlanPhased, dsg);
        StreamRDF stream = loader.streamRDF();
        stream.start();
        long t0 = System.nanoTime();
        long[] kept = { 0 };
        Txn.executeRead(store, () -> store.find().forEachRemaining(q -> {
            if (footprint.admits(q)) {
                stream.quad(q);
                kept[0]++;
            }
        }));
        long t1 = System.nanoTime();
        stream.finish();
        loader.finishBulk();
        System.out.printf("scratch store: %d quads streamed in %.1f s, its load finished in %.1f s%n", kept[0], (t1 - t0) / 1e9,
                (System.nanoTime() - t1) / 1e9);
    }

    /** The rows in an order of their own, so that two runs compare whatever order the query gave them in. */
    private static String digest(List<Quad> rows) {
        List<String> lines = new ArrayList<>(rows.size());
        for (Quad q : rows)
            lines.add(NodeFmtLib.strNT(q.getGraph()) + " " + NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                    + NodeFmtLib.strNT(q.getObject()));
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
