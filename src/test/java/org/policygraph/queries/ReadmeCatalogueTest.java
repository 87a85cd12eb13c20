package org.policygraph.queries;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** README lists every ready query in {@code queries/}, one line each. */
class ReadmeCatalogueTest {

    @Test
    void readmeListsEveryQuery() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .forEach(n -> assertTrue(readme.contains("- `" + n + "` — "), "README does not list " + n));
        }
    }
}
