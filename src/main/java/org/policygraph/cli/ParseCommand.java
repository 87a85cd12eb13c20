package org.policygraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.policygraph.parse.MalformedDocumentException;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.Namespaces;
import org.policygraph.text.UnreadableInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policygraph parse [--format ttl|trig] FILE} */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Print one document's triples (or, with --explain, how it was read); the store is not touched.")
public final class ParseCommand implements Callable<Integer> {

    enum Format { ttl, trig }

    @Option(names = "--format", defaultValue = "ttl", description = "ttl or trig (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--explain", description = "Instead of triples: the layout's blocks, every kind's score with its"
            + " evidence, the diagnostics, and what the graph holds")
    boolean explain;

    @Parameters(paramLabel = "FILE", description = "The document to parse")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        MappedDocument doc;
        try {
            if (explain) {
                ExplanationPrinter.print(new DocumentPipeline().explain(file, file.getFileName().toString()),
                        spec.commandLine().getOut());
                return ExitCodes.OK;
            }
            doc = new DocumentPipeline().process(file, file.getFileName().toString());
        } catch (UnreadableInputException | MalformedDocumentException e) {
            spec.commandLine().getErr().println("policygraph: error: " + file + ": "
                    + (e instanceof UnreadableInputException u ? u.reason() : e.getMessage()));
            return ExitCodes.INPUT_FAILED;
        }
        doc.graph().getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        try (OutputStream out = WriterOutput.of(spec.commandLine().getOut())) {
            if (format == Format.ttl) {
                RDFWriter.source(doc.graph()).format(RDFFormat.TURTLE_PRETTY).output(out);
            } else {
                DatasetGraph dsg = DatasetGraphFactory.createGeneral();
                dsg.addGraph(Iris.documentGraph(doc.source().key()), doc.graph());
                Namespaces.prefixes().getNsPrefixMap().forEach((p, iri) -> dsg.prefixes().add(p, iri));
                RDFWriter.source(dsg).format(RDFFormat.TRIG_PRETTY).output(out);
            }
        }
        return ExitCodes.OK;
    }
}
