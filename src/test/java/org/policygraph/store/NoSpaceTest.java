package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.jena.dboe.base.file.FileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which failures are put down to a full file system. On a full one, FullDiskTest sees each layer's
 * form; here, that a form naming no cause is not taken for one while there is room.
 */
class NoSpaceTest {

    @TempDir
    Path tmp;

    @Test
    void anErrorThatSaysSoIsAFullFileSystemWhereverItIsInTheChain() {
        RuntimeException e = new RuntimeException("commit failed", new IOException("No space left on device"));
        assertTrue(NoSpace.causedIn(e, tmp));
        assertTrue(NoSpace.explain(e, tmp, "write to").getMessage().startsWith("File system full: cannot write to store " + tmp));
    }

    @Test
    void aShortWriteOrAMemoryFaultIsAFullFileSystemOnlyWhenItIsNearlyFull() {
        // The temporary folder has room: TDB2's short block write and the JVM's fault have another cause.
        FileException shortWrite = new FileException("write: short write (4096, not 8192)");
        assertFalse(NoSpace.causedIn(shortWrite, tmp));
        assertSame(shortWrite, NoSpace.explain(shortWrite, tmp, "write to"));
        assertFalse(NoSpace.causedIn(new InternalError("a fault occurred in an unsafe memory access operation"), tmp));
    }
}
