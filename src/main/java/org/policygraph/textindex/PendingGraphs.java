package org.policygraph.textindex;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The journal of document graphs whose index entries may be behind the store: names are forced to
 * disk before the store commits a change to them and cleared once the index has committed it. A
 * name cut short by a kill is harmless: re-reading a graph that does not exist only deletes
 * nothing.
 */
final class PendingGraphs {

    private final Path file;

    PendingGraphs(Path file) {
        this.file = file;
    }

    /** Records {@code graphs} as possibly behind, durably, before the store changes them. */
    void add(Collection<String> graphs) throws IOException {
        if (graphs.isEmpty())
            return;
        StringBuilder lines = new StringBuilder();
        for (String g : graphs)
            lines.append(g).append('\n');
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buf = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining())
                ch.write(buf);
            ch.force(true);
        }
    }

    /** The graphs recorded and not yet cleared. */
    Set<String> read() throws IOException {
        Set<String> graphs = new LinkedHashSet<>();
        if (!Files.exists(file))
            return graphs;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8))
            if (!line.isBlank())
                graphs.add(line.strip());
        return graphs;
    }

    /** Forgets every recorded graph: the index has committed them all. */
    void clear() throws IOException {
        if (!Files.exists(file))
            return;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(0);
            ch.force(true);
        }
    }
}
