package org.policygraph.link;

/** The link step could not run: a source failed or a reference file cannot be read. */
public class LinkException extends RuntimeException {

    public LinkException(String message, Throwable cause) {
        super(message, cause);
    }

    public LinkException(String message) {
        super(message);
    }
}
