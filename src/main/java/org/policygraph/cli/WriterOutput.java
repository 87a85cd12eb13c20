package org.policygraph.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.apache.commons.io.output.WriterOutputStream;

/**
 * A command's output writer (picocli's {@code getOut()}) seen as a UTF-8 byte stream, for the Jena
 * and store writers that only take an {@link OutputStream}. Output goes through picocli's writers
 * so that a caller (a test, an embedding program) can capture it per run instead of swapping
 * {@code System.out} for the whole JVM.
 */
final class WriterOutput {

    private WriterOutput() {
    }

    /**
     * UTF-8 bytes written here reach {@code writer} as characters (a character split across two
     * writes is kept until it is whole); {@code close} only flushes, the writer stays open.
     */
    static OutputStream of(PrintWriter writer) {
        OutputStream decoding;
        try {
            decoding = WriterOutputStream.builder().setWriter(writer).setCharset(StandardCharsets.UTF_8)
                    .setWriteImmediately(false).get();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new FilterOutputStream(decoding) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
