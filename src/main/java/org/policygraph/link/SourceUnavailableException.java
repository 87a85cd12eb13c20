package org.policygraph.link;

/**
 * A reference source could not be reached at all (no network, a closed port, an unknown host): the
 * link step still writes what needs no source and says so in one line.
 */
public class SourceUnavailableException extends LinkException {

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
