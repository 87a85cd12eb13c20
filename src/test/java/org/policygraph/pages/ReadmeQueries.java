package org.policygraph.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The SPARQL queries a README shows: its {@code sparql} code blocks, and the queries of its {@code -e '...'} and {@code query=...} command lines. */
final class ReadmeQueries {

    private static final Pattern BLOCK = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern INLINE = Pattern.compile("(?:-e |query=)'?([^'\\n]*(?:SELECT|ASK|CONSTRUCT|DESCRIBE)[^'\\n]*)'");

    private ReadmeQueries() {
    }

    static List<String> all(Path readme) throws IOException {
        String text = Files.readString(readme);
        List<String> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find())
            out.add(m.group(1).lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse(""));
        Matcher i = INLINE.matcher(text);
        while (i.find())
            out.add(i.group(1).replaceFirst("^query=", ""));
        if (out.size() < 3)
            throw new IllegalStateException("Fewer queries than expected in " + readme + ": " + out);
        return out;
    }
}
