package org.policygraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.policygraph.diagnostic.DiagnosticCollector;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.extract.Extractor;
import org.policygraph.layout.LaidOutDocument;
import org.policygraph.layout.Layout;
import org.policygraph.layout.Layouts;
import org.policygraph.model.DocumentRecord;
import org.policygraph.model.Extraction;
import org.policygraph.model.ParsedDocument;
import org.policygraph.model.SourceDocument;
import org.policygraph.parse.DocumentParser;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.rdf.DocumentMapper;
import org.policygraph.text.DecodedText;
import org.policygraph.text.DocumentReader;
import org.policygraph.text.Normaliser;
import org.policygraph.text.SourceFiles;
import org.policygraph.text.TextDecoder;

/**
 * Where extraction time goes (issue 15): MB/s and documents/s per stage - read and decode, normalise,
 * layout, parse, extract, map to RDF - and end to end through {@link DocumentPipeline}, on one
 * thread after a warm-up, for a generated corpus of 5-10 KB documents ({@link LongDocumentGenerator})
 * and for the real documents in {@code ../shared} when present (text and PDF reported apart: PDF
 * reading is PDFBox's time), and for the text documents cut short, what a document costs whatever
 * its length. {@code --real DIR} (as often as wanted) adds any folder of documents, every format
 * {@code ingest} reads: a corpus of one's own, such as one {@code policygraph harvest} wrote. Files
 * that {@code ingest} would refuse are left out and counted, with their reasons. Run by
 * {@code bench/extract.sh}; never part of {@code mvn verify}.
 * <pre>
 * ExtractBench [--docs N] [--warmup SECONDS] [--measure SECONDS] [--work DIR] [--shared DIR] [--real DIR]...
 * </pre>
 * Times are this thread's CPU time, not wall time: on a machine shared with other work the wall
 * clock counts the time the thread waited for a core, and the question is what extraction costs a
 * core. End to end is printed both ways.
 * <p>
 * The text layout reader normalises its lines itself; "normalise" is that step timed alone, and
 * "layout" is the rest of the layout reader (its time less the normalise time), so that the stages
 * add up to the sum of their parts.
 */
