package org.policygraph.store;

import java.lang.reflect.Field;
import java.util.function.Supplier;

import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.sys.SystemIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How TDB2 reads the index files of a store it connects: memory-mapped (Jena's default) or through
 * read calls into a block cache ("direct"). TDB2 takes the mode from one JVM-wide setting
 * ({@link SystemIndex#fileMode()}) when it builds a connection's B+trees, not from the store
 * parameters a connection is given (their file mode is accepted and not read by
 * {@code BPlusTreeFactory}), and Jena lets a process set that once, before its first store. To read
 * one store directly while every other store of the process (a bulk build's, a scratch store) stays
 * mapped, the setting is switched for the time of that store's connection and put back, through its
 * field. Should a Jena version rename the field, the store is connected mapped, as before, and the
 * log says so once.
 * <pre>{@code
 * DatasetGraph dsg = IndexFileMode.directWhile(() -> DatabaseMgr.connectDatasetGraph(location));
 * }</pre>
 */
final class IndexFileMode {

    private static final Logger LOG = LoggerFactory.getLogger("policygraph");
    private static final Field SETTING = setting();

    private IndexFileMode() {
    }

    private static Field setting() {
        try {
            Field f = SystemIndex.class.getDeclaredField("fileMode");
            f.setAccessible(true);
            return f.getType() == FileMode.class ? f : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.info("Jena's index file mode cannot be set per store ({}); stores are memory-mapped", e.toString());
            return null;
        }
    }

    /**
     * Runs {@code connect} with the index files of the connections it builds read directly, then
     * puts back the mode before. Connections made by other threads meanwhile are read directly
     * too; this process makes its connections from one thread at a time.
     */
    static synchronized <T> T directWhile(Supplier<T> connect) {
        if (SETTING == null)
            return connect.get();
        FileMode before = SystemIndex.fileMode();
        set(FileMode.direct);
        try {
            return connect.get();
        } finally {
            set(before);
        }
    }

    private static void set(FileMode mode) {
        try {
            SETTING.set(null, mode);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot set Jena's index file mode", e);
        }
    }
}
