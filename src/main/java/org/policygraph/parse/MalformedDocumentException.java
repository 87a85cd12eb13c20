package org.policygraph.parse;

/**
 * A text that carries the marks of a known document kind but lacks what that kind needs (for
 * example a written question cut off before its date). The message says what is missing.
 */
public class MalformedDocumentException extends RuntimeException {

    public MalformedDocumentException(String message) {
        super(message);
    }
}
