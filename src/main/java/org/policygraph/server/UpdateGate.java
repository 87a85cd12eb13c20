package org.policygraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.policygraph.store.WriteGate;

/**
 * Has SPARQL updates wait at the store's {@link WriteGate} while a compaction catches up and switches,
 * like the folder watcher's ingest runs: the update is answered when the copy is done, on the new
 * generation, instead of being written to the old one and lost with it.
 */
final class UpdateGate implements Filter {

    private final WriteGate gate;

    UpdateGate(WriteGate gate) {
        this.gate = gate;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        try {
            gate.writing(() -> {
                try {
                    chain.doFilter(req, resp);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new Wrapped(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (Wrapped e) {
            throw (ServletException) e.getCause();
        }
    }

    /** A servlet exception carried out of the gate's runnable. */
    private static final class Wrapped extends RuntimeException {
        Wrapped(ServletException cause) {
            super(cause);
        }
    }
}
