package org.policygraph.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.PrefixMappingAdapter;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.cli.Main;
import org.policygraph.rdf.Namespaces;

/**
 * Runs every golden case (see {@code src/test/resources/cases/README.md}): the input goes through
 * {@code policygraph parse --format trig}, the command itself, and the graph printed must be
 * isomorphic, named graph by named graph, to the case's {@code expected.trig}. On a difference the
 * failure lists the triples missing and the triples extra. For an input in {@code ../shared}
 * ({@code input.ref}) both sides are compared with the document's passages withheld
 * ({@link WithheldText}); such a case is skipped when {@code ../shared} is absent.
 * <p>
 * {@code -Dpolicygraph.golden.rewrite=true} writes what the code produces into the
 * {@code expected.trig} of every case whose graph differs (or has none yet), on purpose: review the
 * change with {@code git diff src/test/resources/cases} before committing it.
 */
@Tag("golden")
class GoldenCasesTest {

    /** The switch that rewrites the expected files instead of comparing with them. */
    static final String REWRITE = "policygraph.golden.rewrite";

    static Stream<GoldenCase> cases() {
        return GoldenCase.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesToTheExpectedGraph(GoldenCase c) throws IOException {
        Path input = c.input();
        assumeTrue(!c.referenced() || Files.isRegularFile(input),
                () -> c.name() + ": its input " + input + " is not there (../shared absent); skipped");
        String produced = parse(c, input);
        DatasetGraph actual = read(produced, c.name() + ": the output of parse");
        if (c.referenced()) {
            // The text of a shared document never goes into the repository: only its fingerprints.
            actual = WithheldText.of(actual);
            produced = trig(actual);
        }
        boolean exists = Files.exists(c.expected());
        if (Boolean.getBoolean(REWRITE)) {
            if (!exists || !differences(read(c.readExpected(), c.expected().toString()), actual).isEmpty())
                c.writeExpected(produced);
            return;
        }
        assertTrue(exists, () -> c.name() + ": no " + GoldenCase.EXPECTED + "; write it with -D" + REWRITE + "=true and review it");
        DatasetGraph expected = read(c.readExpected(), c.expected().toString());
        String report = differences(expected, actual);
        if (!report.isEmpty())
            fail(c.name() + " (" + input + ") does not give the graph of " + c.expected() + ":\n" + report
                    + "If the change is intended, rewrite the expected files with -D" + REWRITE
                    + "=true and review git diff " + GoldenCase.ROOT);
    }

    /** What {@code policygraph parse --format trig INPUT} prints; a failed parse fails the case. */
    private static String parse(GoldenCase c, Path input) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "parse", "--format", "trig", input.toString());
        assertEquals(0, code, () -> c.name() + ": parse failed: " + err);
        return out.toString();
    }

    private static String trig(DatasetGraph dsg) {
        StringWriter out = new StringWriter();
        RDFWriter.source(dsg).format(RDFFormat.TRIG_PRETTY).build().output(out);
        return out.toString();
    }

    private static DatasetGraph read(String trig, String what) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        try {
            RDFParser.fromString(trig, Lang.TRIG).parse(dsg);
        } catch (RuntimeException e) {
            throw new AssertionError(what + " is not TriG: " + e.getMessage(), e);
        }
        return dsg;
    }

    /** Empty when every graph of the two datasets is isomorphic to its namesake, else the readable difference. */
    static String differences(DatasetGraph expected, DatasetGraph actual) {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Namespaces.prefixes())
                .setNsPrefixes(new PrefixMappingAdapter(expected.prefixes()));
        Set<Node> names = new LinkedHashSet<>();
        expected.listGraphNodes().forEachRemaining(names::add);
        actual.listGraphNodes().forEachRemaining(names::add);
        List<String> reports = new ArrayList<>();
        compare("the default graph", expected.getDefaultGraph(), actual.getDefaultGraph(), prefixes, reports);
        names.stream().sorted((a, b) -> a.toString().compareTo(b.toString())).forEach(name -> compare(
                "graph " + FmtUtils.stringForNode(name, prefixes), expected.getGraph(name), actual.getGraph(name), prefixes, reports));
        return String.join("", reports);
    }

    private static void compare(String what, Graph expected, Graph actual, PrefixMapping prefixes, List<String> reports) {
        if (expected.isIsomorphicWith(actual))
            return;
        TripleDiff diff = TripleDiff.of(expected, actual, prefixes);
        reports.add(what + ": " + (diff.isEmpty()
                ? "the same triples, but blank nodes linked differently\n"
                : diff.report()));
    }
}
