package org.policygraph.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.policygraph.diagnostic.Diagnostic;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.text.SourceFiles;

/**
 * What the pipeline makes of every document in some folders, written so that two builds can be
 * diffed (issue 15: a speed change must not change the output): per input file, its sorted N-Triples
 * and its diagnostics, or the message that refused it. Output files are named after the input's path
 * below its folder, so {@code diff -r} of two dumps names the documents that differ.
 * <pre>
 * OutputDump OUT_DIR INPUT_DIR...      (e.g. the generated corpus, ../shared/seeds, ../shared/samples)
 * </pre>
 */
public final class OutputDump {

    private OutputDump() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        DocumentPipeline pipeline = new DocumentPipeline();
        int n = 0;
        for (String in : Arrays.copyOfRange(args, 1, args.length)) {
            Path dir = Path.of(in);
            Path target = out.resolve(dir.getFileName().toString());
            for (Path f : inputs(dir)) {
                String key = f.getFileName().toString();
                Path file = target.resolve(dir.relativize(f).toString() + ".out");
                Files.createDirectories(file.getParent());
                Files.writeString(file, dump(pipeline, f, key));
                n++;
            }
        }
        System.out.println(n + " documents dumped to " + out);
    }

    private static String dump(DocumentPipeline pipeline, Path file, String key) {
        MappedDocument doc;
        try {
            doc = pipeline.process(file, key);
        } catch (RuntimeException e) {
            return "refused: " + e.getClass().getName() + ": " + e.getMessage() + "\n";
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, doc.graph(), Lang.NTRIPLES);
        List<String> lines = new ArrayList<>(Arrays.asList(bytes.toString(StandardCharsets.UTF_8).split("\n")));
        lines.sort(null);
        StringBuilder s = new StringBuilder("kind: ").append(doc.kind()).append('\n');
        for (Diagnostic d : doc.diagnostics())
            s.append("diagnostic: ").append(d).append('\n');
        for (String line : lines)
            s.append(line).append('\n');
        return s.toString();
    }

    /** The files {@code ingest} would read from {@code dir}, Markdown included (a fifth of the generated corpus). */
    private static List<Path> inputs(Path dir) {
        return SourceFiles.discover(List.of(dir)).stream().map(SourceFiles.SourceFile::path).toList();
    }
}
