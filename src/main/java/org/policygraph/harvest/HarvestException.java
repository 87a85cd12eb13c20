package org.policygraph.harvest;

/** One request or one record failed; the message is the reason, fit for a per-question summary. */
public class HarvestException extends RuntimeException {

    public HarvestException(String message) {
        super(message);
    }

    public HarvestException(String message, Throwable cause) {
        super(message, cause);
    }
}
