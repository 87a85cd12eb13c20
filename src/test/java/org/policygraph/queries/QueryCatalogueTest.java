package org.policygraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;

/**
 * Each catalogue query in {@code queries/} run on a store built from our examples and, where
 * present, the real seeds, with its expected rows.
 */
@Tag("store")
class QueryCatalogueTest {

    @TempDir
    static Path tmp;
    private static PolicyGraphStore store;
    private static boolean seeds;

    @BeforeAll
    static void build() {
        store = PolicyGraphStore.open(tmp.resolve("store"));
        List<Path> inputs = new ArrayList<>(List.of(Corpora.examples()));
        Path seedDir = Corpora.shared().resolve("seeds");
        seeds = Files.isDirectory(seedDir);
        if (seeds)
            inputs.add(seedDir);
        IngestReport report = Ingester.builder(store).build().ingest(inputs);
        assertTrue(report.ok(), report.failures().toString());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The rows of a catalogue query, each as its values joined by " | " (unbound as "-"). */
    static List<String> rows(String queryFile) {
        return rows(queryFile, "", "");
    }

    /** The rows of a catalogue query with one piece of its text (a VALUES row) replaced. */
    static List<String> rows(String queryFile, String from, String to) {
        String query;
        try {
            query = Files.readString(Path.of("queries", queryFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!from.isEmpty()) {
            assertTrue(query.contains(from), queryFile + " has no " + from);
            query = query.replace(from, to);
        }
        String finalQuery = query;
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(finalQuery).build()) {
                ResultSet rs = qe.execSelect();
                List<String> out = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    List<String> cells = new ArrayList<>();
                    for (String v : rs.getResultVars())
                        cells.add(value(row.get(v)));
                    out.add(String.join(" | ", cells));
                }
                return out;
            }
        });
    }

    private static String value(RDFNode n) {
        if (n == null)
            return "-";
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static void assumeSeeds() {
        assumeTrue(seeds, "no shared seeds");
    }

    @Test
    void questionsPerMemberAndMinister() {
        List<String> rows = rows("questions-per-member-and-minister.rq");
        assertTrue(rows.contains("Jana Peeters | Tom Verhaegen | 3 | 2023-05-03 | 2024-02-14"), rows.toString());
        if (seeds) {
            assertTrue(rows.contains("Kurt De Loor | Bart Somers | 1 | 2023-09-05 | 2023-09-05"), rows.toString());
            assertTrue(rows.contains("Vera Celis | Hilde Crevits | 2 | 2017-10-17 | 2018-08-14"), rows.toString());
            assertTrue(rows.contains("Ann Brusseel | Hilde Crevits | 1 | 2017-11-13 | 2017-11-13"), rows.toString());
            assertTrue(rows.contains("Lise Vandecasteele | Hilde Crevits | 1 | 2023-03-07 | 2023-03-07"), rows.toString());
            assertTrue(rows.contains("Elisabeth Meuleman | - | 1 | 2023-03-03 | 2023-03-03"), rows.toString());
        }
    }

    @Test
    void unansweredSubQuestions() {
        List<String> rows = rows("unanswered-sub-questions.rq").stream()
                .map(r -> r.substring(0, r.lastIndexOf(" | "))).toList();
        List<String> expected = new ArrayList<>(List.of("604 | 2019-06-21 | 3"));
        if (seeds)
            expected.addAll(List.of("222 | 2023-03-03 | 3", "222 | 2023-03-03 | 4",
                    // 4a-4c are answered by the trailing "a-c)" below part 2 (realigned, with a diagnostic)
                    "461 | 2023-03-07 | 3", "461 | 2023-03-07 | 4"));
        assertEquals(expected, rows);
    }

    @Test
    void questionsPerMonthPerMinisterAndMember() {
        List<String> ministers = rows("questions-per-month-per-minister.rq");
        assertTrue(ministers.contains("2023-10 | Tom Verhaegen | 1"), ministers.toString());
        assertTrue(ministers.contains("2025-10 | Annelies Van Damme | 1"), ministers.toString());
        List<String> members = rows("questions-per-month-per-member.rq");
        assertTrue(members.contains("2023-05 | Jana Peeters | 1"), members.toString());
        assertTrue(members.contains("2024-02 | Jana Peeters | 1"), members.toString());
    }

    @Test
    void euroFiguresAboutATopicOverTime() {
        List<String> rows = rows("euro-figures-about-topic-over-time.rq");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("2023-10-12 | 41500000")), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.contains("kinderopvang")), rows.toString());
        assertTrue(rows("euro-figures-about-topic-over-time.rq", "VALUES ?word { \"genk\" }", "VALUES ?word { \"euro\" }")
                .stream().anyMatch(r -> r.startsWith("2024-03-21 | 2000")));
    }

    @Test
    void deflectionsPerMinister() {
        List<String> rows = rows("deflections-per-minister.rq");
        assertTrue(rows.contains("Annelies Van Damme | 1 | 5"), rows.toString());
        if (seeds)
            assertEquals("Bart Somers | 5 | 8", rows.get(0));
    }

    @Test
    void earlierQuestionChainIsTransitive() {
        assertEquals(List.of("312 | 87 | 2023-10-12 | Jana Peeters | true | true", "312 | 240 | 2023-05-03 | Jana Peeters | false | false"),
                rows("earlier-question-chain.rq"));
    }

    @Test
    void mentionsOfAMunicipality() {
        List<String> rows = rows("mentions-of-municipality.rq");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Genk | 87 | 2023-10-12 | 1 | Genk |")), rows.toString());
        if (seeds)
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("Genk | 222 | 2023-03-03 | a | Genk | Dertien lokale besturen")),
                    rows.toString());
    }

    @Test
    void advicesAndWhatTheyRecommend() {
        // every council and year (the query's default is one council's year)
        List<String> rows = rows("advices-and-recommendations.rq", "(\"Raad Secundair Onderwijs\" 2024)", "(UNDEF UNDEF)");
        assertTrue(rows.contains("Raad Secundair Onderwijs | 2024-03-21 | voorontwerp van besluit over de zij-instroom in de kinderopvang"
                + " | 1 | We stellen dan ook voor om de premie ook open te stellen voor wie een opleiding in het volwassenenonderwijs volgt."),
                rows.toString());
        if (seeds)
            assertEquals(3, rows.stream().filter(r -> r.contains("start- en stagebonus")).count(), rows.toString());
    }

    @Test
    void documentsCitingADecisionOrAdvice() {
        List<String> rows = rows("documents-citing.rq");
        assertTrue(rows.get(0).contains("| Advies over het voorontwerp van decreet duaal leren | 2017-10-12 | "), rows.toString());
        if (seeds) {
            assertEquals(5, rows.size(), "four earlier advices on duaal leren cited in the advice seed, one in our example: " + rows);
            assertEquals(2, rows.stream().filter(r -> r.contains("/2017-10-12/advies-over-het-voorontwerp-van-decreet-duaal-leren")).count(),
                    "the same advice cited from two documents is one resource: " + rows);
        }
    }

    @Test
    void adviceCitationNetwork() {
        List<String> rows = rows("advice-citation-network.rq");
        assertTrue(rows.stream().anyMatch(r -> r.contains("| 2024-03-21 | ") && r.contains(
                "| Advies over zij-instroom in knelpuntberoepen | 2023-05-04 | Raad Secundair Onderwijs | false")), rows.toString());
        if (seeds)
            assertEquals(6, rows.size(), rows.toString());
    }

    @Test
    void figuresAboutATopicWord() {
        List<String> rows = rows("figures-about-topic.rq", "VALUES ?word { \"vertraging\" }", "VALUES ?word { \"subsidie\" }");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("subsidie | 2950000.0 | http://qudt.org/vocab/unit/CCY_EUR |")
                && r.endsWith("| sv-0150-buurtsportvelden.txt | Annelies Van Damme")), rows.toString());
        if (seeds)
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("subsidie | 14700.0 | http://qudt.org/vocab/unit/CCY_EUR | subsidie |")
                    && r.contains("| 003_")), rows.toString());
    }

    @Test
    void euroAmountsPerMinister() {
        List<String> rows = rows("euro-amounts-per-minister.rq");
        assertTrue(rows.contains("Tom Verhaegen | 3 | 92700000.0 | 45000000.0"), rows.toString());
        if (seeds)
            assertTrue(rows.contains("Hilde Crevits | 1 | 29873345.3 | 29873345.3"), rows.toString());
    }

    @Test
    void figuresPerProvince() {
        // every measure: the empty word is in each
        List<String> rows = rows("figures-per-province.rq", "VALUES ?word { \"meldingen\" }", "VALUES ?word { \"\" }");
        assertTrue(rows.contains("Limburg | Aantal meldingen | 455.0 | http://qudt.org/vocab/unit/NUM | "
                + "https://w3id.org/policygraph/id/question/2024-02-14/312/tom-verhaegen/table/1"), rows.toString());
        assertEquals(10, rows.stream().filter(r -> r.contains("/312/")).count(), "five provinces, two columns: " + rows);
        if (seeds) {
            assertEquals(25, rows.stream().filter(r -> r.contains("/521/")).count(), "five provinces, five columns over two tables");
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("Antwerpen | Gemeenschapsonderwijs | 29.0 | ")), rows.toString());
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("Vlaams-Brabant | ") && r.contains("| 51.15 | http://qudt.org/vocab/unit/PERCENT")),
                    rows.toString());
        }
    }

    @Test
    void figuresAnsweringASubQuestion() {
        List<String> rows = rows("figures-answering-sub-question.rq");
        assertEquals(List.of("3.412 meldingen", "78%", "19 dagen", "dertig dagen",
                        "812", "455", "903", "598", "644", "81,2%", "74,3%", "79,0%", "76,8%", "77,5%").stream().sorted().toList(),
                rows.stream().map(r -> r.substring(r.lastIndexOf(" | ") + 3)).toList(), rows.toString());
    }

    @Test
    void figuresAnsweringASubQuestionOfASeed() {
        assumeSeeds();
        List<String> rows = rows("figures-answering-sub-question.rq", "(\"312\" \"2\" \"a\")", "(\"497\" \"3\" \"e\")");
        assertEquals(List.of("68 schoolstagiairs", "28 personen van buitenlandse herkomst",
                        "één persoon met een handicap of chronische ziekte").stream().sorted().toList(),
                rows.stream().map(r -> r.substring(r.lastIndexOf(" | ") + 3)).toList(), rows.toString());
    }
}
