package org.policygraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every query in {@code queries/} documents exactly the variables it returns, in order, on one
 * header line {@code # columns: ?a: what a holds; ?b: what b holds} (issue 19.5: each query's
 * description matches its columns).
 */
class QueryColumnsTest {

    /** A documented column: a variable followed by a colon. */
    private static final Pattern COLUMN = Pattern.compile("\\?(\\w+):");

    @TestFactory
    Stream<DynamicTest> everyQueryDocumentsExactlyItsColumns() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(Files.readString(f))));
    }

    private static void check(String text) {
        Query query = QueryFactory.create(text);
        assertEquals(query.getResultVars(), documented(text), "the # columns: line names the projected variables in order");
    }

    /** The variables the header's one {@code # columns:} line documents, in order. */
    static List<String> documented(String text) {
        List<String> lines = text.lines().filter(l -> l.startsWith("# columns:")).toList();
        assertEquals(1, lines.size(), "one # columns: line");
        List<String> out = new ArrayList<>();
        Matcher m = COLUMN.matcher(lines.get(0));
        while (m.find())
            out.add(m.group(1));
        return out;
    }

    @Test
    void aColumnLeftOutOrExtraIsCaught() {
        String query = "# columns: ?a: one; ?b: two\nSELECT ?a ?b ?c WHERE { ?a ?b ?c }";
        assertTrue(!QueryFactory.create(query).getResultVars().equals(documented(query)));
        String right = "# columns: ?a: one; ?b: two\nSELECT ?a ?b WHERE { ?a ?b ?c }";
        assertEquals(QueryFactory.create(right).getResultVars(), documented(right));
    }
}