public final class ExtractBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] STAGES = {"read+decode", "normalise", "layout", "parse", "extract", "map"};
    /** How long a document cut short is: a header and the first lines of a question. */
    private static final int CUT = 1_000;

    private final DocumentParser parser = new DocumentParser();
    private final Extractor extractor = new Extractor();
    private final DocumentPipeline pipeline = new DocumentPipeline();
    private long sink;

    private ExtractBench() {
    }

    public static void main(String[] args) throws IOException {
        int docs = 600;
        double warmup = 15;
        double measure = 20;
        Path work = Path.of("target/bench/extract");
        Path shared = Path.of(System.getProperty("policygraph.shared", "../shared"));
        List<Path> real = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--measure" -> measure = Double.parseDouble(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--shared" -> shared = Path.of(args[++i]);
                case "--real" -> real.add(Path.of(args[++i]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        ExtractBench bench = new ExtractBench();
        Path corpus = work.resolve("corpus-" + docs);
        if (!Files.isDirectory(corpus)) {
            long bytes = new LongDocumentGenerator(42).write(corpus, docs);
            System.out.printf(Locale.ROOT, "generated %d documents, %d bytes, in %s%n", docs, bytes, corpus);
        }
        List<Path> generated = files(corpus, ".txt");
        bench.run("generated corpus (" + generated.size() + " documents of 5-10 KB)", generated, warmup, measure);
        if (Files.isDirectory(shared.resolve("seeds"))) {
            List<Path> realText = new ArrayList<>(files(shared.resolve("seeds"), ".txt"));
            if (Files.isDirectory(shared.resolve("samples/tweede-kamer")))
                realText.addAll(files(shared.resolve("samples/tweede-kamer"), ".txt"));
            bench.run("real text documents in " + shared + " (" + realText.size() + ")", realText, warmup / 2, measure / 2);
            if (Files.isDirectory(shared.resolve("samples/real-pdf"))) {
                List<Path> pdfs = files(shared.resolve("samples/real-pdf"), ".pdf");
                bench.run("real PDFs in " + shared + " (" + pdfs.size() + "; PDFBox reading in read+decode/layout)", pdfs,
                        warmup, measure);
            }
        } else {
            System.out.println("no real documents: " + shared.resolve("seeds") + " is absent (pass --shared DIR or --real DIR)");
        }
        for (Path dir : real)
            bench.runFolder(dir, warmup, measure);
        System.out.println("(sink " + bench.sink + ")");
    }

    /**
     * The documents of {@code dir} that {@code ingest} reads, PDFs reported apart from the rest; those
     * it would refuse are counted, with the first few reasons, and left out.
     */
    private void runFolder(Path dir, double warmupSeconds, double measureSeconds) {
        if (!Files.isDirectory(dir))
            throw new IllegalArgumentException("--real " + dir + ": no such folder");
        List<Path> pdfs = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (SourceFiles.SourceFile f : SourceFiles.discover(List.of(dir))) {
            try {
                sink += pipeline.process(DocumentReader.load(f.path()), f.key()).graph().size();
                (SourceFiles.PDF.equals(SourceFiles.mediaType(f.path()).orElse("")) ? pdfs : others).add(f.path());
            } catch (RuntimeException e) {
                refused.add(f.key() + ": " + e.getMessage());
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "== %s: %d documents read, %d refused by the pipeline and left out%n", dir,
                pdfs.size() + others.size(), refused.size());
        refused.stream().limit(5).forEach(r -> System.out.println("   refused " + r));
        if (!others.isEmpty())
            run("documents in " + dir + " other than PDF (" + others.size() + ")", others, warmupSeconds, measureSeconds);
        if (!pdfs.isEmpty())
            run("PDFs in " + dir + " (" + pdfs.size() + "; PDFBox reading in layout)", pdfs, warmupSeconds, measureSeconds);
    }

    /** Times per stage and end to end over {@code files}: warm-up passes, then measured passes. */
    private void run(String title, List<Path> files, double warmupSeconds, double measureSeconds) {
        System.out.println();
        System.out.println("== " + title);
        long[] nanos = new long[STAGES.length];
        long deadline = System.nanoTime() + (long) (warmupSeconds * 1e9);
        do {
            pass(files, new long[STAGES.length]);
            endToEnd(files);
        } while (System.nanoTime() < deadline);
        long bytes = 0;
        long docs = 0;
        int passes = 0;
        deadline = System.nanoTime() + (long) (measureSeconds * 1e9);
        do {
            bytes += measuredPass(files, nanos);
            docs += files.size();
            passes++;
        } while (System.nanoTime() < deadline);
        long endBytes = 0;
        long endDocs = 0;
        long endNanos = 0;
        long endWall = 0;
        deadline = System.nanoTime() + (long) (measureSeconds * 1e9);
        do {
            long w0 = System.nanoTime();
            long t0 = cpu();
            endBytes += endToEnd(files);
            endNanos += cpu() - t0;
            endWall += System.nanoTime() - w0;
            endDocs += files.size();
        } while (System.nanoTime() < deadline);
        System.out.printf(Locale.ROOT, "documents: %d, bytes: %d, mean %.1f KB; measured passes: %d%n", files.size(),
                bytes / passes, bytes / passes / 1024.0 / files.size(), passes);
        System.out.printf(Locale.ROOT, "%-22s %10s %10s %12s %8s%n", "stage (1 thread, CPU)", "MB/s", "docs/s", "ms/doc", "share");
        long sum = 0;
        for (long n : nanos)
            sum += n;
        for (int s = 0; s < STAGES.length; s++)
            row(STAGES[s], bytes, docs, nanos[s], sum);
        row("sum of stages", bytes, docs, sum, sum);
        row("end to end (pipeline)", endBytes, endDocs, endNanos, 0);
        row("end to end, wall clock", endBytes, endDocs, endWall, 0);
        // a PDF's size is mostly fonts and images, not the text the stages read; HTML and DOCX are markup
        if (files.stream().allMatch(ExtractBench::plainText))
            firstCharacters(files, measureSeconds / 2, endNanos / 1e6 / (endBytes / 1024.0));
    }

    /**
     * The same documents cut to their first {@link #CUT} characters, end to end: what a document
     * costs whatever its length. When a short document costs per kilobyte what a whole one does,
     * there is no cost per document worth cutting and every kilobyte has to get cheaper. (A least
     * squares fit of time to size says otherwise: its intercept comes from documents that differ in
     * more than their size.) Documents that no longer parse when cut (a header cut short) are left
     * out and counted.
     */
    private void firstCharacters(List<Path> files, double seconds, double wholeMsPerKb) {
        List<DocumentReader.RawFile> cut = new ArrayList<>();
        for (Path f : files) {
            DocumentReader.RawFile raw = DocumentReader.load(f);
            String text = TextDecoder.decode(raw.bytes()).text();
            byte[] first = text.substring(0, Math.min(CUT, text.length())).getBytes(StandardCharsets.UTF_8);
            DocumentReader.RawFile shorter = new DocumentReader.RawFile(raw.path(), first, raw.sha256(), raw.mediaType());
            try {
                sink += pipeline.process(shorter, f.getFileName().toString()).graph().size();
                cut.add(shorter);
            } catch (RuntimeException refused) {
                // a header cut short is refused: this document has no short form to measure
            }
        }
        if (cut.isEmpty())
            return;
        long bytes = 0;
        long docs = 0;
        long nanos = 0;
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        do {
            long t0 = cpu();
            for (DocumentReader.RawFile raw : cut) {
                sink += pipeline.process(raw, raw.path().getFileName().toString()).graph().size();
                bytes += raw.bytes().length;
            }
            nanos += cpu() - t0;
            docs += cut.size();
        } while (System.nanoTime() < deadline);
        double msPerDoc = nanos / 1e6 / docs;
        System.out.printf(Locale.ROOT, "cut to their first %,d characters (%d of %d still parse), end to end: %.3f ms per document,"
                        + " %.3f ms per KB (whole documents: %.3f ms per KB)%n",
                CUT, cut.size(), files.size(), msPerDoc, nanos / 1e6 / (bytes / 1024.0), wholeMsPerKb);
    }

    private static void row(String name, long bytes, long docs, long nanos, long total) {
        double s = nanos / 1e9;
        System.out.printf(Locale.ROOT, "%-22s %10.2f %10.1f %12.3f %8s%n", name, bytes / 1e6 / s, docs / s,
                nanos / 1e6 / docs, total == 0 ? "" : String.format(Locale.ROOT, "%.1f%%", 100.0 * nanos / total));
    }

    /**
     * A {@link #pass} whose times are reported: a frame of its own, so that a profile can be cut to
     * the measured passes (bench/extract.sh --profile), without the warm-up's.
     */
    private long measuredPass(List<Path> files, long[] nanos) {
        return pass(files, nanos);
    }

    /** One pass over {@code files}, stage by stage per document, adding each stage's time to {@code nanos}. */
    private long pass(List<Path> files, long[] nanos) {
        long bytes = 0;
        for (Path f : files) {
            String key = f.getFileName().toString();
            DiagnosticCollector diagnostics = new DiagnosticCollector();
            long t0 = cpu();
            DocumentReader.RawFile raw = DocumentReader.load(f);
            // a PDF, HTML page or DOCX file is read by its layout reader: decoding it is laying it out
            boolean plain = plainText(f);
            DecodedText decoded = plain ? TextDecoder.decode(raw.bytes()) : null;
            long t1 = cpu();
            if (plain)
                sink += Normaliser.cleanLines(decoded.text()).size();
            long t2 = cpu();
            LaidOutDocument read = plain ? null : Layouts.read(raw, key, diagnostics);
            Layout layout = plain ? Layouts.ofDecodedText(decoded.text(), diagnostics) : read.layout();
            long t3 = cpu();
            ParsedDocument parsed = parser.parse(layout, diagnostics);
            long t4 = cpu();
            Extraction extraction = extractor.extract(layout, parsed, new Diagnostics(layout.text(), diagnostics));
            long t5 = cpu();
            SourceDocument source = plain ? new SourceDocument(key, key, raw.sha256(), raw.bytes().length, raw.mediaType(),
                    decoded.encoding(), layout.text()) : read.source();
            sink += DocumentMapper.map(new DocumentRecord(source, parsed, extraction)).size();
            long t6 = cpu();
            nanos[0] += t1 - t0;
            nanos[1] += t2 - t1;
            nanos[2] += (t3 - t2) - (t2 - t1); // the text layout reader normalises again: count that once
            nanos[3] += t4 - t3;
            nanos[4] += t5 - t4;
            nanos[5] += t6 - t5;
            bytes += raw.bytes().length;
        }
        return bytes;
    }

    /** A plain text file (.txt, .md): decoded, normalised and laid out as three stages. */
    private static boolean plainText(Path f) {
        String type = SourceFiles.mediaType(f).orElse("");
        return type.equals("text/plain") || type.equals("text/markdown");
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** One pass end to end. */
    private long endToEnd(List<Path> files) {
        long bytes = 0;
        for (Path f : files) {
            DocumentReader.RawFile raw = DocumentReader.load(f);
            sink += pipeline.process(raw, f.getFileName().toString()).graph().size();
            bytes += raw.bytes().length;
        }
        return bytes;
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
