package org.policygraph.store;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains TDB2's refusal to open a store that another process holds, naming that process: TDB2
 * must never be opened by two processes at once, and the user needs to know which one to stop.
 */
final class StoreLock {

    /** TDB2's message: "Failed to get a lock: file='.../tdb.lock': held by process 31368". */
    private static final Pattern HELD_BY = Pattern.compile("held by process (\\d{1,10})");

    /** A class path option and its value in a command line: "-cp /a.jar:/b.jar ". */
    private static final Pattern CLASS_PATH = Pattern.compile("(?:-cp|-classpath|--class-path) \\S+ ");

    private StoreLock() {
    }

    /** The process named in a TDB2 lock failure, described with its command line; empty for other failures. */
    static Optional<String> holder(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Matcher m = t.getMessage() == null ? null : HELD_BY.matcher(t.getMessage());
            if (m != null && m.find())
                return Optional.of(describe(Long.parseLong(m.group(1))));
        }
        return Optional.empty();
    }

    static String describe(long pid) {
        return "process " + pid + " (" + ProcessHandle.of(pid).map(StoreLock::command).orElse("no longer running") + ")";
    }

    /** The command without its class path, which is long and says nothing about what runs. */
    private static String command(ProcessHandle p) {
        ProcessHandle.Info info = p.info();
        String program = info.command().map(c -> c.substring(c.lastIndexOf('/') + 1)).orElse("?");
        if (info.arguments().isEmpty())
            return info.commandLine().map(c -> CLASS_PATH.matcher(c).replaceAll("")).orElse(program);
        StringBuilder sb = new StringBuilder(program);
        String[] args = info.arguments().get();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-cp") || args[i].equals("-classpath") || args[i].equals("--class-path")) {
                i++;
                continue;
            }
            sb.append(' ').append(args[i]);
        }
        return sb.toString();
    }
}
