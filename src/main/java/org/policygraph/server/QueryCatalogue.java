package org.policygraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ready queries packaged under {@code /queries} (the project's {@code queries/} folder), each
 * with the title and description from its header:
 * <pre>{@code
 * # title: Questions per member
 * # description: Who asks most, ...
 * }</pre>
 */
public final class QueryCatalogue {

    /** One ready query: file name, title, description, SPARQL text. */
    public record Entry(String file, String title, String description, String query) {
    }

    /** A header line {@code # title: Questions per member}: group 1 the key, group 2 the value. */
    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description)\\s*:\\s*(.*?)\\s*$");

    private QueryCatalogue() {
    }

    /** The catalogue packaged with the classes, sorted by file name. */
    public static List<Entry> load() {
        URL url = QueryCatalogue.class.getResource("/queries");
        if (url == null)
            throw new IllegalStateException("No /queries folder on the class path");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(fs.provider().getPath(uri));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the query catalogue at " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Bad catalogue location " + url, e);
        }
    }

    /** The catalogue in a folder of {@code .rq} files, sorted by file name. */
    public static List<Entry> read(Path folder) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq"))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList())
                entries.add(entry(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        return entries;
    }

    /** One entry from a file's name and text; the title falls back to the file name. */
    static Entry entry(String file, String text) {
        String title = null;
        String description = "";
        for (String line : text.lines().toList()) {
            Matcher m = HEADER.matcher(line);
            if (m.matches()) {
                if (m.group(1).equals("title"))
                    title = m.group(2);
                else
                    description = m.group(2);
            } else if (!line.startsWith("#")) {
                break;
            }
        }
        return new Entry(file, title == null ? file.replaceFirst("\\.rq$", "") : title, description, text);
    }
}
