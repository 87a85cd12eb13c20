package org.policygraph.text;

import java.nio.file.Path;

/**
 * A file that cannot be read as a document: empty, binary, truncated, unsupported. The message
 * names the file and the reason; the rest of a batch goes on.
 */
public class UnreadableInputException extends RuntimeException {

    private final transient Path file;
    private final String reason;

    public UnreadableInputException(Path file, String reason) {
        this(file, reason, null);
    }

    public UnreadableInputException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }

    /** Why, in one line, without the file name. */
    public String reason() {
        return reason;
    }
}
