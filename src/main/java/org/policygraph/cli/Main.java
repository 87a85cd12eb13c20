package org.policygraph.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.policygraph.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code policygraph} command line. {@code main} only runs {@link #execute(String...)} and
 * exits with its code; tests call {@code execute} directly. Every command prints through picocli's
 * writers ({@code getOut()}, {@code getErr()}), never to {@code System.out} itself.
 */
@Command(name = "policygraph", mixinStandardHelpOptions = true, version = "policygraph 0.1.0",
        description = "Builds a knowledge graph from Flemish policy documents and serves it over SPARQL.",
        subcommands = {IngestCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
                ParseCommand.class, ValidateCommand.class, LinkCommand.class, HarvestCommand.class, ReindexCommand.class,
                CompactCommand.class, BackupCommand.class, RestoreCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /**
     * Runs the command line with its standard output and error output going to the given writers
     * (nothing is printed to {@code System.out}), so that several runs can go on at once in one JVM.
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The configured command line, with errors mapped to exit codes and one-line messages. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        // RDF, CSV and JSON are UTF-8 whatever the platform's locale (picocli would take the console's charset).
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("policygraph: " + message(e));
            err.flush();
            return ExitCodes.CANNOT_RUN;
        });
        return cli;
    }

    private static String message(Exception e) {
        if (e instanceof StoreException || e instanceof UncheckedIOException || e instanceof IllegalArgumentException)
            return e.getMessage();
        return e.toString();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
