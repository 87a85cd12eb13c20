package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** The gate tells whether writers are held, across the brake's close and the catch-up's within it. */
class WriteGateTest {

    @Test
    void writersAreHeldFromTheFirstCloseUntilTheLastOpen() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        WriteGate gate = WriteGate.of(dsg);
        assertSame(gate, WriteGate.of(dsg), "one gate per dataset");
        assertFalse(gate.writersHeld());
        WriteGate.Closed brake = gate.close();
        assertTrue(gate.writersHeld());
        WriteGate.Closed catchUp = gate.close();
        catchUp.close();
        assertTrue(gate.writersHeld(), "still held by the brake");
        brake.close();
        assertFalse(gate.writersHeld());
    }
}
