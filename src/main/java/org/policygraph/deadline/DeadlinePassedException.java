package org.policygraph.deadline;

/**
 * Thrown inside a document's work when its deadline has passed or its thread was interrupted; it
 * unwinds the work so that the thread is free at once. Unchecked, because it may come out of any
 * regular expression or loop of the pipeline.
 */
public final class DeadlinePassedException extends RuntimeException {

    DeadlinePassedException(String message) {
        super(message, null, false, false);
    }
}
