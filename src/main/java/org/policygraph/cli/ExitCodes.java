package org.policygraph.cli;

/** The exit codes of every command, in one place. */
public final class ExitCodes {

    /** All went well. */
    public static final int OK = 0;
    /** The command ran, but some input failed (the others were processed) or validation found violations. */
    public static final int INPUT_FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The command could not run (store cannot be opened, file cannot be written, ...). */
    public static final int CANNOT_RUN = 3;

    private ExitCodes() {
    }
}
