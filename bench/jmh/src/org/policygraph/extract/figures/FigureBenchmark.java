package org.policygraph.extract.figures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.policygraph.layout.Layout;
import org.policygraph.layout.Layouts;
import org.policygraph.model.Span;

/**
 * The tokeniser and the figure reader (issue 15) on one laid-out document's text: time per
 * document, and so per byte. The document is a file of the extraction benchmark's generated corpus
 * (bench/extract.sh writes it) or any text file given as {@code -p file=...}. In this package to
 * reach the package-private tokeniser. Run by bench/jmh.sh; never part of the build.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FigureBenchmark {

    @Param("target/bench/extract/corpus-600/vragen/sv-000001.txt")
    public String file;

    private String text;
    private Span whole;
    private FigureExtractor figures;

    @Setup
    public void read() throws Exception {
        Layout layout = Layouts.ofText(org.policygraph.text.Normaliser.normalise(Files.readString(Path.of(file))));
        text = layout.text();
        whole = new Span(0, text.length());
        figures = new FigureExtractor();
        System.out.printf("%n%s: %d characters%n", file, text.length());
    }

    /** Tokens of the whole text: what every reader of figures walks. */
    @Benchmark
    public Object tokenise() {
        return Tokens.of(text, whole);
    }

    /** The same tokens found by the pattern that defines them, as the tokeniser did before issue 15. */
    @Benchmark
    public Object tokeniseByPattern() {
        java.util.List<Token> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = org.policygraph.text.TokenStream.TOKEN.matcher(text);
        boolean space = true;
        while (m.find()) {
            if (m.group("space") != null) {
                space = true;
                continue;
            }
            Token.Kind kind = m.group("word") != null ? Token.Kind.WORD
                    : m.group("number") != null ? Token.Kind.NUMBER
                    : m.group("brk") != null ? Token.Kind.BREAK : Token.Kind.SYMBOL;
            out.add(new Token(kind, m.group(), m.start(), m.end(), space));
            space = kind == Token.Kind.BREAK;
        }
        return out;
    }

    /** The figure reader over the whole text: non-figure spans, sentences, tokens, prose and table figures. */
    @Benchmark
    public Object readFigures() {
        return figures.extract(text, whole);
    }
}
