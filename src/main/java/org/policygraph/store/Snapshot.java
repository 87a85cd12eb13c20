package org.policygraph.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * A backup of the store: gzipped N-Quads of every graph (the document graphs, the registry and any
 * other named graph, and the stored default graph if anything was written there), read in one read
 * transaction, so it is the store as it was at one moment while writers go on. Written to a file
 * beside the target, forced to disk and only then renamed over the target: a process killed during
 * a backup leaves the previous backup whole (and a {@code .part} file, which the next backup to the
 * same target clears).
 * <pre>{@code
 * Snapshot.Written w = Snapshot.write(store, Path.of("backup.nq.gz"));
 * }</pre>
 */
public final class Snapshot {

    /**
     * A finished backup.
     *
     * @param file   where it is
     * @param graphs named graphs written
     * @param quads  quads written
     * @param bytes  size of the file
     */
    public record Written(Path file, long graphs, long quads, long bytes) {

        /** One line for the log and the command line. */
        public String summary() {
            return "Backup " + file + ": " + graphs + " graphs, " + quads + " quads, " + StoreSize.human(bytes);
        }
    }

    private Snapshot() {
    }

    /**
     * Writes a backup of {@code store} to {@code target}.
     *
     * @throws StoreException naming the target when it cannot be written (the file system is full, ...);
     *         a previous backup at {@code target} is then left as it was
     */
    public static Written write(PolicyGraphStore store, Path target) {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        String partPrefix = "." + file.getFileName() + ".part-";
        clearAbandonedParts(dir, partPrefix);
        Path part = dir.resolve(partPrefix + ProcessHandle.current().pid());
        try {
            long[] counts;
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream raw = Channels.newOutputStream(channel);
                GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(raw, 1 << 16), 1 << 16);
                counts = quads(store.dataset(), gzip);
                gzip.finish();
                gzip.flush();
                channel.force(true);
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(dir);
            return new Written(file, counts[0], counts[1], Files.size(file));
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // A leftover part file is cleared by the next backup to this target.
            }
            if (NoSpace.causedIn(e, dir))
                throw new StoreException("File system full: cannot write backup " + file + " of store " + store.location()
                        + (Files.exists(file) ? "; the previous backup there is unchanged" : ""), e);
            throw new StoreException("Cannot write backup " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes every quad in one read transaction; returns {graphs, quads}. */
    private static long[] quads(DatasetGraph dsg, OutputStream out) {
        return Txn.calculateRead(dsg, () -> {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            stream.start();
            long quads = 0;
            quads = send(dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY), stream, quads);
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            names.sort(Comparator.comparing(Node::toString));
            for (Node g : names)
                quads = send(dsg.find(g, Node.ANY, Node.ANY, Node.ANY), stream, quads);
            stream.finish();
            return new long[] {names.size(), quads};
        });
    }

    /** Sends the quads of {@code it}, counting on from {@code sent}; returns the new count. */
    private static long send(Iterator<Quad> it, StreamRDF stream, long sent) {
        long n = sent;
        while (it.hasNext()) {
            if (n % Waypoint.QUADS == 0)
                Waypoint.reached(Waypoint.BACKUP_WRITING);
            stream.quad(it.next());
            n++;
        }
        return n;
    }

    /** Makes the rename itself durable: the folder's entry is written out too. */
    private static void forceFolder(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // Some file systems do not sync folders; the file's own data is on disk already.
        }
    }

    /** Deletes part files of backups to the same target by processes no longer running. */
    private static void clearAbandonedParts(Path dir, String prefix) {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, glob(prefix) + "*")) {
            for (Path p : parts) {
                String pid = p.getFileName().toString().substring(prefix.length());
                if (pid.matches("\\d{1,10}") && !ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false))
                    Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Only disk space is at stake.
        }
    }

    private static String glob(String literal) {
        return literal.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }
}
