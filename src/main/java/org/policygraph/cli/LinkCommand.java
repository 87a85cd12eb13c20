package org.policygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.policygraph.link.Ambiguity;
import org.policygraph.link.LinkException;
import org.policygraph.link.LinkReport;
import org.policygraph.link.Linker;
import org.policygraph.link.NisCodeList;
import org.policygraph.link.ReferenceSource;
import org.policygraph.store.PolicyGraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code policygraph link [--store DIR] [--endpoint URL]... [--reference FILE]... [--no-endpoint]} */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Links the store's persons, posts and places: posts and their holders from the corpus,"
                + " NIS codes from a REFNIS list, owl:sameAs / skos:exactMatch to Wikidata (default) or the endpoints"
                + " and RDF files given. Writes two named graphs of its own, replaced on every run;"
                + " ambiguous candidates are listed, not linked."})
public final class LinkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "SPARQL endpoint in Wikidata's shape to look persons and places up in (repeatable;"
                    + " default " + ReferenceSource.WIKIDATA + " unless --reference names an RDF file or --no-endpoint is given)")
    List<String> endpoints = new ArrayList<>();

    @Option(names = "--reference", paramLabel = "FILE",
            description = "a REFNIS code list (TU_COM_REFNIS.txt), a merger list (fusies-2025.csv), or an RDF file in"
                    + " Wikidata's shape to use instead of an endpoint (repeatable)")
    List<Path> references = new ArrayList<>();

    @Option(names = "--no-endpoint", description = "query no endpoint: link from the corpus and reference files only")
    boolean noEndpoint;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "time limit per endpoint query (default: ${DEFAULT-VALUE})")
    int timeout;

    @Override
    public Integer call() {
        List<Path> codeLists = new ArrayList<>();
        List<ReferenceSource> sources = new ArrayList<>();
        try {
            for (Path f : references) {
                if (!Files.isRegularFile(f)) {
                    fail(f + ": no such file");
                    return ExitCodes.CANNOT_RUN;
                }
                if (NisCodeList.recognises(f))
                    codeLists.add(f);
                else
                    sources.add(ReferenceSource.file(f));
            }
            List<String> urls = new ArrayList<>(endpoints);
            if (urls.isEmpty() && sources.isEmpty() && !noEndpoint)
                urls.add(ReferenceSource.WIKIDATA);
            for (String url : urls)
                sources.add(ReferenceSource.endpoint(url, Duration.ofSeconds(timeout)));
            try (PolicyGraphStore s = PolicyGraphStore.openExisting(store.path())) {
                Linker linker = Linker.create(s);
                if (!codeLists.isEmpty())
                    linker.codeList(codeLists);
                sources.forEach(linker::source);
                LinkReport report = linker.run();
                PrintWriter out = spec.commandLine().getOut();
                out.println(report.summary());
                for (Ambiguity a : report.ambiguities())
                    out.println("ambiguous: " + a.describe());
                out.flush();
                if (report.unavailable().isPresent()) {
                    fail(report.unavailable().get() + "; wrote persons, posts and codes, but no external links."
                            + " Link offline with --no-endpoint, or name a reachable endpoint with --endpoint URL.");
                    return ExitCodes.INPUT_FAILED;
                }
                return ExitCodes.OK;
            }
        } catch (LinkException | IllegalArgumentException e) {
            fail(e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
    }

    private void fail(String message) {
        spec.commandLine().getErr().println("policygraph: " + message);
        spec.commandLine().getErr().flush();
    }
}
