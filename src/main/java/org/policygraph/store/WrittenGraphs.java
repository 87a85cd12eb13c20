package org.policygraph.store;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The names of the graphs written to a store while a compaction copies it: what its catch-up must
 * bring from the live generation into the copy. {@link PinnedDataset} adds to it what each write
 * transaction wrote when that transaction commits. A write that names no one graph (a {@code clear},
 * a delete over every graph) marks everything: the catch-up then copies the whole store again.
 * Prefixes are not recorded; the catch-up copies all of them (there are a few dozen).
 */
final class WrittenGraphs {

    private final Set<Node> graphs = new HashSet<>();
    private boolean everything;
    private long commits;

    /** What was recorded up to a moment. */
    record Taken(Set<Node> graphs, boolean everything, long commits) {
    }

    /** The graphs one transaction wrote, kept with it until it commits. */
    static final class InTransaction {
        private final Set<Node> graphs = new HashSet<>();
        private boolean everything;

        /** {@code graph} written; a default-graph name as the default graph; any other non-graph name marks everything. */
        void written(Node graph) {
            if (everything)
                return;
            if (graph == null || Quad.isDefaultGraph(graph))
                graphs.add(Quad.defaultGraphIRI);
            else if (graph.isConcrete() && !Quad.isUnionGraph(graph))
                graphs.add(graph);
            else
                everything = true;
        }

        /** A write that no graph name can stand for. */
        void everything() {
            everything = true;
        }

        boolean isEmpty() {
            return !everything && graphs.isEmpty();
        }

        void clear() {
            graphs.clear();
            everything = false;
        }
    }

    /** Adds what a committed transaction wrote. */
    synchronized void committed(InTransaction t) {
        graphs.addAll(t.graphs);
        everything |= t.everything;
        commits++;
    }

    /** A write outside any transaction, which no graph name can be kept for until a commit. */
    synchronized void everything() {
        everything = true;
        commits++;
    }

    /** What is recorded so far, which is then forgotten: the recording goes on from nothing (commits are counted on). */
    synchronized Taken take() {
        Taken t = new Taken(Set.copyOf(graphs), everything, commits);
        graphs.clear();
        everything = false;
        return t;
    }

    /** Commits recorded so far: a later count that differs means something was written since. */
    synchronized long commits() {
        return commits;
    }
}
