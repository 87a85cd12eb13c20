package org.policygraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.policygraph.rdf.Namespaces;
import org.policygraph.rdf.QueryPrefixes;
import org.policygraph.store.PolicyGraphStore;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policygraph query [--store DIR] [--format text|csv|tsv|json|ttl] (FILE.rq | -e QUERY)} */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run SPARQL in-process against the store. The ontology's prefixes (pg:, dcterms:, "
                + "foaf:, prov:, nif:, skos:, unit:, ...) and text: (full-text search, text:query) are predeclared, as on the server.")
public final class QueryCommand implements Callable<Integer> {

    enum Format { text, csv, tsv, json, ttl }

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "File with the query")
        Path file;

        @Option(names = "-e", paramLabel = "QUERY", description = "The query itself")
        String query;
    }

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Query query = parse(source.query != null ? source.query : Files.readString(source.file, StandardCharsets.UTF_8));
        try (PolicyGraphStore s = PolicyGraphStore.openExisting(store.path())) {
            Dataset ds = DatasetFactory.wrap(s.dataset());
            try (OutputStream out = WriterOutput.of(spec.commandLine().getOut())) {
                Txn.executeRead(s.dataset(), () -> {
                    try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                        write(query, qe, out);
                    }
                });
            }
        }
        return ExitCodes.OK;
    }

    private Query parse(String text) {
        try {
            return QueryPrefixes.parse(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("Query does not parse: " + e.getMessage(), e);
        }
    }

    private void write(Query query, QueryExecution qe, OutputStream out) {
        if (query.isSelectType()) {
            switch (format) {
                case text -> ResultSetFormatter.out(out, qe.execSelect(), query.getPrefixMapping());
                case csv -> ResultSetFormatter.outputAsCSV(out, qe.execSelect());
                case tsv -> ResultSetFormatter.outputAsTSV(out, qe.execSelect());
                case json -> ResultSetFormatter.outputAsJSON(out, qe.execSelect());
                case ttl -> throw new IllegalArgumentException("--format ttl needs a CONSTRUCT or DESCRIBE query");
            }
        } else if (query.isAskType()) {
            boolean answer = qe.execAsk();
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(out, answer);
                case csv -> ResultSetFormatter.outputAsCSV(out, answer);
                case tsv -> ResultSetFormatter.outputAsTSV(out, answer);
                default -> new PrintStream(out, true, StandardCharsets.UTF_8).println(answer ? "yes" : "no");
            }
        } else {
            Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            model.setNsPrefixes(Namespaces.prefixes());
            switch (format) {
                case json -> RDFDataMgr.write(out, model, Lang.JSONLD);
                case csv, tsv -> throw new IllegalArgumentException("--format " + format + " needs a SELECT or ASK query");
                default -> RDFDataMgr.write(out, model, Lang.TURTLE);
            }
        }
    }
}
