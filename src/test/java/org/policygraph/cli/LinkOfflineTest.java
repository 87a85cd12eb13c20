package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.link.LinkIris;
import org.policygraph.rdf.PG;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;

/** {@code link} with an endpoint that cannot be reached: one line of advice, and the corpus links still written. */
@Tag("store")
class LinkOfflineTest {

    @TempDir
    Path tmp;

    @Test
    void anUnreachableEndpointStillWritesPostsAndSaysWhatToDoInOneLine() throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(ExitCodes.OK, CliRun.of("ingest", "--store", store.toString(), Corpora.examples().toString()).code());
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        CliRun r = CliRun.of("link", "--store", store.toString(), "--timeout", "5",
                "--endpoint", "http://127.0.0.1:" + closedPort + "/sparql");
        assertEquals(ExitCodes.INPUT_FAILED, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        String line = lines.get(0);
        assertTrue(line.contains("cannot be reached") && line.contains("--no-endpoint") && line.contains("--endpoint URL"), line);
        assertTrue(line.length() < 400, "no query URL dumped: " + line.length() + " characters");
        assertTrue(r.out().startsWith("Linked:"), r.out());
        try (PolicyGraphStore s = PolicyGraphStore.openExisting(store)) {
            long posts = Txn.calculateRead(s.dataset(), () -> s.dataset().stream(LinkIris.CORPUS_GRAPH, Node.ANY, RDF.Nodes.type, PG.Post).count());
            assertTrue(posts > 0, "posts are written without the network");
        }
    }
}
